package dev.preflight.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.web.Html;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The buyer's orders (with a cancel) and the back office (full and partial cancels). Naver's guide
 * asks every cancel for a {@code reason} and {@code extra.requester}: {@code customer} when the
 * buyer asks, {@code admin} from the back office; a partial cancel also sends the {@code checksum}
 * of what is still cancellable.
 */
final class OrderPages {
  static final String CANCEL_UNCONFIRMED = "취소 요청의 결과를 확인하지 못했습니다. 잠시 후 주문 내역에서 취소 여부를 확인해주세요.";

  private final Shop shop;
  private final PaymentCheck check;

  OrderPages(Shop shop) {
    this.shop = shop;
    this.check = new PaymentCheck(shop);
  }

  /**
   * {@code GET /orders/{merchant_uid}}: the order, and whether it is complete. An unconfirmed order
   * is looked up again first, so the page tells what i'mport knows by now.
   */
  void order(Context ctx) {
    String merchantUid = ctx.pathParam("merchant_uid");
    shop.orders
        .get(merchantUid)
        .filter(o -> o.status().equals("unconfirmed"))
        .ifPresent(o -> check.confirm(o.impUid(), merchantUid, null));
    Order order = shop.orders.get(merchantUid).orElse(null);
    if (order == null) {
      ctx.status(HttpStatus.NOT_FOUND)
          .html(Page.render("주문", "<p id=\"result\">주문을 찾을 수 없습니다.</p>"));
      return;
    }
    String status =
        order.status().equals("paid")
            ? "<p id=\"order-status\" class=\"ok\" data-status=\"paid\">주문이 완료되었습니다.</p>"
            : "<p id=\"order-status\" data-status=\""
                + Html.escape(order.status())
                + "\">주문 상태: "
                + Html.escape(statusLabel(order.status()))
                + "</p>";
    ctx.html(
        Page.render(
            "주문 " + order.merchantUid(),
            status + "<p>결제 금액 <span id=\"amount\">" + Page.won(order.amount()) + "</span></p>"));
  }

  /** {@code GET /orders}: the buyer's orders, with a cancel for each paid one. */
  void myOrders(Context ctx) {
    ctx.html(
        Page.render(
            "주문 내역",
            table(
                ctx,
                order ->
                    order.status().equals("paid")
                        ? form(
                            "/orders/" + order.merchantUid() + "/cancel",
                            "buyer-cancel",
                            "주문 취소",
                            "")
                        : "")));
  }

  /** {@code GET /admin/orders}: every paid order, with a full and a partial cancel. */
  void backOffice(Context ctx) {
    ctx.html(
        Page.render(
            "관리자 · 주문 관리",
            table(
                ctx,
                order -> {
                  if (order.balance() <= 0
                      || order.impUid() == null
                      || order.status().equals("failed")) {
                    return "";
                  }
                  String action = "/admin/orders/" + order.merchantUid() + "/cancel";
                  return form(action, "admin-cancel", "전체 취소", "")
                      + form(
                          action,
                          "admin-partial-cancel",
                          "부분 취소",
                          "<input name=\"amount\" type=\"number\" min=\"1\""
                              + " data-field=\"partial-amount\" placeholder=\"금액\">");
                })));
  }

  /** The orders that reached the gateway, each with the actions this page offers on it. */
  private String table(Context ctx, Function<Order, String> actions) {
    StringBuilder rows =
        new StringBuilder(
            notice(ctx)
                + "<table id=\"orders\"><tr><th>주문</th><th>상태</th>"
                + "<th class=\"num\">금액</th><th></th></tr>");
    for (Order order : shop.orders.all()) {
      if (!order.status().equals("pending")) {
        rows.append(row(order)).append(actions.apply(order)).append("</td></tr>");
      }
    }
    return rows.append("</table>").toString();
  }

  /** {@code POST /orders/{merchant_uid}/cancel}: the buyer cancels. */
  void buyerCancel(Context ctx) {
    String requester = shop.has(Defect.WRONG_REQUESTER) ? "admin" : "customer";
    cancel(ctx, "/orders", null, "구매자 요청에 의한 주문 취소", requester);
  }

