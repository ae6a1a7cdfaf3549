@subscription
Feature: Subscriptions follow the recurring-payment guide
  Registration sends customer_uid, buyer_tel and a fixed naverProductCode; charges use the
  registered customer and fresh merchant_uids; cancelling deletes the billing key with a reason.

  @NP-SUB-1 @NP-SUB-2 @NP-SUB-3 @NP-SUB-4 @NP-SUB-5 @NP-UID-1 @pc @subscriptions
  Scenario: A buyer subscribes, is charged, and is charged again a month later
    Given a buyer on PC who wants a subscription
    When the buyer subscribes with Naver Pay
    And a month passes
    Then the subscription follows the recurring-payment guide

  @NP-SUB-6 @pc @subscriptions
  Scenario: A subscriber cancels and the billing key is deleted with a reason
    Given a buyer on PC has subscribed
    When the subscriber cancels the subscription
    Then the billing key is deleted as the guide says
