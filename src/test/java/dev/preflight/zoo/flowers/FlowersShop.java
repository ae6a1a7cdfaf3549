package dev.preflight.zoo.flowers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.preflight.zoo.ZooShop;
import dev.preflight.zoo.flowers.Cart.Line;
import dev.preflight.zoo.flowers.Cart.Totals;
import dev.preflight.zoo.flowers.Catalog.Flower;
import dev.preflight.zoo.flowers.PortOne.Answer;
import dev.preflight.zoo.flowers.PortOne.Unreachable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 꽃길 플라워: a flower delivery shop, mobile first. The same responsive pages serve phones and PCs;
 * Naver Pay runs in redirect mode everywhere, and the result page is rendered by the server after
 * it has looked the payment up. Refunds only from the back office; buyers phone the shop to cancel.
 */
public final class FlowersShop implements ZooShop {

  /** The shop's account at i'mport (가맹점 식별코드, REST API key and secret). */
  public static final String USER_CODE = "imp41592653";

  public static final String IMP_KEY = "kkotgil_rest_7d3a91";
  public static final String IMP_SECRET = "kkotgil_secret_5e1c90b2f4";

  private static final List<String> VIOLATIONS =
      List.of(
          "error-prefix",
          "error-code-shown",
          "error-raw-html",
          "trust-imp-success",
          "popup-on-mobile",
          "ticket-dates-dashed",
          "category-flower",
          "count-as-string",
          "name-with-suffix",
          "pg-missing",
          "no-prepare",
          "refund-no-requester",
          "refund-reason-dropped",
          "partial-refund-no-checksum");

  private static final Logger LOG = Logger.getLogger(FlowersShop.class.getName());
  private static final String CART_COOKIE = "KKOTGIL_CART";
  private static final String SHOP_PHONE = "02-3141-5926";
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter UID_DATE = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MM.dd HH:mm");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final boolean ACCESS_LOG = Boolean.getBoolean("flowers.accessLog");

  private final Set<String> violations;
  private final PortOne portOne;
  private final HttpServer server;
  private final ExecutorService threads;
  private final Map<String, Cart> carts = new ConcurrentHashMap<>();
  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  private final Map<String, String[]> notices = new ConcurrentHashMap<>();
  // Carts made during a request, before the browser has their cookie (HttpExchange attributes
  // would not do: the JDK keeps them on the context, shared by every request).
  private final Map<HttpExchange, Cart> madeNow = new ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();

