package dev.preflight.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.web.Html;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A monthly subscription on Naver Pay recurring payments: the buyer registers a billing key in the
 * window (with {@code buyer_tel} and a fixed {@code naverProductCode}); the server confirms it,
 * charges the first month with {@code again} and books the next with {@code schedule}; cancelling
 * revokes the schedule and deletes the billing key with a {@code reason} and {@code
 * extra[requester]}.
 */
final class SubscriptionPages {
  static final String PRODUCT_CODE = "MONTHLY-BOOK";
  static final long MONTHLY_FEE = 9900;
  static final String PLAN = "월간 책 구독";
  private static final long MONTH = 30L * 24 * 60 * 60;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Shop shop;

  SubscriptionPages(Shop shop) {
    this.shop = shop;
  }

  /** {@code GET /subscription}: the plan and the sign-up button. */
  void signUp(Context ctx) {
    boolean mobile = Buyers.isMobile(ctx);
    Buyers.Buyer buyer = Buyers.of(ctx);
    String customerUid = shop.orders.nextMerchantUid("customer");
    ObjectNode params = JSON.createObjectNode();
    params.put("pg", "naverpay");
    params.put("pay_method", "card");
    params.put("merchant_uid", shop.orders.nextMerchantUid("subscribe"));
    params.put("customer_uid", customerUid);
    params.put("name", PLAN);
    params.put("amount", MONTHLY_FEE);
    params.put("buyer_name", buyer.name());
    if (!shop.has(Defect.SUBSCRIPTION_WITHOUT_BUYER_TEL)) {
      params.put("buyer_tel", buyer.tel());
    }
    params.put("buyer_email", buyer.email());
    if (!shop.has(Defect.RANDOM_PRODUCT_CODE)) {
      params.put("naverProductCode", PRODUCT_CODE);
    }
    params.put("naverPopupMode", !mobile);
    if (mobile) {
      params.put("m_redirect_url", shop.url("/subscription/complete"));
    }
    ObjectNode checkout = JSON.createObjectNode();
    checkout.put("userCode", shop.userCode);
    checkout.put("amount", MONTHLY_FEE);
    checkout.put("minimumAmount", shop.minimumAmount);
    checkout.put("confirmUrl", "/subscription/complete");
    checkout.put("popup", !mobile);
    checkout.set("params", params);
    ctx.html(
        Page.render(
            "정기구독",
            "<p>"
                + PLAN
                + " · 매월 "
                + Page.won(MONTHLY_FEE)
                + "</p><button id=\"naverpay\" class=\"naverpay\" data-action=\"subscribe\">N Pay 네이버페이로 구독하기</button>"
                + "<p id=\"result\" role=\"status\"></p>",
            "",
            Page.checkoutScripts(shop, checkout)));
  }

  /** {@code POST /subscription/complete}: the popup callback asks the server to start it. */
  void confirm(Context ctx) {
    JsonNode body = Buyers.jsonBody(ctx);
    String failure = start(body.path("imp_uid").asText(null));
    ObjectNode answer = JSON.createObjectNode().put("ok", failure == null);
    if (failure == null) {
      answer.put(
          "next",
          "/subscription/status?customer_uid=" + encode(customerOf(body.path("imp_uid").asText())));
    } else {
      answer.put("message", failure);
    }
    ctx.json(answer);
  }

  /** {@code GET /subscription/complete?…}: where redirect mode comes back. */
  void returned(Context ctx) {
    String errorCode = ctx.queryParam("error_code");
    if ("false".equals(ctx.queryParam("imp_success")) || errorCode != null) {
      ctx.html(Page.render("정기구독", Page.failure(shop, errorCode, ctx.queryParam("error_msg"))));
      return;
    }
    String impUid = ctx.queryParam("imp_uid");
    String failure = start(impUid);
    if (failure == null) {
      ctx.redirect("/subscription/status?customer_uid=" + encode(customerOf(impUid)));
    } else {
      ctx.html(
          Page.render("정기구독", "<p id=\"result\" role=\"status\">" + Html.escape(failure) + "</p>"));
    }
  }

  /** Confirms the registration, charges the first month, books the second; null when done. */
  private String start(String impUid) {
    IamportApi.Reply issued = impUid == null ? null : shop.api.get("/payments/" + impUid);
    if (issued == null
        || !issued.ok()
        || !"paid".equals(issued.response().path("status").asText())) {
      return "정기결제 등록을 확인하지 못했습니다.";
    }
    String customerUid = issued.response().path("customer_uid").asText(null);
    if (customerUid == null) {
      return "정기결제 등록 정보가 없습니다.";
    }
    String first = chargeId(customerUid, 1);
    IamportApi.Reply charged =
        shop.api.post("/subscribe/payments/again", charge(customerUid, first, 0));
    if (!charged.ok() || !"paid".equals(charged.response().path("status").asText())) {
      String reason =
          charged.response() == null
              ? charged.message()
              : charged.response().path("fail_reason").asText();
      return "첫 달 결제에 실패했습니다: " + reason;
    }
    long paidAt = charged.response().path("paid_at").asLong();
    String second = chargeId(customerUid, 2);
    Map<String, Object> next = charge(customerUid, second, paidAt + MONTH);
    next.put("schedule_at", paidAt + MONTH);
    shop.api.post(
        "/subscribe/payments/schedule",
        Map.of("customer_uid", customerUid, "schedules", List.of(next)));
    shop.subscriptions.start(customerUid, List.of(first, second));
    return null;
  }

