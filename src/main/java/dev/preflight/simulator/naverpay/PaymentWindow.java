package dev.preflight.simulator.naverpay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.web.Html;
import dev.preflight.web.Template;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Naver Pay payment and billing-key registration window, as plain server-rendered HTML with
 * stable controls: {@code button[data-action="approve"]}, {@code button[data-action="cancel"]} and
 * {@code button[data-action="fail"][data-outcome="…"]}. Every merchant-supplied string is escaped.
 */
public final class PaymentWindow {
  public static final String PATH = "/naverpay/";
  private static final Template WINDOW = Template.load("/naverpay/window.html");
  private static final Template DONE = Template.load("/naverpay/done.html");

  private final Checkout checkout;

  public PaymentWindow(Checkout checkout) {
    this.checkout = checkout;
  }

  public void register(RoutesConfig routes) {
    routes.get(PATH + "{session}", this::show);
    routes.post(PATH + "{session}", this::choose);
  }

  private void show(Context ctx) {
    CheckoutSession session = checkout.session(ctx.pathParam("session")).orElse(null);
    if (session == null) {
      gone(ctx);
      return;
    }
    if (session.settled()) {
      done(ctx, session.result().get());
      return;
    }
    ctx.html(WINDOW.render(values(session)));
  }

  private void choose(Context ctx) {
    CheckoutSession session = checkout.session(ctx.pathParam("session")).orElse(null);
    if (session == null) {
      gone(ctx);
      return;
    }
    Choice choice = Choice.fromButton(ctx.formParam("choice")).orElse(null);
    if (choice == null) {
      ctx.status(HttpStatus.BAD_REQUEST)
          .html("<p>알 수 없는 선택입니다: " + Html.escape(ctx.formParam("choice")) + "</p>");
      return;
    }
    WindowResult result = checkout.settle(session, choice);
    if (!session.popup() && session.redirectUrl() != null) {
      ctx.redirect(result.redirectTo(session.redirectUrl()), HttpStatus.FOUND);
      return;
    }
    done(ctx, result);
  }

  private static void done(Context ctx, WindowResult result) {
    String summary =
        result.success()
            ? "결제가 완료되었습니다. (" + result.impUid() + ")"
            : "[" + result.errorCode() + "] " + result.errorMsg();
    ctx.html(
        DONE.render(
            Map.of("outcome", result.success() ? "success" : "failure", "summary", summary)));
  }

  private static void gone(Context ctx) {
    ctx.status(HttpStatus.NOT_FOUND).html("<p>결제 요청을 찾을 수 없습니다. 시뮬레이터가 초기화되었거나 주소가 잘못되었습니다.</p>");
  }

  private static Map<String, Object> values(CheckoutSession session) {
    Tenant tenant = session.account().tenant();
    JsonNode params = session.params();
    boolean register = session.registration();
    Map<String, Object> values = new HashMap<>();
    values.put("title", register ? "정기결제 등록" : "결제");
    values.put("merchant", tenant.merchantName());
    values.put("merchant_uid", session.merchantUid());
    values.put("mode", session.popup() ? "팝업" : "페이지 이동");
    values.put("device", session.mobile() ? "모바일" : "PC");
    values.put("products", products(params.get("naverProducts")));
    values.put("amount_label", register ? "정기결제 금액 (등록 시 결제되지 않음)" : "결제 금액");
    values.put("amount", won(session.amount()));
    values.put("notice", notice(session, tenant));
    values.put("buyer_name", orDash(Checkout.text(params, "buyer_name")));
    values.put("buyer_tel", orDash(Checkout.text(params, "buyer_tel")));
    values.put("buyer_email", orDash(Checkout.text(params, "buyer_email")));
    values.put("action_path", PATH + session.id());
    values.put("approve_label", register ? "등록하기" : "결제하기");
    return values;
  }

  private static String notice(CheckoutSession session, Tenant tenant) {
    if (session.registration()) {
      return "<p class=\"note\">상품 코드 <span data-field=\"product_code\">"
          + Html.escape(session.productCode())
          + "</span></p>";
    }
    if (session.amount() < tenant.minimumAmount()) {
      return "<p class=\"warning\" data-field=\"minimum\">최소 결제 금액("
          + won(tenant.minimumAmount())
          + ") 미만이라 결제할 수 없습니다.</p>";
    }
    return "";
  }

  /** The naverProducts table; each value escaped, whatever the merchant sent. */
  private static String products(JsonNode items) {
    if (items == null || !items.isArray() || items.isEmpty()) {
      return "<p class=\"warning\" data-field=\"no_products\">naverProducts가 전달되지 않았습니다.</p>";
    }
    StringBuilder rows = new StringBuilder("<table data-field=\"products\">");
    for (JsonNode item : items) {
      rows.append("<tr><td>")
          .append(Html.escape(item.path("name").asText("")))
          .append("<div class=\"note\">")
          .append(Html.escape(item.path("categoryType").asText("")))
          .append(" / ")
          .append(Html.escape(item.path("categoryId").asText("")))
          .append("</div></td><td class=\"count\">")
          .append(Html.escape(item.path("count").asText("")))
          .append("개</td></tr>");
    }
    return rows.append("</table>").toString();
  }

  private static String won(long amount) {
    return NumberFormat.getIntegerInstance(Locale.KOREA).format(amount) + "원";
  }

  private static String orDash(String text) {
    return text == null ? "-" : text;
  }
}
