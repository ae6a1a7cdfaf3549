package dev.preflight.merchant;

import dev.preflight.web.Html;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The reference merchant: a small bookshop that integrates Naver Pay through i'mport exactly as the
 * guides say, and can make each of the mistakes Naver's review rejects ({@link Defect}). It is what
 * {@code check} inspects when no profile is given, and a sample integration to read.
 */
public final class ReferenceMerchant implements AutoCloseable {
  private final Shop shop;
  private final Javalin app;
  private final MerchantSettings settings;

  public ReferenceMerchant(MerchantSettings settings) {
    this.settings = settings;
    this.shop = new Shop(settings);
    CheckoutPages checkout = new CheckoutPages(shop);
    OrderPages orders = new OrderPages(shop);
    SubscriptionPages subscription = new SubscriptionPages(shop);
    Webhook webhook = new Webhook(shop);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              var routes = config.routes;
              routes.get("/", this::products);
              routes.get("/checkout", checkout::checkout);
              routes.post("/payments/complete", checkout::confirm);
              routes.get("/payments/complete", checkout::returned);
              routes.get("/orders", orders::myOrders);
              routes.get("/orders/{merchant_uid}", orders::order);
              routes.post("/orders/{merchant_uid}/cancel", orders::buyerCancel);
              routes.get("/admin/orders", orders::backOffice);
              routes.post("/admin/orders/{merchant_uid}/cancel", orders::adminCancel);
              routes.get("/subscription", subscription::signUp);
              routes.post("/subscription/complete", subscription::confirm);
              routes.get("/subscription/complete", subscription::returned);
              routes.get("/subscription/status", subscription::status);
              routes.post("/subscription/cancel", subscription::cancel);
              routes.post("/iamport/webhook", webhook::receive);
              routes.get(
                  "/static/{file}", ctx -> script(ctx, "/merchant/" + ctx.pathParam("file")));
              routes.get(
                  "/static/defects/{file}",
                  ctx -> script(ctx, "/merchant/defects/" + ctx.pathParam("file")));
            });
  }

  public ReferenceMerchant start() {
    app.start(settings.host(), settings.port());
    shop.baseUrl("http://" + settings.host() + ":" + app.port());
    return this;
  }

  public String baseUrl() {
    return shop.url("");
  }

  private void products(Context ctx) {
    StringBuilder list = new StringBuilder("<table id=\"products\">");
    for (Product product : Catalog.products()) {
      list.append("<tr><td>")
          .append(Html.escape(product.name()))
          .append("</td><td class=\"num\">")
          .append(Page.won(product.price()))
          .append("</td><td><a href=\"/checkout?items=")
          .append(Html.escape(product.id()))
          .append(":1\" data-product=\"")
          .append(Html.escape(product.id()))
          .append("\">바로 구매</a></td></tr>");
    }
    list.append("</table><p>쿠폰 WELCOME3000, FRIEND13950을 주문서 주소에 붙여 쓸 수 있습니다: ")
        .append("<code>/checkout?items=BOOK-1:1&amp;coupon=FRIEND13950</code></p>");
    ctx.html(Page.render("프리플라이트 책방", list.toString()));
  }

  private static void script(Context ctx, String resource) {
    if (!resource.matches("/merchant/(defects/)?[a-z-]+\\.js")) {
      ctx.status(HttpStatus.NOT_FOUND);
      return;
    }
    try (InputStream in = ReferenceMerchant.class.getResourceAsStream(resource)) {
      if (in == null) {
        ctx.status(HttpStatus.NOT_FOUND);
        return;
      }
      ctx.contentType("text/javascript; charset=UTF-8").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
