package dev.preflight.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Compliant {@code IMP.request_pay} parameters for a one-book Naver Pay order, to vary per test.
 */
public final class RequestPayParams {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RequestPayParams() {}

  /**
   * @param returnUrl the {@code m_redirect_url} for redirect mode; ignored in popup mode
   */
  public static ObjectNode naverPay(
      String merchantUid, long amount, boolean popup, String returnUrl) {
    ObjectNode params = JSON.createObjectNode();
    params.put("pg", "naverpay");
    params.put("pay_method", "card");
    params.put("merchant_uid", merchantUid);
    params.put("name", "자바의 정석");
    params.put("amount", amount);
    params.put("buyer_name", "김구매");
    params.put("buyer_tel", "010-1234-5678");
    params.put("buyer_email", "buyer@example.com");
    ObjectNode product = params.putArray("naverProducts").addObject();
    product.put("categoryType", "BOOK");
    product.put("categoryId", "GENERAL");
    product.put("uid", "BOOK-1");
    product.put("name", "자바의 정석");
    product.put("count", 1);
    params.put("naverPopupMode", popup);
    if (!popup) {
      params.put("m_redirect_url", returnUrl);
    }
    return params;
  }
}
