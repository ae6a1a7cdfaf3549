package dev.preflight.simulator.naverpay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.simulator.ledger.Account;
import java.util.Optional;

/**
 * The checks the SDK makes before any window opens. A failure ends in the callback (or the
 * redirect) with {@code imp_uid: null}. Only F1002 is a code the real SDK is known to use; the
 * other codes and messages are the simulator's own, documented as such.
 */
final class PreValidation {
  static final String NOT_INITIALIZED = "IMP_NOT_INITIALIZED";
  static final String UNKNOWN_USER_CODE = "UNKNOWN_USER_CODE";
  static final String BAD_PARAMS = "INVALID_PARAMS";
  static final String MISSING_MERCHANT_UID = "MISSING_MERCHANT_UID";
  static final String MISSING_AMOUNT = "MISSING_AMOUNT";
  static final String AMOUNT_NOT_NUMBER = "AMOUNT_NOT_NUMBER";
  static final String ALREADY_PAID = "F1002";
  static final String MISSING_REDIRECT_URL = "MISSING_M_REDIRECT_URL";

  private PreValidation() {}

  /** A reason not to open the window, or empty when it may open. */
  record Failure(String code, String message) {}

  static Optional<Failure> check(
      String userCode, Optional<Account> account, JsonNode params, boolean popup, boolean mobile) {
    if (userCode == null) {
      return fail(NOT_INITIALIZED, "IMP.init(\"가맹점 식별코드\")를 먼저 호출해주세요.");
    }
    if (account.isEmpty()) {
      return fail(UNKNOWN_USER_CODE, "등록되지 않은 가맹점 식별코드입니다: " + userCode);
    }
    if (params == null || !params.isObject()) {
      return fail(BAD_PARAMS, "IMP.request_pay의 첫 번째 인자는 객체여야 합니다.");
    }
    JsonNode merchantUid = params.get("merchant_uid");
    if (merchantUid == null || merchantUid.isNull() || merchantUid.asText().isBlank()) {
      return fail(MISSING_MERCHANT_UID, "merchant_uid는 필수 파라미터입니다.");
    }
    JsonNode amount = params.get("amount");
    if (amount == null || amount.isNull()) {
      return fail(MISSING_AMOUNT, "amount는 필수 파라미터입니다.");
    }
    if (!amount.isNumber()) {
      return fail(
          AMOUNT_NOT_NUMBER, "amount는 숫자여야 합니다. (전달된 값: " + amount + ", " + typeOf(amount) + ")");
    }
    if (!amount.canConvertToExactIntegral() || amount.asLong() < 0) {
      return fail(AMOUNT_NOT_NUMBER, "amount는 0 이상의 정수(원)여야 합니다. (전달된 값: " + amount + ")");
    }
    if (account.get().ledger().hasBeenPaid(merchantUid.asText())) {
      return fail(ALREADY_PAID, "이미 결제가 이루어진 거래건입니다.");
    }
    JsonNode redirect = params.get("m_redirect_url");
    boolean hasRedirect = redirect != null && redirect.isTextual() && !redirect.asText().isBlank();
    if (!popup && !hasRedirect) {
      return fail(MISSING_REDIRECT_URL, "naverPopupMode가 true가 아니면 m_redirect_url 파라미터가 필요합니다.");
    }
    return Optional.empty();
  }

  private static String typeOf(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "string";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      case OBJECT -> "object";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static Optional<Failure> fail(String code, String message) {
    return Optional.of(new Failure(code, message));
  }
}
