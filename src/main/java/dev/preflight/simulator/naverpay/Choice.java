package dev.preflight.simulator.naverpay;

import dev.preflight.simulator.ledger.NaverPayFailure;
import java.util.Optional;

/**
 * What ended the window: a button ({@code approve}, {@code cancel}, {@code fail:<outcome>}), the
 * popup closing, or the popup never opening.
 *
 * @param failure the failure chosen, or null for approve
 * @param clicked false when no button was pressed (closed, blocked): armed outcomes then do not
 *     apply, as they stand in for a click
 */
record Choice(NaverPayFailure failure, boolean clicked, String code, String message) {
  static final String POPUP_BLOCKED = "POPUP_BLOCKED";

  static Choice approve() {
    return new Choice(null, true, null, null);
  }

  static Choice closed() {
    return new Choice(NaverPayFailure.USER_CANCEL, false, null, null);
  }

  static Choice blocked() {
    return new Choice(
        null, false, POPUP_BLOCKED, "팝업이 차단되어 네이버페이 결제창을 열 수 없습니다. 브라우저의 팝업 차단을 해제해주세요.");
  }

  /** A button's value as the window posts it; empty when it is not one of the window's. */
  static Optional<Choice> fromButton(String value) {
    if ("approve".equals(value)) {
      return Optional.of(approve());
    }
    if ("cancel".equals(value)) {
      return Optional.of(new Choice(NaverPayFailure.USER_CANCEL, true, null, null));
    }
    if (value != null && value.startsWith("fail:")) {
      return NaverPayFailure.fromOutcomeName(value.substring(5))
          .map(failure -> new Choice(failure, true, null, null));
    }
    return Optional.empty();
  }

  String name() {
    if (code != null) {
      return "blocked";
    }
    if (!clicked) {
      return "closed";
    }
    return failure == null
        ? "approve"
        : failure == NaverPayFailure.USER_CANCEL ? "cancel" : "fail:" + failure.outcomeName();
  }
}
