@payment
Feature: A purchase with Naver Pay follows the guide from the click to the order
  request_pay gets a numeric amount, the products in naverProducts, a fresh merchant_uid and the
  right mode; the shop registers the amount first and confirms the payment on its server.

  @NP-AMT-2 @NP-AMT-4 @NP-PRD-1 @NP-PRD-2 @NP-PRD-3 @NP-PRD-4 @NP-PRD-5 @NP-MODE-1 @NP-MODE-4 @NP-VER-1 @NP-UID-1 @NP-PG-1 @NP-ERR-3 @NP-HR-1 @pc
  Scenario: On PC, a buyer pays for several products in the popup
    Given a buyer on PC with several products in the cart
    When the buyer pays with Naver Pay and the window ends with "approve"
    Then the order is complete and the integration follows the guide

  @NP-UID-1 @pc
  Scenario: On PC, a buyer pays twice for the same product
    Given a buyer on PC with a product in the cart
    When the buyer pays with Naver Pay and the window ends with "approve"
    And the buyer pays for the same product again
    Then every order has a merchant_uid of its own
