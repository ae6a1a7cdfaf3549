@cancel
Feature: Cancels tell Naver why and who asked
  Every cancel carries a reason and extra.requester (customer or admin); a partial one also the
  checksum of what is left to refund.

  @NP-CXL-1 @NP-CXL-2 @NP-CXL-3 @pc @buyer_cancel
  Scenario: The buyer cancels a paid order
    Given a buyer on PC has paid for a product
    When the buyer cancels the order
    Then the cancel tells Naver why and who asked

  @NP-CXL-1 @NP-CXL-2 @NP-CXL-3 @NP-CXL-4 @pc @partial_cancel
  Scenario: The back office refunds part of an order
    Given a buyer on PC has paid for a product
    When the back office refunds part of the order
    Then the cancel tells Naver why and who asked

  @NP-CXL-1 @NP-CXL-2 @NP-CXL-3 @pc @admin_cancel
  Scenario: The back office cancels a whole order
    Given a buyer on PC has paid for a product
    When the back office cancels the whole order
    Then the cancel tells Naver why and who asked
