package dev.preflight.simulator.naverpay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.simulator.iamport.Params;
import dev.preflight.simulator.ledger.Account;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  static final String UNSAFE_REDIRECT_URL = "INVALID_M_REDIRECT_URL";

  /**
   * A URL's scheme, as a browser reads it: after dropping the leading and trailing C0 controls and
   * spaces and every tab and newline, which browsers ignore ({@code "java\tscript:"} runs).
   */
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");

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
      return fail(
          AMOUNT_NOT_NUMBER, "amount는 0 이상의 정수(원)여야 합니다. (전달된 값: " + shortText(amount) + ")");
    }
    // Checked as a BigInteger: asLong() would wrap 18446744073709552116 round to 500.
    if (amount.bigIntegerValue().compareTo(BigInteger.valueOf(Params.MAX_AMOUNT)) > 0) {
      return fail(
          AMOUNT_NOT_NUMBER,
          "amount가 허용 범위(" + Params.MAX_AMOUNT + "원)를 넘습니다. (전달된 값: " + shortText(amount) + ")");
    }
    if (account.get().ledger().hasBeenPaid(merchantUid.asText())) {
      return fail(ALREADY_PAID, "이미 결제가 이루어진 거래건입니다.");
    }
    JsonNode redirect = params.get("m_redirect_url");
    boolean hasRedirect = redirect != null && redirect.isTextual() && !redirect.asText().isBlank();
    if (hasRedirect && !followable(redirect.asText())) {
      return fail(
          UNSAFE_REDIRECT_URL,
          "m_redirect_url은 http 또는 https 주소여야 합니다. (전달된 값: " + shortText(redirect) + ")");
    }
    if (!popup && !hasRedirect) {
      return fail(MISSING_REDIRECT_URL, "naverPopupMode가 true가 아니면 m_redirect_url 파라미터가 필요합니다.");
    }
    return Optional.empty();
  }

  /**
   * Whether the SDK may send the buyer to this URL: an http(s) URL, or one relative to the page
   * (which is itself http(s)). Any other scheme ({@code javascript:}, {@code data:}, {@code
   * vbscript:}, …) would run in, or replace, the merchant's page.
   */
  static boolean followable(String url) {
    if (url == null) {
      return false;
    }
    String cleaned =
        url.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
    Matcher scheme = SCHEME.matcher(cleaned);
    if (!scheme.find()) {
      return true;
    }
    String name = scheme.group(1).toLowerCase(Locale.ROOT);
    return name.equals("http") || name.equals("https");
  }

  /** Bad input quoted in a message: a short prefix, never the whole of it. */
  private static String shortText(JsonNode node) {
    String text = node.isTextual() ? node.asText() : node.toString();
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static String typeOf(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "string";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      case OBJECT -> "object";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static Optional<Failure> fail(String code, String message) {
    return Optional.of(new Failure(code, message));
  }
}
