package dev.preflight.simulator.ledger;

import java.util.Locale;
import java.util.Optional;

/**
 * The ways a Naver Pay charge can fail, with the codes and default messages the simulator uses.
 * Naver's own wording is mostly unpublished; the inspection treats {@code error_msg} as opaque and
 * only checks that it reaches the buyer unchanged. The limit-exceeded message deliberately mixes
 * quotes, {@code &}, a real tag ({@code <b>}: "<일" would not parse as one), a line break, Korean
 * and ASCII, so that rewording and HTML injection both show.
 */
public enum NaverPayFailure {
  USER_CANCEL("userCancel", "결제를 취소하셨습니다. 주문 내용 확인 후 다시 결제해주세요."),
  OWNER_AUTH_FAIL("OwnerAuthFail", "타인 명의 카드는 결제가 불가능합니다. 회원 본인 명의의 카드로 결제해주세요."),
  TIME_EXPIRED("paymentTimeExpire", "결제 가능한 시간이 지났습니다. 주문 내용 확인 후 다시 결제해주세요."),
  INSUFFICIENT_BALANCE("NotEnoughAccountBalance", "잔액이 부족합니다."),
  LIMIT_EXCEEDED(
      "ExceedLimit", "결제 한도를 초과하였습니다.\n\"월 한도\" & <b>일 한도</b>를 확인해주세요. (Naver Pay limit)"),
  UNDER_MINIMUM("UnderMinimumAmount", "최소 결제 금액(%d원) 미만입니다."),
  INVALID_MERCHANT_AUTH("InvalidMerchantAuth", "인증 헤더 값을 잘못 입력했거나 해당 인증 값이 유효하지 않습니다.");

  private final String code;
  private final String defaultMessage;

  NaverPayFailure(String code, String defaultMessage) {
    this.code = code;
    this.defaultMessage = defaultMessage;
  }

  public String code() {
    return code;
  }

  /** The outcome's name in the control API and the window: {@code insufficient_balance}, … */
  public String outcomeName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The message for this tenant: its override if it has one, else the default. */
  public String message(Tenant tenant) {
    String text = tenant.failureMessage(outcomeName(), defaultMessage);
    // A plain replace, not String.format: the text may be the tenant's own ("50% 할인 …").
    return this == UNDER_MINIMUM ? text.replace("%d", Long.toString(tenant.minimumAmount())) : text;
  }

  public static Optional<NaverPayFailure> fromOutcomeName(String name) {
    for (NaverPayFailure failure : values()) {
      if (failure.outcomeName().equals(name)) {
        return Optional.of(failure);
      }
    }
    return Optional.empty();
  }
}
