package dev.preflight.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.web.Html;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * Checkout with Naver Pay, as the guide has it: the order and its amount are registered with {@code
 * /payments/prepare} before the window opens; popup mode on PC, redirect mode on mobile; the server
 * looks the payment up and compares the amount before the order counts as paid.
 */
final class CheckoutPages {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Shop shop;
  private final PaymentCheck check;

  CheckoutPages(Shop shop) {
    this.shop = shop;
    this.check = new PaymentCheck(shop);
  }

  /** {@code GET /checkout?items=BOOK-1:2,CD-7:1&coupon=…}. */
  void checkout(Context ctx) {
    Cart cart;
    try {
      cart = Cart.parse(ctx.queryParam("items"), ctx.queryParam("coupon"));
    } catch (IllegalArgumentException badCart) {
      ctx.status(HttpStatus.BAD_REQUEST)
          .html(Page.render("주문서", "<p>" + Html.escape(badCart.getMessage()) + "</p>"));
      return;
    }
    if (cart.isEmpty()) {
      ctx.redirect("/");
      return;
    }
    boolean mobile = Buyers.isMobile(ctx);
    String merchantUid =
        shop.has(Defect.REUSED_MERCHANT_UID)
            ? "order-" + cart.lines().get(0).product().id()
            : shop.orders.nextMerchantUid("order");
    shop.orders.put(new Order(merchantUid, cart, cart.total(), null, "pending", 0));
    shop.api.post("/payments/prepare", Map.of("merchant_uid", merchantUid, "amount", cart.total()));

    ObjectNode checkout = JSON.createObjectNode();
    checkout.put("userCode", shop.userCode);
    checkout.put("amount", cart.total());
    checkout.put("minimumAmount", shop.minimumAmount);
    checkout.put("confirmUrl", "/payments/complete");
    boolean popup = !mobile && !shop.has(Defect.REDIRECT_WITHOUT_URL);
    checkout.put("popup", popup);
    checkout.set("params", params(ctx, cart, merchantUid, popup));
    ctx.html(
        Page.render(
            "주문서",
            cartTable(cart)
                + "<p>받는 분: "
                + Html.escape(Buyers.of(ctx).name())
                + "</p>"
                + "<button id=\"naverpay\" class=\"naverpay\" data-action=\"pay\">N Pay 네이버페이로 결제하기</button>"
                + "<p id=\"result\" role=\"status\"></p>",
            "",
            Page.checkoutScripts(shop, checkout)));
  }

  private ObjectNode params(Context ctx, Cart cart, String merchantUid, boolean popup) {
    ObjectNode params = JSON.createObjectNode();
    params.put("pg", "naverpay");
    params.put("pay_method", "card");
    params.put("merchant_uid", merchantUid);
    params.put(
        "name",
        shop.has(Defect.NAME_WITH_SUFFIX)
            ? cart.name() + " 외 " + (cart.itemCount() - 1) + "건"
            : cart.name());
    if (shop.has(Defect.AMOUNT_AS_STRING)) {
      params.put("amount", Long.toString(cart.total()));
    } else {
      params.put("amount", cart.total());
    }
    Buyers.Buyer buyer = Buyers.of(ctx);
    params.put("buyer_name", buyer.name());
    params.put("buyer_tel", buyer.tel());
    params.put("buyer_email", buyer.email());
    params.put("naverPopupMode", popup);
    if (!popup && !shop.has(Defect.REDIRECT_WITHOUT_URL)) {
      params.put("m_redirect_url", shop.url("/payments/complete"));
    }
    params.put("notice_url", shop.url("/iamport/webhook"));
    if (!shop.has(Defect.MISSING_NAVER_PRODUCTS)) {
      ArrayNode products = params.putArray("naverProducts");
      for (Cart.Line line : cart.lines()) {
        ObjectNode item = products.addObject();
        if (!shop.has(Defect.PRODUCT_MISSING_CATEGORY)) {
          item.put("categoryType", line.product().categoryType());
          item.put("categoryId", line.product().categoryId());
        }
        item.put("uid", line.product().id());
        item.put("name", line.product().name());
        item.put("count", line.count());
      }
    }
    return params;
  }

  private static String cartTable(Cart cart) {
    StringBuilder rows =
        new StringBuilder(
            "<table id=\"cart\"><tr><th>상품</th><th class=\"num\">수량</th><th class=\"num\">금액</th></tr>");
    for (Cart.Line line : cart.lines()) {
      rows.append("<tr data-product=\"")
          .append(Html.escape(line.product().id()))
          .append("\"><td>")
          .append(Html.escape(line.product().name()))
          .append("</td><td class=\"num\" data-field=\"count\">")
          .append(line.count())
          .append("</td><td class=\"num\">")
          .append(Page.won(line.amount()))
          .append("</td></tr>");
    }
    if (cart.discount() > 0) {
      rows.append("<tr><td>쿠폰 할인</td><td></td><td class=\"num\">-")
          .append(Page.won(cart.discount()))
          .append("</td></tr>");
    }
    return rows.append("<tr><th>합계</th><th></th><th class=\"num\" id=\"total\">")
        .append(Page.won(cart.total()))
        .append("</th></tr></table>")
        .toString();
  }

  /** {@code POST /payments/complete}: the popup callback asks the server to confirm. */
  void confirm(Context ctx) {
    JsonNode body = Buyers.jsonBody(ctx);
    Long browserAmount = body.hasNonNull("paid_amount") ? body.get("paid_amount").asLong() : null;
    PaymentCheck.Verdict verdict =
        check.confirm(
            body.path("imp_uid").asText(null),
            body.path("merchant_uid").asText(null),
            browserAmount);
    ObjectNode answer = JSON.createObjectNode().put("ok", verdict.ok());
    answer.put(
        verdict.ok() ? "next" : "message",
        verdict.ok() ? "/orders/" + verdict.merchantUid() : verdict.message());
    ctx.json(answer);
  }

  /** {@code GET /payments/complete?imp_uid=…&imp_success=…}: where redirect mode comes back. */
  void returned(Context ctx) {
    String errorCode = ctx.queryParam("error_code");
    boolean failed = "false".equals(ctx.queryParam("imp_success")) || errorCode != null;
    if (failed) {
      ctx.html(Page.render("결제 결과", Page.failure(shop, errorCode, ctx.queryParam("error_msg"))));
      return;
    }
    PaymentCheck.Verdict verdict =
        check.confirm(ctx.queryParam("imp_uid"), ctx.queryParam("merchant_uid"), null);
    if (verdict.ok()) {
      ctx.redirect("/orders/" + verdict.merchantUid());
    } else {
      ctx.html(
          Page.render(
              "결제 결과",
              "<p id=\"result\" role=\"status\">" + Html.escape(verdict.message()) + "</p>"));
    }
  }
}