  private FlowersShop(String gatewayUrl, Set<String> violations) throws IOException {
    this.violations = Set.copyOf(violations);
    this.portOne = new PortOne(gatewayUrl, IMP_KEY, IMP_SECRET);
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    this.threads = Executors.newFixedThreadPool(8);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  public static FlowersShop start(String gatewayUrl, Set<String> violations) {
    for (String name : violations) {
      if (!VIOLATIONS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown violation '" + name + "'; known: " + String.join(", ", VIOLATIONS));
      }
    }
    try {
      return new FlowersShop(gatewayUrl, violations);
    } catch (IOException e) {
      throw new IllegalStateException("꽃길 플라워 could not start", e);
    }
  }

  public static List<String> violationNames() {
    return VIOLATIONS;
  }

  @Override
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  /** {@code FlowersShop <gateway URL> [violation…]}: starts the shop and prints its address. */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println(
          "usage: FlowersShop <gateway URL> [violation...]\nviolations: "
              + String.join(" ", VIOLATIONS));
      System.exit(2);
    }
    Set<String> on = new LinkedHashSet<>(List.of(args).subList(1, args.length));
    FlowersShop shop = start(args[0], on);
    Runtime.getRuntime().addShutdownHook(new Thread(shop::close));
    System.out.println("꽃길 플라워 listening on " + shop.baseUrl() + " (gateway " + args[0] + ")");
    System.out.println("  back office: " + shop.baseUrl() + "/manage/orders");
    System.out.println("  violations : " + (on.isEmpty() ? "none" : String.join(", ", on)));
  }

  private boolean on(String violation) {
    return violations.contains(violation);
  }

  // ---------------------------------------------------------------- routing

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      route(exchange);
    } finally {
      madeNow.remove(exchange);
      if (ACCESS_LOG) {
        System.out.printf(
            "%s %s %s -> %d (cart cookie %s)%n",
            Instant.now(),
            exchange.getRequestMethod(),
            exchange.getRequestURI(),
            exchange.getResponseCode(),
            cookie(exchange, CART_COOKIE) == null ? "none" : "sent");
      }
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      if (method.equals("GET") || method.equals("HEAD")) {
        if (path.equals("/")) {
          home(exchange);
        } else if (path.startsWith("/flowers/")) {
          flower(exchange, path.substring("/flowers/".length()));
        } else if (path.equals("/cart")) {
          cart(exchange);
        } else if (path.equals("/checkout")) {
          checkout(exchange);
        } else if (path.equals("/pay/return")) {
          payReturn(exchange);
        } else if (path.equals("/manage/orders")) {
          manageOrders(exchange);
        } else if (path.startsWith("/assets/")) {
          asset(exchange, path.substring("/assets/".length()));
        } else {
          notFound(exchange);
        }
      } else if (method.equals("POST")) {
        Map<String, String> form = form(exchange);
        switch (path) {
          case "/cart/add" -> addToCart(exchange, form);
          case "/cart/remove" -> removeFromCart(exchange, form);
          case "/cart/coupon" -> applyCoupon(exchange, form);
          case "/manage/orders/refund" -> refund(exchange, form);
          default -> notFound(exchange);
        }
      } else {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD, POST");
        send(exchange, 405, "text/plain; charset=utf-8", "허용되지 않는 요청입니다.");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "꽃길 플라워: " + exchange.getRequestURI(), e);
      try {
        send(exchange, 500, "text/plain; charset=utf-8", "일시적인 오류가 발생했습니다.");
      } catch (IOException | RuntimeException ignored) {
        // the answer had already started
      }
    }
  }

  // ---------------------------------------------------------------- shop pages

  private void home(HttpExchange exchange) throws IOException {
    StringBuilder cards = new StringBuilder();
    for (Flower flower : Catalog.all()) {
      cards
          .append("<li class=\"card\"><a href=\"/flowers/")
          .append(Html.escape(flower.id()))
          .append("\"><span class=\"thumb thumb-")
          .append(Html.escape(flower.id()))
          .append("\"></span><strong>")
          .append(Html.escape(flower.name()))
          .append("</strong><span class=\"price\">")
          .append(Html.won(flower.price()))
          .append("</span></a></li>\n");
    }
    html(exchange, page(exchange, "꽃길 플라워", "home.html", Map.of("cards", cards.toString())));
  }

  private void flower(HttpExchange exchange, String id) throws IOException {
    Flower flower = Catalog.find(id).orElse(null);
    if (flower == null) {
      notFound(exchange);
      return;
    }
    String note =
        flower.isClass()
            ? "클래스 일정: " + pretty(flower.classDate()) + " · 배송 없음(현장 참여)"
            : flower.delivered()
                ? "배송비 " + Html.won(Catalog.DELIVERY_FEE) + " (서울·경기)"
                : "배송 없음 · 매장 수령";
    html(
        exchange,
        page(
            exchange,
            flower.name() + " - 꽃길 플라워",
            "flower.html",
            Map.of(
                "id", flower.id(),
                "name", flower.name(),
                "price", Html.won(flower.price()),
                "blurb", flower.blurb(),
                "note", note)));
  }

  private void addToCart(HttpExchange exchange, Map<String, String> form) throws IOException {
    Flower flower = Catalog.find(form.get("product")).orElse(null);
    int quantity = number(form.get("qty"), 1);
    Cart cart = cart(exchange, true);
    if (flower == null) {
      cart.notice("판매하지 않는 상품입니다.");
    } else if (quantity < 1 || quantity > 99) {
      cart.notice("수량은 1개에서 99개까지 담을 수 있습니다.");
    } else {
      cart.add(flower, quantity);
    }
    redirect(exchange, "/cart");
  }

  private void removeFromCart(HttpExchange exchange, Map<String, String> form) throws IOException {
    cart(exchange, true).remove(form.get("product"));
    redirect(exchange, "/cart");
  }

  private void applyCoupon(HttpExchange exchange, Map<String, String> form) throws IOException {
    Cart cart = cart(exchange, true);
    String code = form.getOrDefault("coupon", "").trim();
    if (code.isEmpty()) {
      cart.coupon(null);
    } else if (Catalog.coupon(code).isPresent()) {
      cart.coupon(code.toUpperCase(java.util.Locale.ROOT));
      cart.notice("쿠폰이 적용되었습니다.");
    } else {
      cart.notice("사용할 수 없는 쿠폰입니다.");
    }
    redirect(exchange, "/cart");
  }

  private void cart(HttpExchange exchange) throws IOException {
    Cart cart = cart(exchange, true);
    List<Line> lines = cart.lines();
    Totals totals = cart.totals();
    StringBuilder rows = new StringBuilder();
    for (Line line : lines) {
      rows.append("<li class=\"line\" data-product=\"")
          .append(Html.escape(line.flower().id()))
          .append("\"><div><strong>")
          .append(Html.escape(line.flower().name()))
          .append("</strong><span class=\"muted\">")
          .append(Html.won(line.flower().price()))
          .append(" × <span data-field=\"qty\">")
          .append(line.quantity())
          .append("</span></span></div><div class=\"line-end\"><span>")
          .append(Html.won(line.total()))
          .append("</span><form method=\"post\" action=\"/cart/remove\">")
          .append("<input type=\"hidden\" name=\"product\" value=\"")
          .append(Html.escape(line.flower().id()))
          .append("\"><button type=\"submit\" class=\"link\">삭제</button></form></div></li>\n");
    }
    String notice = cart.takeNotice();
    Map<String, String> values = new HashMap<>();
    values.put(
        "lines", lines.isEmpty() ? "<li class=\"empty\">장바구니가 비어 있습니다.</li>" : rows.toString());
    values.put(
        "notice",
        notice == null
            ? ""
            : "<p class=\"notice\" id=\"cart-notice\">" + Html.escape(notice) + "</p>");
    values.put("coupon", cart.coupon() == null ? "" : cart.coupon());
    values.put("totals", totalsHtml(totals));
    values.put(
        "checkout",
        lines.isEmpty()
            ? "<a class=\"button\" href=\"/\">꽃 보러 가기</a>"
            : "<a class=\"button primary\" id=\"go-checkout\" href=\"/checkout\">주문하기</a>");
    html(exchange, page(exchange, "장바구니 - 꽃길 플라워", "cart.html", values));
  }

  private static String totalsHtml(Totals totals) {
    StringBuilder out = new StringBuilder("<dl class=\"totals\">");
    out.append("<dt>상품 금액</dt><dd>").append(Html.won(totals.subtotal())).append("</dd>");
    out.append("<dt>배송비</dt><dd>").append(Html.won(totals.delivery())).append("</dd>");
    if (totals.discount() > 0) {
      out.append("<dt>쿠폰 할인</dt><dd>-").append(Html.won(totals.discount())).append("</dd>");
    }
    out.append("<dt class=\"sum\">결제 예정 금액</dt><dd class=\"sum\" id=\"order-amount\">")
        .append(Html.won(totals.amount()))
        .append("</dd></dl>");
    return out.toString();
  }

  // ---------------------------------------------------------------- checkout (주문서)

  private void checkout(HttpExchange exchange) throws IOException {
    Cart cart = cart(exchange, true);
    List<Line> lines = cart.lines();
    if (lines.isEmpty()) {
      redirect(exchange, "/cart");
      return;
    }
    Order order =
        new Order(newMerchantUid(), lines, Cart.totals(lines, cart.coupon()), Instant.now());
    orders.put(order.merchantUid, order);

    String problem = null;
    if (!on("no-prepare")) { // violation no-prepare: the amount is never registered in advance
      try {
        Answer prepared = portOne.prepare(order.merchantUid, order.amount());
        if (!prepared.ok()) {
          LOG.warning("prepare " + order.merchantUid + ": " + prepared.message());
          problem = "결제를 준비하지 못했습니다. 잠시 후 다시 시도해 주세요.";
        }
      } catch (Unreachable e) {
        LOG.warning("prepare " + order.merchantUid + ": " + e.getMessage());
        problem = "결제를 준비하지 못했습니다. 잠시 후 다시 시도해 주세요.";
      }
    }

    boolean needsAddress = lines.stream().anyMatch(l -> l.flower().delivered());
    ObjectNode data = PortOne.object();
    data.put("userCode", USER_CODE);
    data.put("needsAddress", needsAddress);
    data.put("popupOnMobile", on("popup-on-mobile")); // violation popup-on-mobile (see checkout.js)
    data.set("params", payParams(exchange, order));

    StringBuilder items = new StringBuilder();
    for (Line line : lines) {
      items
          .append("<li><span>")
          .append(Html.escape(line.flower().name()))
          .append(" × ")
          .append(line.quantity())
          .append("</span><span>")
          .append(Html.won(line.total()))
          .append("</span></li>");
    }
    Map<String, String> values = new HashMap<>();
    values.put("merchant_uid", order.merchantUid);
    values.put("items", items.toString());
    values.put("totals", totalsHtml(order.totals));
    values.put("address_note", needsAddress ? "(필수)" : "(배송 상품이 없으면 비워 두셔도 됩니다)");
    values.put(
        "problem",
        problem == null ? "" : "<p class=\"notice error\">" + Html.escape(problem) + "</p>");
    values.put("pay_disabled", problem == null ? "" : " disabled");
    // </script> cannot occur: Jackson escapes nothing, so the few characters that could close the
    // element are escaped by hand.
    values.put("pay_data", data.toString().replace("<", "\\u003c").replace(">", "\\u003e"));
    html(exchange, page(exchange, "주문서 작성 - 꽃길 플라워", "checkout.html", values));
  }

  /** The {@code IMP.request_pay} parameters of an order, less the buyer, which the page adds. */
  private ObjectNode payParams(HttpExchange exchange, Order order) {
    ObjectNode params = PortOne.object();
    if (!on("pg-missing")) { // violation pg-missing: the account's default PG is used
      params.put("pg", "naverpay");
    }
    params.put("pay_method", "card");
    params.put("merchant_uid", order.merchantUid);
    ArrayNode products = params.arrayNode();
    for (Line line : order.lines) {
      Flower flower = line.flower();
      ObjectNode item = products.addObject();
      item.put("categoryType", flower.categoryType());
      // violation category-flower: bouquets go out under a category id Naver does not have
      item.put(
          "categoryId",
          on("category-flower") && flower.delivered() ? "FLOWER" : flower.categoryId());
      item.put("uid", flower.id());
      item.put("name", flower.name());
      if (on("count-as-string")) { // violation count-as-string: the count as the form sent it
        item.put("count", String.valueOf(line.quantity()));
      } else {
        item.put("count", line.quantity());
      }
      if (flower.isClass()) {
        // violation ticket-dates-dashed: the class date as the site shows it, yyyy-MM-dd
        String date = on("ticket-dates-dashed") ? dashed(flower.classDate()) : flower.classDate();
        item.put("startDate", date);
        item.put("endDate", date);
      }
    }
    // violation name-with-suffix: the order's own title, "… 외 N건"
    params.put("name", on("name-with-suffix") ? order.title() : order.lines.get(0).flower().name());
    params.put("amount", order.amount());
    params.put("naverPopupMode", false);
    params.put("m_redirect_url", "http://" + host(exchange) + "/pay/return");
    params.set("naverProducts", products);
    return params;
  }

  private String newMerchantUid() {
    byte[] salt = new byte[2];
    RANDOM.nextBytes(salt);
    return "KG"
        + UID_DATE.format(Instant.now().atZone(SEOUL))
        + "-"
        + String.format("%05d", sequence.incrementAndGet())
        + HexFormat.of().formatHex(salt);
  }

  // ---------------------------------------------------------------- the result page

  private void payReturn(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange);
    String merchantUid = query.get("merchant_uid");
    String impUid = blankToNull(query.get("imp_uid"));
    String errorCode = blankToNull(query.get("error_code"));
    String errorMsg = query.get("error_msg");
    boolean failed =
        errorCode != null || errorMsg != null || "false".equals(query.get("imp_success"));
    Order order = merchantUid == null ? null : orders.get(merchantUid);

    if (failed) {
      String shown;
      if (on("error-code-shown")) { // violation error-code-shown: the code instead of the message
        shown = Html.escape(errorCode);
      } else if (on("error-prefix")) { // violation error-prefix: "결제 실패: " before Naver's words
        shown = Html.escape("결제 실패: " + errorMsg);
      } else if (on("error-raw-html")) { // violation error-raw-html: the message pasted in as HTML
        shown = errorMsg;
      } else {
        shown = Html.escape(errorMsg == null ? "결제가 완료되지 않았습니다." : errorMsg);
      }
      problem(exchange, "결제가 완료되지 않았습니다", shown, order, true);
      return;
    }
    if (order == null) {
      problem(
          exchange,
          "주문을 찾을 수 없습니다",
          Html.escape("주문 정보를 찾을 수 없습니다. 매장(" + SHOP_PHONE + ")으로 문의해 주세요."),
          null,
          false);
      return;
    }
    if (order.status() != Order.Status.WAITING
        && order.impUid() != null
        && (impUid == null || order.impUid().equals(impUid))) {
      // already settled: a reload, or the buyer coming back to the order's page
      switch (order.status()) {
        case REFUSED ->
            problem(
                exchange,
                "주문이 취소되었습니다",
                Html.escape("결제 금액이 주문 금액과 달라 결제를 취소했습니다. 다시 주문해 주세요."),
                order,
                true);
        case REFUNDED ->
            problem(
                exchange,
                "환불된 주문입니다",
                Html.escape("이 주문은 전액 환불되었습니다. 문의: 매장(" + SHOP_PHONE + ")"),
                order,
                false);
        default -> complete(exchange, order);
      }
      return;
    }
    if (impUid == null) {
      problem(
          exchange, "결제를 확인할 수 없습니다", Html.escape("결제 정보가 전달되지 않았습니다. 다시 결제해 주세요."), order, true);
      return;
    }
    if (on("trust-imp-success") && "true".equals(query.get("imp_success"))) {
      // violation trust-imp-success: the browser's word taken for the payment, no lookup
      order.paid(impUid, null, null);
      cart(exchange, true).clear();
      complete(exchange, order);
      return;
    }

    Answer answer;
    try {
      answer = portOne.payment(impUid);
    } catch (Unreachable e) {
      LOG.warning("lookup " + impUid + ": " + e.getMessage());
      problem(
          exchange,
          "결제 확인 중",
          Html.escape(
              "결제 확인이 지연되고 있습니다. 잠시 후 다시 확인하시거나 매장("
                  + SHOP_PHONE
                  + ")으로 문의해 주세요. 주문번호: "
                  + order.merchantUid),
          order,
          false);
      return;
    }
    JsonNode payment = answer.response();
    if (!answer.ok()
        || payment == null
        || !order.merchantUid.equals(payment.path("merchant_uid").asText())) {
      problem(
          exchange, "결제를 확인할 수 없습니다", Html.escape("결제 내역을 확인할 수 없어 주문이 접수되지 않았습니다."), order, true);
      return;
    }
    if (!"paid".equals(payment.path("status").asText())) {
      problem(exchange, "결제가 완료되지 않았습니다", Html.escape("결제가 완료되지 않아 주문이 접수되지 않았습니다."), order, true);
      return;
    }
    long paid = payment.path("amount").asLong(-1);
    if (paid != order.amount()) {
      refuseTampered(exchange, order, impUid, paid);
      return;
    }
    order.paid(impUid, text(payment, "buyer_name"), text(payment, "buyer_tel"));
    cart(exchange, true).clear();
    complete(exchange, order);
  }

  /** The gateway says another amount was paid than the order's: cancel it and refuse the order. */
  private void refuseTampered(HttpExchange exchange, Order order, String impUid, long paid)
      throws IOException {
    LOG.warning(
        "amount mismatch " + order.merchantUid + ": paid " + paid + ", order " + order.amount());
    ObjectNode body =
        cancelBody(
            impUid, order.merchantUid, "결제 금액 불일치 (주문 " + order.amount() + "원, 결제 " + paid + "원)");
    String message;
    try {
      Answer cancelled = portOne.cancel(body);
      if (cancelled.ok()) {
        order.refused(impUid);
        message = "결제 금액이 주문 금액과 달라 결제를 취소했습니다. 다시 주문해 주세요.";
      } else {
        message = "결제 금액이 주문 금액과 다릅니다. 결제 취소가 완료되지 않았으니 매장(" + SHOP_PHONE + ")으로 연락해 주세요.";
      }
    } catch (Unreachable e) {
      message = "결제 금액이 주문 금액과 다릅니다. 결제 취소가 완료되지 않았으니 매장(" + SHOP_PHONE + ")으로 연락해 주세요.";
    }
    problem(exchange, "주문이 접수되지 않았습니다", Html.escape(message), order, true);
  }

  private void complete(HttpExchange exchange, Order order) throws IOException {
    StringBuilder items = new StringBuilder();
    for (Line line : order.lines) {
      items
          .append("<li>")
          .append(Html.escape(line.flower().name()))
          .append(" × ")
          .append(line.quantity())
          .append("</li>");
    }
    html(
        exchange,
        page(
            exchange,
            "주문 완료 - 꽃길 플라워",
            "done.html",
            Map.of(
                "merchant_uid",
                order.merchantUid,
                "items",
                items.toString(),
                "amount",
                Html.won(order.amount()),
                "phone",
                SHOP_PHONE)));
  }

  /** The result box for anything but a confirmed order; {@code message} is HTML already. */
  private void problem(
      HttpExchange exchange, String heading, String message, Order order, boolean retry)
      throws IOException {
    html(
        exchange,
        page(
            exchange,
            "결제 결과 - 꽃길 플라워",
            "result.html",
            Map.of(
                "heading",
                heading,
                "message",
                message == null ? "" : message,
                "order_no",
                order == null ? "" : "주문번호 " + order.merchantUid,
                "next",
                retry
                    ? "<a class=\"button primary\" href=\"/cart\">장바구니로 돌아가기</a>"
                    : "<a class=\"button\" href=\"/\">처음으로</a>")));
  }

  // ---------------------------------------------------------------- back office

  private void manageOrders(HttpExchange exchange) throws IOException {
    String[] notice = notices.remove(query(exchange).getOrDefault("notice", ""));
    List<Order> shown = new ArrayList<>();
    for (Order order : orders.values()) {
      if (order.status() != Order.Status.WAITING) {
        shown.add(order);
      }
    }
    shown.sort(Comparator.comparing((Order o) -> o.created).reversed());
    StringBuilder rows = new StringBuilder();
    for (Order order : shown) {
      rows.append("<tr data-merchant-uid=\"").append(Html.escape(order.merchantUid)).append("\">");
      rows.append("<td>")
          .append(Html.escape(order.merchantUid))
          .append("<br><span class=\"muted\">")
          .append(SHOWN.format(order.created.atZone(SEOUL)))
          .append("</span></td>");
      rows.append("<td>")
          .append(Html.escape(order.title()))
          .append("<br><span class=\"muted\">")
          .append(Html.escape(order.buyerName() == null ? "" : order.buyerName()))
          .append(' ')
          .append(Html.escape(order.buyerTel() == null ? "" : order.buyerTel()))
          .append("</span></td>");
      rows.append("<td class=\"num\">").append(Html.won(order.amount())).append("</td>");
      rows.append("<td class=\"num\">").append(Html.won(order.refunded())).append("</td>");
      rows.append("<td data-field=\"status\">").append(order.status().label).append("</td><td>");
      if (order.refundableNow()) {
        rows.append("<form method=\"post\" action=\"/manage/orders/refund\" class=\"refund\">")
            .append("<input type=\"hidden\" name=\"merchant_uid\" value=\"")
            .append(Html.escape(order.merchantUid))
            .append("\">")
            .append(
                "<input type=\"text\" name=\"amount\" value=\"\" inputmode=\"numeric\" size=\"8\""
                    + " placeholder=\"환불금액\" aria-label=\"환불 금액\">")
            .append("<select name=\"reason\" aria-label=\"환불 사유\">")
            .append("<option value=\"고객 요청 (전화 접수)\">고객 요청 (전화 접수)</option>")
            .append("<option value=\"꽃 수급 불가 (품절)\">꽃 수급 불가 (품절)</option>")
            .append("<option value=\"배송 불가 지역\">배송 불가 지역</option>")
            .append("<option value=\"배송 지연 보상\">배송 지연 보상</option>")
            .append("<option value=\"클래스 일정 취소\">클래스 일정 취소</option>")
            .append("</select>")
            .append("<button type=\"submit\" data-action=\"refund\">환불</button></form>");
      }
      rows.append("</td></tr>\n");
    }
    Map<String, String> values = new HashMap<>();
    values.put(
        "notice",
        notice == null
            ? ""
            : "<p id=\"manage-notice\" class=\"notice "
                + notice[0]
                + "\" data-kind=\""
                + notice[0]
                + "\">"
                + Html.escape(notice[1])
                + "</p>");
    values.put(
        "rows",
        shown.isEmpty()
            ? "<tr><td colspan=\"6\" class=\"empty\">결제된 주문이 없습니다.</td></tr>"
            : rows.toString());
    html(exchange, page(exchange, "주문 관리 - 꽃길 플라워", "manage.html", values));
  }

  private void refund(HttpExchange exchange, Map<String, String> form) throws IOException {
    Order order = orders.get(form.getOrDefault("merchant_uid", ""));
    String typed = form.getOrDefault("amount", "").replace(",", "").replace("원", "").trim();
    // violation refund-reason-dropped: the dropdown is read under a name the form does not use
    String reason =
        form.getOrDefault(on("refund-reason-dropped") ? "cancel_reason" : "reason", "").trim();
    String[] notice;
    if (order == null) {
      notice = new String[] {"error", "주문을 찾을 수 없습니다."};
    } else if (typed.isEmpty()) {
      notice = new String[] {"error", order.merchantUid + ": 환불 금액을 입력해 주세요."};
    } else {
      synchronized (order) {
        notice = refund(order, typed, reason);
      }
    }
    byte[] token = new byte[6];
    RANDOM.nextBytes(token);
    String id = HexFormat.of().formatHex(token);
    notices.put(id, notice);
    redirect(exchange, "/manage/orders?notice=" + id);
  }

  private String[] refund(Order order, String typed, String reason) {
    if (!order.refundableNow()) {
      return new String[] {"error", order.merchantUid + ": 환불할 수 없는 주문입니다."};
    }
    int amount = number(typed, -1);
    int refundable = order.refundable();
    if (amount < 1 || amount > refundable) {
      return new String[] {
        "error", order.merchantUid + ": 환불 금액은 1원 이상 " + Html.won(refundable) + " 이하로 입력해 주세요."
      };
    }
    ObjectNode body = cancelBody(order.impUid(), order.merchantUid, reason);
    boolean whole = amount == refundable;
    if (!whole) {
      body.put("amount", amount);
      if (!on("partial-refund-no-checksum")) { // violation partial-refund-no-checksum
        body.put("checksum", refundable);
      }
    }
    try {
      Answer answer = portOne.cancel(body);
      if (!answer.ok() || answer.response() == null) {
        return new String[] {"error", order.merchantUid + ": 환불 실패 - " + answer.message()};
      }
      order.cancelledSoFar(
          answer.response().path("cancel_amount").asInt(order.refunded() + amount));
      return new String[] {
        "ok", order.merchantUid + ": " + Html.won(amount) + (whole ? " 전액" : " 부분") + " 환불되었습니다."
      };
    } catch (Unreachable e) {
      LOG.warning("cancel " + order.merchantUid + ": " + e.getMessage());
      return new String[] {
        "error", order.merchantUid + ": PG 응답이 없어 환불 여부를 확인하지 못했습니다. 잠시 후 다시 확인해 주세요."
      };
    }
  }

  /** A cancel by the shop: the back office, or the server refusing a tampered payment. */
  private ObjectNode cancelBody(String impUid, String merchantUid, String reason) {
    ObjectNode body = PortOne.object();
    body.put("imp_uid", impUid);
    body.put("merchant_uid", merchantUid);
    body.put("reason", reason);
    if (!on("refund-no-requester")) { // violation refund-no-requester
      body.putObject("extra").put("requester", "admin");
    }
    return body;
  }

  // ---------------------------------------------------------------- plumbing

  private String page(
      HttpExchange exchange, String title, String template, Map<String, String> values) {
    Cart cart = cart(exchange, false);
    int count = cart == null ? 0 : cart.lines().stream().mapToInt(Line::quantity).sum();
    return Html.page(title, count, template, values);
  }

  /** The visitor's cart; with {@code create}, a new one (and its cookie) when there is none. */
  private Cart cart(HttpExchange exchange, boolean create) {
    Cart made = madeNow.get(exchange);
    if (made != null) {
      return made;
    }
    String id = cookie(exchange, CART_COOKIE);
    Cart cart = id == null ? null : carts.get(id);
    if (cart == null && create) {
      byte[] bytes = new byte[12];
      RANDOM.nextBytes(bytes);
      id = HexFormat.of().formatHex(bytes);
      cart = new Cart();
      carts.put(id, cart);
      madeNow.put(exchange, cart);
      exchange
          .getResponseHeaders()
          .add("Set-Cookie", CART_COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Lax");
    }
    return cart;
  }

  private static String cookie(HttpExchange exchange, String name) {
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
      for (String part : header.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
          return part.substring(eq + 1).trim();
        }
      }
    }
    return null;
  }

  private static String host(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || host.isBlank()) {
      host = "127.0.0.1:" + exchange.getLocalAddress().getPort();
    }
    return host;
  }

  private static Map<String, String> query(HttpExchange exchange) {
    return decode(exchange.getRequestURI().getRawQuery());
  }

  private static Map<String, String> form(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readNBytes(64 * 1024);
    return decode(new String(body, StandardCharsets.UTF_8));
  }

  /** {@code a=1&b=%ED%95%9C}: the first value of each name. */
  private static Map<String, String> decode(String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      values.putIfAbsent(name, value);
    }
    return values;
  }

  private void asset(HttpExchange exchange, String name) throws IOException {
    byte[] bytes = Html.bytes(name);
    if (bytes == null || name.endsWith(".html")) {
      notFound(exchange);
      return;
    }
    String type =
        name.endsWith(".css")
            ? "text/css; charset=utf-8"
            : name.endsWith(".js") ? "text/javascript; charset=utf-8" : "application/octet-stream";
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    send(exchange, 200, type, bytes);
  }

  private void notFound(HttpExchange exchange) throws IOException {
    send(
        exchange,
        404,
        "text/html; charset=utf-8",
        page(exchange, "페이지를 찾을 수 없습니다", "missing.html", Map.of()));
  }

  private static void html(HttpExchange exchange, String html) throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    send(exchange, 200, "text/html; charset=utf-8", html);
  }

  private static void redirect(HttpExchange exchange, String to) throws IOException {
    exchange.getResponseHeaders().set("Location", to);
    exchange.sendResponseHeaders(303, -1);
  }

  private static void send(HttpExchange exchange, int status, String type, String text)
      throws IOException {
    send(exchange, status, type, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static int number(String text, int fallback) {
    if (text == null || !text.trim().matches("\\d{1,9}")) {
      return fallback;
    }
    return Integer.parseInt(text.trim());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() || text.equals("null") ? null : text;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String dashed(String yyyyMMdd) {
    return yyyyMMdd.substring(0, 4) + "-" + yyyyMMdd.substring(4, 6) + "-" + yyyyMMdd.substring(6);
  }

  private static String pretty(String yyyyMMdd) {
    return yyyyMMdd.substring(0, 4)
        + "년 "
        + Integer.parseInt(yyyyMMdd.substring(4, 6))
        + "월 "
        + Integer.parseInt(yyyyMMdd.substring(6))
        + "일";
  }
}
