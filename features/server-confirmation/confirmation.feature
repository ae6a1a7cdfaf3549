@server-confirmation
Feature: The shop's server confirms every payment before the order counts
  The browser's word is not proof: the server looks the payment up and compares the amount.

  @NP-AMT-3 @NP-VER-1 @pc
  Scenario: Naver reports a different paid amount than the order's
    Given Naver Pay will report 100 won paid for the next payment
    And a buyer on PC with a product in the cart
    When the buyer pays with Naver Pay and the window ends with "approve"
    Then the shop refuses the order and cancels the payment

  @NP-VER-1 @pc
  Scenario: The browser is told of a success that never happened
    Given the browser will be told of a successful payment that was never made
    And a buyer on PC with a product in the cart
    When the buyer pays with Naver Pay and the window ends with "approve"
    Then the shop does not confirm the order