  private String chargeId(String customerUid, int month) {
    return shop.has(Defect.REUSED_MERCHANT_UID)
        ? "subscription-" + customerUid
        : customerUid + "-" + month;
  }

  private Map<String, Object> charge(String customerUid, String merchantUid, long at) {
    Map<String, Object> charge = new LinkedHashMap<>();
    charge.put("customer_uid", customerUid);
    charge.put("merchant_uid", merchantUid);
    charge.put("amount", MONTHLY_FEE);
    charge.put("name", PLAN);
    charge.put("notice_url", shop.url("/iamport/webhook"));
    if (shop.has(Defect.BAD_NAVER_USE_CFM)) {
      charge.put("extra", Map.of("naverUseCfm", "2020-01-01"));
    }
    return charge;
  }

  private String customerOf(String impUid) {
    IamportApi.Reply reply = shop.api.get("/payments/" + impUid);
    return reply.ok() ? reply.response().path("customer_uid").asText("") : "";
  }

  /** {@code GET /subscription/status?customer_uid=…}. */
  void status(Context ctx) {
    String customerUid = ctx.queryParam("customer_uid");
    Subscriptions.Subscription subscription = shop.subscriptions.get(customerUid).orElse(null);
    if (subscription == null) {
      ctx.html(Page.render("정기구독", "<p id=\"result\">구독 정보를 찾을 수 없습니다.</p>"));
      return;
    }
    StringBuilder body =
        new StringBuilder(
            "<p id=\"subscription-status\" data-status=\""
                + subscription.status()
                + "\">"
                + (subscription.status().equals("active") ? "구독 중입니다." : "구독이 해지되었습니다.")
                + "</p>");
    // A failed scheduled charge reaches the shop only as a webhook: show it, never bury it.
    subscription
        .failures()
        .forEach(
            (merchantUid, reason) ->
                body.append("<p class=\"charge-failed\" role=\"alert\" data-failed-charge=\"")
                    .append(Html.escape(merchantUid))
                    .append("\">정기결제에 실패했습니다 (")
                    .append(Html.escape(merchantUid))
                    .append("): ")
                    .append(Html.escape(reason))
                    .append("</p>"));
    body.append("<table id=\"charges\"><tr><th>결제</th><th>상태</th></tr>");
    for (String merchantUid : subscription.charges()) {
      body.append("<tr data-charge=\"")
          .append(Html.escape(merchantUid))
          .append("\"><td>")
          .append(Html.escape(merchantUid))
          .append("</td><td data-field=\"status\">")
          .append(Html.escape(chargeStatus(merchantUid)))
          .append("</td></tr>");
    }
    body.append("</table>");
    if (subscription.status().equals("active")) {
      body.append(
              "<form method=\"post\" action=\"/subscription/cancel\"><input type=\"hidden\" name=\"customer_uid\" value=\"")
          .append(Html.escape(customerUid))
          .append("\"><button type=\"submit\" data-action=\"unsubscribe\">구독 해지</button></form>");
    }
    ctx.html(Page.render("정기구독", body.toString()));
  }

  private String chargeStatus(String merchantUid) {
    IamportApi.Reply payment = shop.api.get("/payments/find/" + encode(merchantUid));
    if (payment.ok()) {
      return payment.response().path("status").asText();
    }
    IamportApi.Reply schedule = shop.api.get("/subscribe/payments/schedule/" + encode(merchantUid));
    return schedule.ok() ? schedule.response().path("schedule_status").asText() : "unknown";
  }

  /** {@code POST /subscription/cancel}: revokes what is booked and deletes the billing key. */
  void cancel(Context ctx) {
    String customerUid = ctx.formParam("customer_uid");
    shop.api.post("/subscribe/payments/unschedule", Map.of("customer_uid", customerUid));
    String query =
        shop.has(Defect.BILLING_KEY_DELETE_WITHOUT_REASON)
            ? ""
            : "?reason=" + encode("구매자 구독 해지") + "&" + encode("extra[requester]") + "=customer";
    shop.api.delete("/subscribe/customers/" + encode(customerUid) + query);
    shop.subscriptions.cancel(customerUid);
    ctx.redirect("/subscription/status?customer_uid=" + encode(customerUid));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
  }
}
