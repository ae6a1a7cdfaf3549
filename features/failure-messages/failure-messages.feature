@failure-messages
Feature: A failed payment shows Naver's message exactly as Naver sent it
  Naver's review rejects a shop that rewords, prefixes, translates or re-renders error_msg:
  the buyer must read Naver's own words, whatever went wrong in the Naver Pay window. A shop
  may pay in either mode on either device, so both paths' rules judge each scenario: the one the
  result did not take is skipped, with the reason.

  @NP-ERR-1 @NP-ERR-2 @NP-ERR-3 @NP-ERR-4 @pc
  Scenario Outline: On PC, the popup's failure reaches the buyer unchanged (<outcome>)
    Given a buyer on PC with a product in the cart
    When the buyer pays with Naver Pay and the window ends with "<outcome>"
    Then the buyer is told what Naver said, word for word

    Examples:
      | outcome              |
      | cancel               |
      | closed               |
      | insufficient_balance |
      | limit_exceeded       |
      | owner_auth_fail      |
      | time_expired         |

  @NP-ERR-1 @NP-ERR-2 @NP-ERR-3 @NP-ERR-4 @mobile
  Scenario Outline: On mobile, the redirect's failure reaches the buyer unchanged (<outcome>)
    Given a buyer on mobile with a product in the cart
    When the buyer pays with Naver Pay and the window ends with "<outcome>"
    Then the buyer is told what Naver said, word for word

    Examples:
      | outcome              |
      | cancel               |
      | insufficient_balance |
      | limit_exceeded       |
      | owner_auth_fail      |
      | time_expired         |
