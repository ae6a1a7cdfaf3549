package dev.preflight.zoo.beanclub;

import java.util.Arrays;
import java.util.List;

/**
 * 빈클럽의 "실수 스위치". 각각 실제 가맹점이 흔히 하는 실수 하나이며, 코드에서 그 실수가 일어나는 곳에 스위치 이름이 주석으로 달려 있다. browser 가 true 인
 * 것은 페이지 스크립트(app.js 등)에서 window.BEANCLUB.quirks 로 켜진다.
 */
enum Quirk {
  // ---- 브라우저 (app.js / checkout.js / ui.js)
  ERROR_CODE_IN_DIALOG("error-code-in-dialog", true),
  OPTIMISTIC_TOAST("optimistic-toast", true),
  GENERIC_FAILURE_AFTER_SECOND("generic-failure-after-second", true),
  ERROR_MSG_INNERHTML("error-msg-innerhtml", true),
  MIN_AMOUNT_UNCHECKED("min-amount-unchecked", true),
  PRODUCT_COUNT_ZERO("product-count-zero", true),
  REGISTRATION_WITHOUT_TEL("registration-without-tel", true),
  NO_PRODUCT_CODE("no-product-code", true),
  // ---- 서버 (이 패키지의 Java)
  TRUSTS_BROWSER_SUCCESS("trusts-browser-success", false),
  CANCEL_WITHOUT_REASON("cancel-without-reason", false),
  BUYER_CANCEL_AS_ADMIN("buyer-cancel-as-admin", false),
  AGAIN_AMOUNT_STRING("again-amount-string", false),
  AGAIN_REUSES_MERCHANT_UID("again-reuses-merchant-uid", false),
  BILLING_KEY_DELETE_WITHOUT_REASON("billing-key-delete-without-reason", false);

  final String id;
  final boolean browser;

  Quirk(String id, boolean browser) {
    this.id = id;
    this.browser = browser;
  }

  static Quirk of(String id) {
    return Arrays.stream(values())
        .filter(q -> q.id.equals(id))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("알 수 없는 스위치 '" + id + "'; 가능한 값: " + ids()));
  }

  static List<String> ids() {
    return Arrays.stream(values()).map(q -> q.id).toList();
  }
}
