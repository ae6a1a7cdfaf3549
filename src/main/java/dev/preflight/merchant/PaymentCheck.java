package dev.preflight.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The server-side confirmation of a payment: look it up at i'mport, compare its amount with the
 * order, and cancel it when they differ (a tampered amount). Only then is the order paid. When the
 * lookup gets no usable answer (timeout, 5xx, a broken connection or body), the order is not paid
 * and not failed either: it waits, unconfirmed, for a lookup that answers (the webhook's, or the
 * next visit to the order page), and the buyer is told just that.
 */
final class PaymentCheck {
  static final String CONFIRMATION_DELAYED =
      "결제 확인이 지연되고 있습니다. 확인되는 대로 주문을 처리하며, 주문 내역에서 진행 상황을 확인할 수 있습니다.";

  private final Shop shop;

  PaymentCheck(Shop shop) {
    this.shop = shop;
  }

  /** Whether the order is now paid, and if not, what to tell the buyer. */
  record Verdict(boolean ok, String merchantUid, String message) {}

  Verdict confirm(String impUid, String merchantUid, Long browserAmount) {
    Order order = shop.orders.get(merchantUid).orElse(null);
    if (order == null || impUid == null) {
      return new Verdict(false, merchantUid, "주문을 찾을 수 없습니다.");
    }
    if (shop.has(Defect.NO_SERVER_VERIFICATION)) {
      shop.orders.update(merchantUid, o -> o.paid(impUid));
      return new Verdict(true, merchantUid, null);
    }
    IamportApi.Reply reply = shop.api.get("/payments/" + impUid);
    if (reply.unavailable()) {
      return lookupFailed(merchantUid, impUid);
    }
    if (!reply.ok()) {
      return new Verdict(false, merchantUid, "결제 정보를 확인하지 못했습니다. 잠시 후 주문 내역에서 다시 확인해주세요.");
    }
    JsonNode payment = reply.response();
    if (!merchantUid.equals(payment.path("merchant_uid").asText())) {
      return new Verdict(false, merchantUid, "주문과 결제 정보가 일치하지 않습니다.");
    }
    if (!"paid".equals(payment.path("status").asText())) {
      return new Verdict(false, merchantUid, "결제가 완료되지 않았습니다.");
    }
    long paid = payment.path("amount").asLong();
    long expected =
        shop.has(Defect.TRUSTS_CLIENT_AMOUNT)
            ? (browserAmount == null ? paid : browserAmount)
            : order.amount();
    if (paid != expected) {
      shop.api.post(
          "/payments/cancel",
          Map.of(
              "imp_uid",
              impUid,
              "reason",
              "결제 금액 불일치 (주문 " + order.amount() + "원, 결제 " + paid + "원)",
              "checksum",
              paid,
              "extra",
              Map.of("requester", "admin")));
      shop.orders.update(merchantUid, o -> o.withStatus("failed", 0));
      return new Verdict(false, merchantUid, "결제 금액이 주문 금액과 달라 결제를 취소했습니다. 다시 주문해주세요.");
    }
    shop.orders.update(merchantUid, o -> o.paid(impUid));
    return new Verdict(true, merchantUid, null);
  }

  /**
   * No answer about the payment. A pending order waits as {@code unconfirmed}, keeping the imp_uid
   * for the next lookup; one the webhook has confirmed meanwhile stays paid.
   */
  private Verdict lookupFailed(String merchantUid, String impUid) {
    if (shop.has(Defect.TRUSTS_BROWSER_ON_LOOKUP_FAILURE)) {
      shop.orders.update(merchantUid, o -> o.paid(impUid));
      return new Verdict(true, merchantUid, null);
    }
    Order order =
        shop.orders
            .update(merchantUid, o -> o.status().equals("pending") ? o.unconfirmed(impUid) : o)
            .orElseThrow();
    if (order.status().equals("paid")) {
      return new Verdict(true, merchantUid, null);
    }
    return new Verdict(false, merchantUid, CONFIRMATION_DELAYED);
  }
}
