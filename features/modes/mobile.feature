@modes
Feature: On mobile the payment goes through in redirect mode
  The review team recommends redirect mode on mobile: WebViews and Safari block popups.

  @NP-MODE-2 @NP-MODE-3 @NP-MODE-4 @NP-VER-1 @NP-ERR-3 @NP-AMT-2 @NP-PRD-1 @NP-UID-1 @mobile
  Scenario: On mobile, a buyer pays in redirect mode
    Given a buyer on mobile with a product in the cart
    When the buyer pays with Naver Pay and the window ends with "approve"
    Then the order is complete and the integration follows the guide
