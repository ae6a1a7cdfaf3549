package dev.preflight.zoo.atelier;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The mistakes 아틀리에 모노's developer could have made, each one a switch. Those marked {@code browser}
 * live in app.js, which reads them from the page's configuration; the rest are the server's.
 */
enum Mistake {
  /** The failure toast and panel keep only the first sentence of error_msg ("짧게 보여주자"). */
  ERROR_MSG_FIRST_SENTENCE(true),
  /** /payment/complete parses the query by hand: decodeURIComponent without turning '+' back. */
  REDIRECT_PLUS_IN_MESSAGE(true),
  /** /payment/complete writes the redirect's error_msg into the page with innerHTML. */
  REDIRECT_ERROR_INNERHTML(true),
  /** naverMerchantUserKey is the buyer's login e-mail, although the contract is not high-risk. */
  USER_KEY_IS_EMAIL(true),
  /** startDate/endDate go on every naverProducts item, not only on the workshop ticket. */
  DATES_ON_EVERY_ITEM(true),
  /** A payment whose amount differs from the order is refused but never cancelled. */
  TAMPER_NOT_REFUNDED(false),
  /** The buyer's cancel goes out without extra.requester. */
  BUYER_CANCEL_NO_REQUESTER(false),
  /** The back office's cancels say requester "customer" (the buyer's code path was copied). */
  ADMIN_CANCEL_AS_CUSTOMER(false),
  /** A partial cancel's checksum is the balance left after it, not the balance before it. */
  CHECKSUM_AFTER_REFUND(false),
  /** merchant_uid is derived from buyer, day and cart, so the same cart pays under the same uid. */
  UID_FROM_CART(false);

  private final boolean browser;

  Mistake(boolean browser) {
    this.browser = browser;
  }

  boolean inBrowser() {
    return browser;
  }

  /** The switch's name, as ZooCheck and expected.yml spell it. */
  String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Mistake of(String id) {
    return Arrays.stream(values())
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException("아틀리에 모노에는 '" + id + "' 스위치가 없습니다. 있는 스위치: " + ids()));
  }

  static List<String> ids() {
    return Arrays.stream(values()).map(Mistake::id).toList();
  }
}
