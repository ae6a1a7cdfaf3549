@resilience
Feature: When the gateway fails, the shop tells the truth
  The gateway is sometimes slow, down or refusing. The shop's server must not take the browser's
  word for a payment it could not look up, must not report a cancel that failed, and must show a
  scheduled charge that failed. These are npay-preflight's checks, not Naver's review rules.

  @RES-1 @pc
  Scenario Outline: The payment lookup fails after Naver approved (<fault>)
    Given the gateway fails every payment lookup with "<fault>"
    And a buyer on PC with a product in the cart
    When the buyer pays with Naver Pay and the window ends with "approve"
    Then the shop does not confirm a payment it could not look up

    Examples:
      | fault                  |
      | payment-lookup-500     |
      | payment-lookup-timeout |
      | payment-lookup-reset   |

  @RES-2 @pc @buyer_cancel
  Scenario Outline: A cancel fails at the gateway (<fault>)
    Given a buyer on PC has paid for a product
    And the gateway fails the next cancel with "<fault>"
    When the buyer cancels the order
    Then the shop does not report the cancel as done

    Examples:
      | fault                    |
      | cancel-500               |
      | cancel-timeout           |
      | cancel-already-cancelled |

  @RES-3 @pc @subscriptions
  Scenario: A month later the scheduled charge is declined
    Given a buyer on PC has subscribed
    And Naver Pay declines the next scheduled charge
    When a month passes
    Then the failed charge is shown on the subscription
