@minimum-amount
Feature: An order under Naver Pay's minimum amount is handled
  Naver Pay refuses amounts under the minimum (100 won by default); the shop must say so.

  @NP-AMT-1 @pc
  Scenario: A cart under the minimum is stopped with a message naming the minimum
    Given a buyer on PC with a cart under the minimum amount
    When the buyer tries to pay with Naver Pay
    Then the buyer is told the minimum amount
