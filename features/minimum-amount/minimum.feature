@minimum-amount
Feature: An order under Naver Pay's minimum amount is handled
  Naver Pay refuses amounts under the minimum (100 won by default); the shop must say so.

  @NP-AMT-1
  Scenario: A cart under the minimum is stopped with a message naming the minimum
    Given a buyer on PC with a 50-won sticker in the cart
    When the buyer tries to pay with Naver Pay
    Then the buyer is told the minimum amount
