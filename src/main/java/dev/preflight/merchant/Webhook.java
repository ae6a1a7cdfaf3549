package dev.preflight.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/**
 * {@code POST /iamport/webhook}: a notification is a hint, not proof. The shop looks the payment up
 * and takes its status from i'mport, whatever the notification claimed.
 */
final class Webhook {
  private final Shop shop;

  Webhook(Shop shop) {
    this.shop = shop;
  }

  void receive(Context ctx) {
    String impUid =
        ctx.contentType() != null && ctx.contentType().contains("json")
            ? Buyers.jsonBody(ctx).path("imp_uid").asText(null)
            : ctx.formParam("imp_uid");
    if (impUid == null) {
      ctx.status(400).result("imp_uid missing");
      return;
    }
    IamportApi.Reply reply = shop.api.get("/payments/" + impUid);
    if (!reply.ok()) {
      ctx.status(500).result("lookup failed");
      return;
    }
    JsonNode payment = reply.response();
    String merchantUid = payment.path("merchant_uid").asText();
    String status = payment.path("status").asText();
    shop.orders.update(
        merchantUid,
        order ->
            switch (status) {
              case "paid" ->
                  order.awaitsPayment() && order.amount() == payment.path("amount").asLong()
                      ? order.paid(impUid)
                      : order;
              case "cancelled" -> order.withStatus("cancelled", order.amount());
              default -> order;
            });
    String customerUid = payment.path("customer_uid").asText(null);
    if (customerUid != null) {
      shop.subscriptions.charged(customerUid, merchantUid);
      if (status.equals("failed")) {
        shop.subscriptions.failed(customerUid, merchantUid, payment.path("fail_reason").asText(""));
      }
    }
    ctx.result("OK");
  }
}