  /** {@code POST /admin/orders/{merchant_uid}/cancel}: the back office cancels, fully or partly. */
  void adminCancel(Context ctx) {
    String amount = ctx.formParam("amount");
    Long partial = amount == null || amount.isBlank() ? null : Long.valueOf(amount.trim());
    cancel(ctx, "/admin/orders", partial, partial == null ? "관리자 취소" : "관리자 부분 취소", "admin");
  }

  private void cancel(Context ctx, String back, Long partial, String reason, String requester) {
    Order order = shop.orders.get(ctx.pathParam("merchant_uid")).orElse(null);
    if (order == null || order.impUid() == null) {
      ctx.redirect(back + "?msg=" + encode("취소할 주문을 찾을 수 없습니다."));
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("imp_uid", order.impUid());
    if (!shop.has(Defect.CANCEL_WITHOUT_REASON)) {
      body.put("reason", reason);
    }
    if (!shop.has(Defect.CANCEL_WITHOUT_REQUESTER)) {
      body.put("extra", Map.of("requester", requester));
    }
    if (partial != null) {
      body.put("amount", partial);
      if (!shop.has(Defect.PARTIAL_CANCEL_WITHOUT_CHECKSUM)) {
        body.put("checksum", cancellable(order));
      }
    }
    IamportApi.Reply reply = shop.api.post("/payments/cancel", body);
    if (!reply.ok()) {
      // A refusal is passed on as i'mport worded it; no answer means the outcome is unknown.
      String notice = reply.unavailable() ? CANCEL_UNCONFIRMED : "취소하지 못했습니다: " + reply.message();
      ctx.redirect(back + "?msg=" + encode(notice));
      return;
    }
    JsonNode payment = reply.response();
    long cancelled = payment.path("cancel_amount").asLong();
    String status =
        "cancelled".equals(payment.path("status").asText()) ? "cancelled" : "partially_cancelled";
    shop.orders.update(order.merchantUid(), o -> o.withStatus(status, cancelled));
    // cancel_amount is the running total; the notice tells what this cancel refunded.
    ctx.redirect(back + "?msg=" + encode(Page.won(cancelled - order.cancelled()) + " 취소되었습니다."));
  }

  /** What i'mport says is still cancellable: the checksum a partial cancel must quote. */
  private long cancellable(Order order) {
    IamportApi.Reply reply = shop.api.get("/payments/" + order.impUid());
    if (!reply.ok()) {
      return order.balance();
    }
    return reply.response().path("amount").asLong()
        - reply.response().path("cancel_amount").asLong();
  }

  private static String row(Order order) {
    return "<tr data-order=\""
        + Html.escape(order.merchantUid())
        + "\"><td>"
        + Html.escape(order.cart().name())
        + "<div><small>"
        + Html.escape(order.merchantUid())
        + "</small></div></td><td data-field=\"status\">"
        + Html.escape(statusLabel(order.status()))
        + "</td><td class=\"num\">"
        + Page.won(order.balance())
        + "</td><td>";
  }

  private static String form(String action, String name, String label, String fields) {
    return "<form method=\"post\" action=\""
        + Html.escape(action)
        + "\">"
        + fields
        + "<button type=\"submit\" data-action=\""
        + name
        + "\">"
        + label
        + "</button></form>";
  }

  private static String notice(Context ctx) {
    String message = ctx.queryParam("msg");
    return message == null
        ? ""
        : "<p id=\"notice\" role=\"status\">" + Html.escape(message) + "</p>";
  }

  static String statusLabel(String status) {
    return switch (status) {
      case "paid" -> "결제 완료";
      case "cancelled" -> "취소 완료";
      case "partially_cancelled" -> "부분 취소";
      case "failed" -> "결제 실패";
      case "unconfirmed" -> "결제 확인 중";
      default -> "결제 대기";
    };
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
