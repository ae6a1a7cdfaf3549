package dev.preflight.zoo.teahouse;

import static dev.preflight.zoo.teahouse.Html.esc;
import static dev.preflight.zoo.teahouse.Html.js;
import static dev.preflight.zoo.teahouse.Html.won;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.preflight.zoo.ZooShop;
import dev.preflight.zoo.teahouse.ShopData.Goods;
import dev.preflight.zoo.teahouse.ShopData.Line;
import dev.preflight.zoo.teahouse.ShopData.Member;
import dev.preflight.zoo.teahouse.ShopData.Order;
import dev.preflight.zoo.teahouse.ShopData.Session;
import dev.preflight.zoo.teahouse.ShopData.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 다원 찻집: 서버에서 HTML 을 그리고, 스크립트 하나(ES5, XMLHttpRequest)로 네이버페이 결제를 붙인 전통 찻집 쇼핑몰. PC 전용 (모바일 결제, 정기결제
 * 없음).
 *
 * <p>Violation switches (each marked where it acts with a comment naming it):
 *
 * <ul>
 *   <li>{@code prefixed-fail-alert}: alerts "결제에 실패하였습니다.\n" + error_msg (NP-ERR-1)
 *   <li>{@code generic-cancel-alert}: alerts "결제가 취소되었습니다." for every failure (NP-ERR-1)
 *   <li>{@code alert-before-verify}: alerts success on rsp.success before the server's lookup
 *       (NP-VER-1, RES-1)
 *   <li>{@code vague-minimum-message}: the server refuses a sub-minimum order without naming the
 *       minimum (NP-AMT-1)
 *   <li>{@code no-naver-products}: request_pay without naverProducts (NP-PRD-1)
 *   <li>{@code name-with-suffix}: name "첫 상품 외 N건" (NP-PRD-3)
 *   <li>{@code no-prepare}: no POST /payments/prepare (NP-AMT-4)
 *   <li>{@code merchant-uid-per-cart}: the member's cart number is the merchant_uid, and it is
 *       never renewed, so the member's next order pays under a merchant_uid already paid (NP-UID-1)
 *   <li>{@code amount-from-browser}: the looked-up amount is compared with the paid_amount the page
 *       posted, not with the order (NP-AMT-3)
 *   <li>{@code buyer-cancel-without-reason}: the buyer's cancel sends no reason (NP-CXL-1)
 *   <li>{@code buyer-cancel-as-admin}: the buyer's cancel sends requester admin (NP-CXL-3)
 *   <li>{@code refund-without-checksum}: the back office's partial refund sends no checksum
 *       (NP-CXL-4)
 * </ul>
 */
public final class DawonShop implements ZooShop {

  /** 다원 찻집의 아임포트 계정. */
  static final String USER_CODE = "imp52817364";

  static final String IMP_KEY = "dawon_teahouse_key";
  static final String IMP_SECRET = "dawon-tea-secret-7b3f9c";
  static final String ADMIN_ID = "dawonadmin";
  static final String ADMIN_PASSWORD = "teatime!24";
  static final long MINIMUM_AMOUNT = 100;

  private static final List<String> VIOLATIONS =
      List.of(
          "prefixed-fail-alert",
          "generic-cancel-alert",
          "alert-before-verify",
          "vague-minimum-message",
          "no-naver-products",
          "name-with-suffix",
          "no-prepare",
          "merchant-uid-per-cart",
          "amount-from-browser",
          "buyer-cancel-without-reason",
          "buyer-cancel-as-admin",
          "refund-without-checksum");

  private static final Logger LOG = Logger.getLogger(DawonShop.class.getName());
  private static final String SESSION_COOKIE = "DWSESSID";
  private static final String ADMIN_COOKIE = "DWADMIN";

  private final ObjectMapper json = new ObjectMapper();
  private final ShopData data = new ShopData();
  private final String gatewayUrl;
  private final Set<String> on;
  private final Iamport iamport;
  private final HttpServer server;
  private final ExecutorService pool;

  private DawonShop(String gatewayUrl, Set<String> violations) throws IOException {
    this.gatewayUrl =
        gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
    this.on = Set.copyOf(violations);
    this.iamport = new Iamport(this.gatewayUrl, IMP_KEY, IMP_SECRET);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.pool = Executors.newFixedThreadPool(16);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  public static DawonShop start(String gatewayUrl, Set<String> violations) {
    for (String v : violations) {
      if (!VIOLATIONS.contains(v)) {
        throw new IllegalArgumentException(
            "unknown violation '" + v + "'; known: " + String.join(", ", VIOLATIONS));
      }
    }
    try {
      return new DawonShop(gatewayUrl, violations);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    pool.shutdownNow();
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: DawonShop <gateway url> [violation ...]");
      System.err.println("violations: " + String.join(", ", VIOLATIONS));
      System.exit(2);
    }
    Set<String> violations = new LinkedHashSet<>(Arrays.asList(args).subList(1, args.length));
    DawonShop shop = start(args[0], violations);
    System.out.println(
        "다원 찻집 listening on "
            + shop.baseUrl()
            + " (gateway "
            + args[0]
            + ", violations "
            + violations
            + ")");
    Runtime.getRuntime().addShutdownHook(new Thread(shop::close));
    Thread.currentThread().join();
  }

  private boolean on(String violation) {
    return on.contains(violation);
  }

  // ---------------------------------------------------------------- routing

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Req req = new Req(ex);
      String p = req.path;
      boolean get = req.method.equals("GET") || req.method.equals("HEAD");
      boolean post = req.method.equals("POST");
      if (get && (p.equals("/") || p.equals("/index.html"))) {
        home(req);
      } else if (get && p.equals("/goods/view")) {
        goodsView(req);
      } else if (post && p.equals("/cart/add")) {
        cartAdd(req);
      } else if (post && p.equals("/cart/clear")) {
        cartClear(req);
      } else if (get && p.equals("/cart")) {
        cart(req);
      } else if (get && p.equals("/order/sheet")) {
        orderSheet(req);
      } else if (post && p.equals("/order/create")) {
        orderCreate(req);
      } else if (post && p.equals("/order/pay-result")) {
        payResult(req);
      } else if (get && p.equals("/order/complete")) {
        orderComplete(req);
      } else if (get && p.equals("/member/login")) {
        loginForm(req);
      } else if (post && p.equals("/member/login")) {
        login(req);
      } else if (get && p.equals("/member/logout")) {
        logout(req);
      } else if (get && p.equals("/mypage/orders")) {
        myOrders(req);
      } else if (post && p.equals("/mypage/orders/cancel")) {
        buyerCancel(req);
      } else if (get && p.equals("/adm/login")) {
        adminLoginForm(req);
      } else if (post && p.equals("/adm/login")) {
        adminLogin(req);
      } else if (get && p.equals("/adm/logout")) {
        adminLogout(req);
      } else if (get && (p.equals("/adm") || p.equals("/adm/") || p.equals("/adm/index"))) {
        adminOrders(req);
      } else if (post && p.equals("/adm/order/cancel")) {
        adminCancel(req);
      } else if (post && p.equals("/adm/order/refund")) {
        adminRefund(req);
      } else if (get && (p.equals("/js/dawon.js") || p.equals("/css/dawon.css"))) {
        resource(req, p);
      } else if (get && p.equals("/favicon.ico")) {
        req.send(204, "text/plain", "");
      } else {
        req.html(
            404,
            Html.page("페이지 없음", null, "<div class=\"msg_box\">요청하신 페이지를 찾을 수 없습니다.</div>", null));
      }
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "다원 찻집 요청 처리 실패: " + ex.getRequestURI(), e);
      try {
        byte[] body = "일시적인 오류가 발생했습니다.".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        ex.sendResponseHeaders(500, body.length);
        ex.getResponseBody().write(body);
      } catch (IOException | RuntimeException ignored) {
        // 이미 응답을 보내기 시작함
      }
    }
  }

  // ---------------------------------------------------------------- session helpers

  private Session session(Req req) {
    return data.session(req.cookie(SESSION_COOKIE));
  }

  private Member member(Req req) {
    Session s = session(req);
    return s == null ? null : data.member(s.memberId);
  }

  private String memberName(Req req) {
    Member m = member(req);
    return m == null ? null : m.name;
  }

  /** 로그인하지 않았으면 로그인 페이지로 보내고 null. */
  private Member requireLogin(Req req) throws IOException {
    Member m = member(req);
    if (m == null) {
      String back = req.path + (req.rawQuery == null ? "" : "?" + req.rawQuery);
      req.redirect("/member/login?returnUrl=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }
    return m;
  }

  private boolean requireAdmin(Req req) throws IOException {
    if (!data.isAdmin(req.cookie(ADMIN_COOKIE))) {
      req.redirect("/adm/login");
      return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- 상품, 장바구니

  private void home(Req req) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("<h2 class=\"tit\">전체상품</h2>\n<ul class=\"goods_list\">\n");
    for (Goods g : ShopData.GOODS) {
      b.append("<li><a href=\"/goods/view?code=")
          .append(esc(g.code()))
          .append("\" class=\"goods_name\">")
          .append(esc(g.name()))
          .append("</a> <span class=\"price\">")
          .append(won(g.price()))
          .append("</span><p class=\"summary\">")
          .append(esc(g.summary()))
          .append("</p></li>\n");
    }
    b.append("</ul>\n");
    req.html(200, Html.page("전체상품", memberName(req), b.toString(), null));
  }

  private void goodsView(Req req) throws IOException {
    Goods g = ShopData.goods(req.param("code"));
    if (g == null) {
      req.html(200, Html.alertAndGo("존재하지 않는 상품입니다.", "/"));
      return;
    }
    StringBuilder b = new StringBuilder();
    b.append("<div class=\"goods_view\">\n<h2 class=\"goods_name\">")
        .append(esc(g.name()))
        .append("</h2>\n")
        .append("<p class=\"summary\">")
        .append(esc(g.summary()))
        .append("</p>\n")
        .append("<form name=\"cartForm\" method=\"post\" action=\"/cart/add\">\n")
        .append("<input type=\"hidden\" name=\"code\" value=\"")
        .append(esc(g.code()))
        .append("\">\n")
        .append("<table class=\"goods_info\">\n<tr><th>상품코드</th><td>")
        .append(esc(g.code()))
        .append("</td></tr>\n")
        .append("<tr><th>판매가</th><td class=\"price\">")
        .append(won(g.price()))
        .append("</td></tr>\n")
        .append("<tr><th>배송비</th><td>무료</td></tr>\n")
        .append("<tr><th>수량</th><td><select name=\"qty\" id=\"qty\">");
    for (int i = 1; i <= 10; i++) {
      b.append("<option>").append(i).append("</option>");
    }
    b.append("</select></td></tr>\n</table>\n")
        .append(
            "<div class=\"btn_area\"><input type=\"submit\" value=\"장바구니 담기\" id=\"btnCart\" class=\"btn_cart\"></div>\n")
        .append("</form>\n</div>\n");
    req.html(200, Html.page(g.name(), memberName(req), b.toString(), null));
  }

  private void cartAdd(Req req) throws IOException {
    Session s = session(req);
    if (s == null || data.member(s.memberId) == null) {
      req.html(200, Html.alertAndGo("로그인 후 이용해주세요.", "/member/login?returnUrl=%2Fcart"));
      return;
    }
    Goods g = ShopData.goods(req.param("code"));
    int qty;
    try {
      qty = Integer.parseInt(req.param("qty").trim());
    } catch (RuntimeException e) {
      qty = 0;
    }
    if (g == null || qty < 1 || qty > 10) {
      req.html(200, Html.alertAndGo("상품 또는 수량을 확인해주세요.", null));
      return;
    }
    s.add(g.code(), qty);
    req.redirect("/cart");
  }

  private void cartClear(Req req) throws IOException {
    Session s = session(req);
    if (s != null) {
      s.clear();
    }
    req.redirect("/cart");
  }

  private String linesTable(List<Line> lines) {
    StringBuilder b = new StringBuilder();
    b.append(
            "<table class=\"tbl_list\" id=\"cartList\">\n<thead><tr><th>상품코드</th><th>상품명</th><th>판매가</th>")
        .append("<th>수량</th><th>합계</th></tr></thead>\n<tbody>\n");
    for (Line l : lines) {
      b.append("<tr><td>")
          .append(esc(l.goods().code()))
          .append("</td><td class=\"subject\">")
          .append("<a href=\"/goods/view?code=")
          .append(esc(l.goods().code()))
          .append("\">")
          .append(esc(l.goods().name()))
          .append("</a></td><td>")
          .append(won(l.goods().price()))
          .append("</td><td>")
          .append(l.qty())
          .append("</td><td>")
          .append(won(l.total()))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    return b.toString();
  }

  private void cart(Req req) throws IOException {
    Member m = requireLogin(req);
    if (m == null) {
      return;
    }
    List<Line> lines = ShopData.lines(session(req).cartCopy());
    StringBuilder b = new StringBuilder("<h2 class=\"tit\">장바구니</h2>\n");
    if (lines.isEmpty()) {
      b.append("<div class=\"msg_box\">장바구니에 담긴 상품이 없습니다.</div>\n");
    } else {
      b.append(linesTable(lines))
          .append("<p class=\"total\">총 상품금액 <strong>")
          .append(won(ShopData.total(lines)))
          .append("</strong></p>\n")
          .append(
              "<div class=\"btn_area\"><a href=\"/order/sheet\" id=\"btnOrder\" class=\"btn_order\">주문하기</a></div>\n");
    }
    b.append("<form method=\"post\" action=\"/cart/clear\" class=\"cart_clear\">")
        .append(
            "<input type=\"submit\" value=\"장바구니 비우기\" id=\"btnCartClear\" class=\"btn_gray\"></form>\n");
    req.html(200, Html.page("장바구니", m.name, b.toString(), null));
  }

  // ---------------------------------------------------------------- 주문서, 결제

  private void orderSheet(Req req) throws IOException {
    Member m = requireLogin(req);
    if (m == null) {
      return;
    }
    List<Line> lines = ShopData.lines(session(req).cartCopy());
    if (lines.isEmpty()) {
      req.html(200, Html.alertAndGo("장바구니에 담긴 상품이 없습니다.", "/cart"));
      return;
    }
    long total = ShopData.total(lines);
    StringBuilder b = new StringBuilder("<h2 class=\"tit\">주문서 작성</h2>\n");
    b.append("<h3 class=\"sub_tit\">주문상품</h3>\n")
        .append(linesTable(lines))
        .append("<h3 class=\"sub_tit\">주문자 정보</h3>\n<table class=\"tbl_form\">\n")
        .append("<tr><th>이름</th><td>")
        .append(esc(m.name))
        .append("</td></tr>\n")
        .append("<tr><th>휴대폰</th><td>")
        .append(esc(m.tel))
        .append("</td></tr>\n")
        .append("<tr><th>이메일</th><td>")
        .append(esc(m.email))
        .append("</td></tr>\n</table>\n")
        .append("<h3 class=\"sub_tit\">결제 정보</h3>\n<table class=\"tbl_form\">\n")
        .append("<tr><th>총 결제금액</th><td><strong id=\"totalPrice\" class=\"price\">")
        .append(won(total))
        .append("</strong></td></tr>\n<tr><th>결제수단</th><td>네이버페이</td></tr>\n</table>\n")
        .append(
            "<div class=\"btn_area\">\n<a href=\"#none\" id=\"btnNaverPay\" class=\"btn_npay\" ")
        .append(
            "onclick=\"return goNaverPay();\"><span class=\"n\">N</span> pay 결제하기</a>\n</div>\n");
    StringBuilder s = new StringBuilder();
    s.append("<script type=\"text/javascript\" src=\"")
        .append(esc(gatewayUrl))
        .append("/js/iamport.payment-1.1.8.js\"></script>\n")
        .append("<script type=\"text/javascript\">\nIMP.init(")
        .append(js(USER_CODE))
        .append(");\n");
    // the browser-side switches: [prefixed-fail-alert] [generic-cancel-alert] [alert-before-verify]
    StringBuilder bugs = new StringBuilder();
    if (on("prefixed-fail-alert")) {
      bugs.append("prefixedFailAlert:true,");
    }
    if (on("generic-cancel-alert")) {
      bugs.append("genericCancelAlert:true,");
    }
    if (on("alert-before-verify")) {
      bugs.append("alertBeforeVerify:true,");
    }
    if (bugs.length() > 0) {
      s.append("var DW_BUG = {").append(bugs, 0, bugs.length() - 1).append("};\n");
    }
    s.append("</script>\n<script type=\"text/javascript\" src=\"/js/dawon.js\"></script>\n");
    req.html(200, Html.page("주문서 작성", m.name, b.toString(), s.toString()));
  }

  /** 결제창을 띄우기 전: 주문서를 만들고 결제 금액을 사전등록한다 (XHR). */
  private void orderCreate(Req req) throws IOException {
    Member m = member(req);
    if (m == null) {
      req.json(fail("로그인이 필요합니다."));
      return;
    }
    Session s = session(req);
    List<Line> lines = ShopData.lines(s.cartCopy());
    if (lines.isEmpty()) {
      req.json(fail("장바구니에 담긴 상품이 없습니다."));
      return;
    }
    long amount = ShopData.total(lines);
    if (amount < MINIMUM_AMOUNT) {
      // [vague-minimum-message] the refusal does not name the minimum
      req.json(fail(on("vague-minimum-message") ? "결제 가능한 금액이 아닙니다." : "최소 결제 금액은 100원입니다."));
      return;
    }
    String no;
    synchronized (m) {
      // [merchant-uid-per-cart] the member's cart number doubles as the order number
      no = on("merchant-uid-per-cart") ? "DW" + m.cartNo : data.newOrderNo();
    }
    // [no-prepare] the amount is not registered before the window opens
    if (!on("no-prepare")) {
      try {
        // an order number seen before (only with merchant-uid-per-cart) gets its amount updated
        Iamport.Reply r =
            data.order(no) == null
                ? iamport.prepare(no, amount)
                : iamport.updatePrepare(no, amount);
        if (!r.ok()) {
          LOG.warning("사전등록 실패 " + no + ": " + r.code() + " " + r.message());
          req.json(fail("주문서 생성 중 오류가 발생했습니다. 잠시 후 다시 시도해주세요."));
          return;
        }
      } catch (IOException e) {
        LOG.log(Level.WARNING, "사전등록 실패 " + no, e);
        req.json(fail("주문서 생성 중 오류가 발생했습니다. 잠시 후 다시 시도해주세요."));
        return;
      }
    }
    Order order = new Order(no, m.id, lines, amount);
    data.save(order);

    ObjectNode pay = json.createObjectNode();
    pay.put("merchant_uid", no);
    String name = order.title();
    if (on("name-with-suffix") && lines.size() > 1) {
      name = name + " 외 " + (lines.size() - 1) + "건"; // [name-with-suffix]
    }
    pay.put("name", name);
    pay.put("amount", amount);
    pay.put("buyer_name", m.name);
    pay.put("buyer_tel", m.tel);
    pay.put("buyer_email", m.email);
    // [no-naver-products] naverProducts left out
    if (!on("no-naver-products")) {
      ArrayNode products = pay.putArray("naverProducts");
      for (Line l : lines) {
        ObjectNode item = products.addObject();
        item.put("categoryType", "PRODUCT");
        item.put("categoryId", "GENERAL");
        item.put("uid", l.goods().code());
        item.put("name", l.goods().name());
        item.put("count", l.qty());
      }
    }
    ObjectNode out = json.createObjectNode();
    out.put("result", "ok");
    out.set("pay", pay);
    req.json(out);
  }

  private ObjectNode fail(String message) {
    ObjectNode out = json.createObjectNode();
    out.put("result", "fail");
    out.put("message", message);
    return out;
  }

  /** 결제 검증 결과. */
  private record Verdict(String result, String message) {}

  /** 결제창이 성공을 알린 뒤: 아임포트에서 결제를 조회하고 금액을 대조한다. 조회가 안 되면 결제완료로 처리하지 않고 "확인중"으로 둔다. */
  private Verdict verify(Order order, String impUid, String browserAmount) {
    synchronized (order) {
      if (order.status == Status.PAID && impUid.equals(order.impUid)) {
        return new Verdict("ok", null);
      }
      if (order.status != Status.READY && order.status != Status.PENDING) {
        return new Verdict("fail", "이미 처리된 주문입니다.");
      }
      Iamport.Reply reply;
      try {
        reply = iamport.payment(impUid);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "결제 조회 실패 " + impUid, e);
        order.status = Status.PENDING;
        order.impUid = impUid;
        return new Verdict("pending", "결제 확인이 지연되고 있습니다. 잠시 후 주문내역에서 결제 상태를 확인해주세요.");
      }
      if (!reply.ok()) {
        order.status = Status.FAILED;
        order.note = "결제 정보 없음";
        return new Verdict("fail", "결제 정보를 확인할 수 없습니다. 다시 주문해주세요.");
      }
      JsonNode p = reply.response();
      if (!order.no.equals(p.path("merchant_uid").asText())) {
        return new Verdict("fail", "주문 정보가 일치하지 않습니다.");
      }
      order.impUid = impUid;
      if (!"paid".equals(p.path("status").asText())) {
        order.status = Status.FAILED;
        order.note = "결제 미완료 (" + p.path("status").asText() + ")";
        return new Verdict("fail", "결제가 정상적으로 완료되지 않았습니다. 다시 주문해주세요.");
      }
      BigDecimal paid = p.path("amount").decimalValue();
      BigDecimal expected = BigDecimal.valueOf(order.amount);
      if (on("amount-from-browser")) {
        // [amount-from-browser] compared with what the page says was paid
        try {
          expected = new BigDecimal(browserAmount.trim());
        } catch (RuntimeException e) {
          expected = BigDecimal.valueOf(-1);
        }
      }
      if (paid.compareTo(expected) != 0) {
        ObjectNode cancel = iamport.object();
        cancel.put("imp_uid", impUid);
        cancel.put("merchant_uid", order.no);
        cancel.put("reason", "결제 금액 불일치 (위변조 의심) 자동취소");
        cancel.putObject("extra").put("requester", "admin");
        try {
          Iamport.Reply r = iamport.cancel(cancel);
          if (!r.ok()) {
            LOG.warning("위변조 결제 취소 실패 " + impUid + ": " + r.message());
          }
        } catch (IOException e) {
          LOG.log(Level.WARNING, "위변조 결제 취소 실패 " + impUid, e);
        }
        order.status = Status.FAILED;
        order.note = "결제 금액 불일치 " + paid.toPlainString() + "원";
        return new Verdict("fail", "결제 금액이 주문 금액과 일치하지 않아 결제를 취소하였습니다. 다시 주문해주세요.");
      }
      order.status = Status.PAID;
      order.note = "";
      return new Verdict("ok", null);
    }
  }

  private void payResult(Req req) throws IOException {
    Member m = member(req);
    if (m == null) {
      req.json(fail("로그인이 필요합니다."));
      return;
    }
    String impUid = req.param("imp_uid");
    Order order = data.order(req.param("merchant_uid"));
    if (order == null || !order.memberId.equals(m.id)) {
      req.json(fail("주문 정보를 찾을 수 없습니다."));
      return;
    }
    if (impUid.isBlank()) {
      req.json(fail("결제 정보를 확인할 수 없습니다. 다시 주문해주세요."));
      return;
    }
    Verdict v = verify(order, impUid, req.param("paid_amount"));
    ObjectNode out = json.createObjectNode();
    out.put("result", v.result());
    if (v.message() != null) {
      out.put("message", v.message());
    }
    if (v.result().equals("ok")) {
      out.put("no", order.no);
      session(req).clear();
    }
    req.json(out);
  }

  private void orderComplete(Req req) throws IOException {
    Member m = requireLogin(req);
    if (m == null) {
      return;
    }
    Order o = data.order(req.param("no"));
    if (o == null || !o.memberId.equals(m.id)) {
      req.html(200, Html.alertAndGo("주문 정보를 찾을 수 없습니다.", "/mypage/orders"));
      return;
    }
    if (o.status == Status.PENDING && o.impUid != null) {
      verify(o, o.impUid, null); // 지연되었던 결제를 다시 조회
    }
    StringBuilder b = new StringBuilder("<div class=\"order_end\">\n");
    if (o.status == Status.PAID) {
      b.append("<h2 class=\"tit_end\" id=\"orderEnd\">주문이 완료되었습니다</h2>\n")
          .append("<p class=\"desc\">다원 찻집을 이용해 주셔서 감사합니다. 정성껏 준비하여 보내드리겠습니다.</p>\n");
    } else if (o.status == Status.PENDING) {
      b.append("<h2 class=\"tit_wait\">결제 확인 중인 주문입니다</h2>\n");
    } else {
      b.append("<h2 class=\"tit_fail\">결제가 완료되지 않은 주문입니다</h2>\n");
    }
    b.append("<table class=\"tbl_form\">\n<tr><th>주문번호</th><td id=\"orderNo\">")
        .append(esc(o.no))
        .append("</td></tr>\n")
        .append("<tr><th>상품명</th><td>")
        .append(esc(o.title()))
        .append(o.lines.size() > 1 ? " 외 " + (o.lines.size() - 1) + "건" : "")
        .append("</td></tr>\n")
        .append("<tr><th>결제금액</th><td>")
        .append(won(o.amount))
        .append("</td></tr>\n")
        .append("<tr><th>주문상태</th><td>")
        .append(esc(o.status.label))
        .append("</td></tr>\n</table>\n")
        .append(
            "<div class=\"btn_area\"><a href=\"/mypage/orders\" class=\"btn_gray\">주문내역 보기</a> ")
        .append("<a href=\"/\" class=\"btn_gray\">쇼핑 계속하기</a></div>\n</div>\n");
    req.html(200, Html.page("주문완료", m.name, b.toString(), null));
  }

  // ---------------------------------------------------------------- 회원

  private void loginForm(Req req) throws IOException {
    String back = req.param("returnUrl");
    String b =
        "<div class=\"login_box\">\n<h2 class=\"tit\">회원 로그인</h2>\n"
            + "<form name=\"loginForm\" id=\"loginForm\" method=\"post\" action=\"/member/login\">\n"
            + "<input type=\"hidden\" name=\"returnUrl\" value=\""
            + esc(back)
            + "\">\n"
            + "<table class=\"tbl_form\">\n"
            + "<tr><th><label for=\"mb_id\">아이디</label></th><td><input type=\"text\" name=\"mb_id\" id=\"mb_id\" maxlength=\"20\"></td></tr>\n"
            + "<tr><th><label for=\"mb_pw\">비밀번호</label></th><td><input type=\"password\" name=\"mb_pw\" id=\"mb_pw\" maxlength=\"20\"></td></tr>\n"
            + "</table>\n<div class=\"btn_area\"><input type=\"submit\" value=\"로그인\" id=\"btnLogin\" class=\"btn_login\"></div>\n"
            + "</form>\n<p class=\"help\">데모 계정: tealover / dawon2024</p>\n</div>\n";
    req.html(200, Html.page("로그인", memberName(req), b, null));
  }

  private void login(Req req) throws IOException {
    Member m = data.login(req.param("mb_id").trim(), req.param("mb_pw"));
    if (m == null) {
      req.html(200, Html.alertAndGo("아이디 또는 비밀번호가 일치하지 않습니다.", null));
      return;
    }
    data.dropSession(req.cookie(SESSION_COOKIE));
    Session s = data.newSession();
    s.memberId = m.id;
    req.setCookie(SESSION_COOKIE, s.id, "/");
    String back = req.param("returnUrl");
    if (!back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
      back = "/";
    }
    req.redirect(back);
  }

  private void logout(Req req) throws IOException {
    data.dropSession(req.cookie(SESSION_COOKIE));
    req.clearCookie(SESSION_COOKIE, "/");
    req.redirect("/");
  }

  private String orderDate(Order o) {
    return new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.KOREA).format(new Date(o.createdAt));
  }

  private static String statusClass(Status s) {
    return switch (s) {
      case READY -> "st_ready";
      case PAID -> "st_paid";
      case PENDING -> "st_pending";
      case FAILED -> "st_failed";
      case PARTIAL -> "st_partial";
      case CANCELLED -> "st_cancel";
    };
  }

  private void myOrders(Req req) throws IOException {
    Member m = requireLogin(req);
    if (m == null) {
      return;
    }
    StringBuilder b = new StringBuilder("<h2 class=\"tit\">주문내역</h2>\n");
    b.append(
            "<table class=\"tbl_list\" id=\"orderList\">\n<thead><tr><th>주문일시</th><th>주문번호</th><th>상품명</th>")
        .append("<th>결제금액</th><th>상태</th><th>관리</th></tr></thead>\n<tbody>\n");
    List<Order> list = data.ordersOf(m.id);
    if (list.isEmpty()) {
      b.append("<tr><td colspan=\"6\" class=\"empty\">주문내역이 없습니다.</td></tr>\n");
    }
    for (Order o : list) {
      b.append("<tr id=\"ord_")
          .append(esc(o.no))
          .append("\"><td>")
          .append(orderDate(o))
          .append("</td><td>")
          .append("<a href=\"/order/complete?no=")
          .append(esc(o.no))
          .append("\">")
          .append(esc(o.no))
          .append("</a></td><td class=\"subject\">")
          .append(esc(o.title()))
          .append(o.lines.size() > 1 ? " 외 " + (o.lines.size() - 1) + "건" : "")
          .append("</td><td>")
          .append(won(o.amount))
          .append("</td><td class=\"status ")
          .append(statusClass(o.status))
          .append("\">")
          .append(esc(o.status.label))
          .append("</td><td>");
      if (o.status == Status.PAID) {
        b.append("<button type=\"button\" class=\"btn_cancel\" onclick=\"return cancelOrder(")
            .append(esc(js(o.no)))
            .append(");\">취소</button>");
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    String scripts = "<script type=\"text/javascript\" src=\"/js/dawon.js\"></script>\n";
    req.html(200, Html.page("주문내역", m.name, b.toString(), scripts));
  }

  /** 주문내역의 취소 버튼 (XHR). */
  private void buyerCancel(Req req) throws IOException {
    Member m = member(req);
    if (m == null) {
      req.json(fail("로그인이 필요합니다."));
      return;
    }
    Order o = data.order(req.param("no"));
    if (o == null || !o.memberId.equals(m.id)) {
      req.json(fail("주문 정보를 찾을 수 없습니다."));
      return;
    }
    synchronized (o) {
      if (o.status != Status.PAID) {
        req.json(fail("취소할 수 없는 주문입니다."));
        return;
      }
      ObjectNode body = iamport.object();
      body.put("imp_uid", o.impUid);
      body.put("merchant_uid", o.no);
      // [buyer-cancel-without-reason] no reason sent
      if (!on("buyer-cancel-without-reason")) {
        body.put("reason", "구매자 주문취소");
      }
      // [buyer-cancel-as-admin] the buyer's cancel claims the back office asked
      body.putObject("extra").put("requester", on("buyer-cancel-as-admin") ? "admin" : "customer");
      String error = cancelAtGateway(o, body);
      if (error != null) {
        req.json(fail(error));
        return;
      }
      o.refunded = o.amount;
      o.status = Status.CANCELLED;
    }
    ObjectNode out = json.createObjectNode();
    out.put("result", "ok");
    out.put("message", "주문이 취소되었습니다.");
    req.json(out);
  }

  /** 취소 요청. 성공하면 null, 아니면 고객에게 보여줄 사유. */
  private String cancelAtGateway(Order o, ObjectNode body) {
    try {
      Iamport.Reply r = iamport.cancel(body);
      if (!r.ok()) {
        LOG.warning("결제 취소 거절 " + o.no + ": " + r.code() + " " + r.message());
        return "결제 취소에 실패하였습니다." + (r.message() == null ? "" : " (" + r.message() + ")");
      }
      return null;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "결제 취소 실패 " + o.no, e);
      return "취소 처리 중 오류가 발생했습니다. 잠시 후 다시 시도해주세요.";
    }
  }

  // ---------------------------------------------------------------- 관리자

  private void adminLoginForm(Req req) throws IOException {
    String b =
        "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>다원 찻집 관리자</title>"
            + "<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/dawon.css\"></head>\n<body class=\"adm\">\n"
            + "<div class=\"adm_login\">\n<h1>다원 찻집 관리자</h1>\n"
            + "<form name=\"admLoginForm\" id=\"admLoginForm\" method=\"post\" action=\"/adm/login\">\n"
            + "<p><label for=\"adm_id\">관리자 아이디</label> <input type=\"text\" name=\"adm_id\" id=\"adm_id\"></p>\n"
            + "<p><label for=\"adm_pw\">비밀번호</label> <input type=\"password\" name=\"adm_pw\" id=\"adm_pw\"></p>\n"
            + "<p><input type=\"submit\" value=\"로그인\" id=\"btnAdmLogin\" class=\"btn_login\"></p>\n"
            + "</form>\n</div>\n</body></html>\n";
    req.html(200, b);
  }

  private void adminLogin(Req req) throws IOException {
    if (!ADMIN_ID.equals(req.param("adm_id").trim())
        || !ADMIN_PASSWORD.equals(req.param("adm_pw"))) {
      req.html(200, Html.alertAndGo("관리자 정보가 올바르지 않습니다.", null));
      return;
    }
    data.dropAdmin(req.cookie(ADMIN_COOKIE));
    req.setCookie(ADMIN_COOKIE, data.newAdminSession(), "/adm");
    req.redirect("/adm/");
  }

  private void adminLogout(Req req) throws IOException {
    data.dropAdmin(req.cookie(ADMIN_COOKIE));
    req.clearCookie(ADMIN_COOKIE, "/adm");
    req.redirect("/adm/login");
  }

  private void adminOrders(Req req) throws IOException {
    if (!requireAdmin(req)) {
      return;
    }
    StringBuilder b = new StringBuilder();
    b.append(
            "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>주문관리 - 다원 찻집 관리자</title>")
        .append(
            "<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/dawon.css\"></head>\n<body class=\"adm\">\n")
        .append(
            "<div id=\"adm_header\"><h1>다원 찻집 관리자</h1> <a href=\"/adm/logout\">로그아웃</a></div>\n")
        .append("<div id=\"adm_container\">\n<h2>주문관리</h2>\n")
        .append(
            "<table class=\"tbl_list\" id=\"admOrderList\">\n<thead><tr><th>주문일시</th><th>주문번호</th><th>회원</th>")
        .append(
            "<th>상품명</th><th>결제금액</th><th>환불금액</th><th>상태</th><th>imp_uid</th><th>전체취소</th><th>부분환불</th></tr></thead>\n<tbody>\n");
    for (Order o : data.allOrders()) {
      b.append("<tr id=\"ord_")
          .append(esc(o.no))
          .append("\"><td>")
          .append(orderDate(o))
          .append("</td><td>")
          .append(esc(o.no))
          .append("</td><td>")
          .append(esc(o.memberId))
          .append("</td><td class=\"subject\">")
          .append(esc(o.title()))
          .append("</td><td>")
          .append(won(o.amount))
          .append("</td><td>")
          .append(won(o.refunded))
          .append("</td><td class=\"status ")
          .append(statusClass(o.status))
          .append("\">")
          .append(esc(o.status.label))
          .append(o.note.isEmpty() ? "" : "<br><small>" + esc(o.note) + "</small>")
          .append("</td><td>")
          .append(esc(o.impUid))
          .append("</td><td>");
      boolean refundable = o.status == Status.PAID || o.status == Status.PARTIAL;
      if (refundable) {
        b.append("<form method=\"post\" action=\"/adm/order/cancel\" class=\"frm_cancel\">")
            .append("<input type=\"hidden\" name=\"no\" value=\"")
            .append(esc(o.no))
            .append("\">")
            .append("<input type=\"submit\" value=\"전체취소\" class=\"btn_full_cancel\"></form>");
      }
      b.append("</td><td>");
      if (refundable) {
        b.append("<form method=\"post\" action=\"/adm/order/refund\" class=\"frm_refund\">")
            .append("<input type=\"hidden\" name=\"no\" value=\"")
            .append(esc(o.no))
            .append("\">")
            .append(
                "<input type=\"text\" name=\"refund_amount\" size=\"8\" class=\"inp_refund\" title=\"환불금액\"> 원 ")
            .append("<input type=\"submit\" value=\"부분환불\" class=\"btn_refund\"></form>");
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</div>\n</body></html>\n");
    req.html(200, b.toString());
  }

  private void adminCancel(Req req) throws IOException {
    if (!requireAdmin(req)) {
      return;
    }
    Order o = data.order(req.param("no"));
    if (o == null) {
      req.html(200, Html.alertAndGo("주문 정보를 찾을 수 없습니다.", "/adm/"));
      return;
    }
    synchronized (o) {
      if (o.status != Status.PAID && o.status != Status.PARTIAL) {
        req.html(200, Html.alertAndGo("취소할 수 없는 주문입니다.", "/adm/"));
        return;
      }
      ObjectNode body = iamport.object();
      body.put("imp_uid", o.impUid);
      body.put("merchant_uid", o.no);
      body.put("reason", "관리자 전체취소");
      body.putObject("extra").put("requester", "admin");
      String error = cancelAtGateway(o, body);
      if (error != null) {
        req.html(200, Html.alertAndGo(error, "/adm/"));
        return;
      }
      o.refunded = o.amount;
      o.status = Status.CANCELLED;
    }
    req.html(200, Html.alertAndGo("전체취소 처리되었습니다.", "/adm/"));
  }

  private void adminRefund(Req req) throws IOException {
    if (!requireAdmin(req)) {
      return;
    }
    Order o = data.order(req.param("no"));
    if (o == null) {
      req.html(200, Html.alertAndGo("주문 정보를 찾을 수 없습니다.", "/adm/"));
      return;
    }
    long amount;
    try {
      amount = Long.parseLong(req.param("refund_amount").replace(",", "").trim());
    } catch (NumberFormatException e) {
      amount = 0;
    }
    synchronized (o) {
      if (o.status != Status.PAID && o.status != Status.PARTIAL) {
        req.html(200, Html.alertAndGo("환불할 수 없는 주문입니다.", "/adm/"));
        return;
      }
      if (amount < 1 || amount > o.refundable()) {
        req.html(
            200,
            Html.alertAndGo("환불 금액을 확인해주세요. (환불 가능 금액: " + won(o.refundable()) + ")", "/adm/"));
        return;
      }
      ObjectNode body = iamport.object();
      body.put("imp_uid", o.impUid);
      body.put("merchant_uid", o.no);
      body.put("amount", amount);
      // [refund-without-checksum] the cancellable balance is not sent
      if (!on("refund-without-checksum")) {
        body.put("checksum", o.refundable());
      }
      body.put("reason", "관리자 부분환불");
      body.putObject("extra").put("requester", "admin");
      String error = cancelAtGateway(o, body);
      if (error != null) {
        req.html(200, Html.alertAndGo(error, "/adm/"));
        return;
      }
      o.refunded += amount;
      o.status = o.refundable() == 0 ? Status.CANCELLED : Status.PARTIAL;
    }
    req.html(200, Html.alertAndGo(won(amount) + " 부분환불 처리되었습니다.", "/adm/"));
  }

  // ---------------------------------------------------------------- 정적 파일

  private void resource(Req req, String path) throws IOException {
    try (InputStream in = DawonShop.class.getResourceAsStream("/zoo/teahouse/web" + path)) {
      if (in == null) {
        req.send(404, "text/plain; charset=UTF-8", "not found");
        return;
      }
      String type =
          path.endsWith(".js")
              ? "application/javascript; charset=UTF-8"
              : "text/css; charset=UTF-8";
      req.send(200, type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  // ---------------------------------------------------------------- HTTP

  private final class Req {
    final HttpExchange ex;
    final String method;
    final String path;
    final String rawQuery;
    final Map<String, String> params = new HashMap<>();
    final Map<String, String> cookies = new HashMap<>();

    Req(HttpExchange ex) throws IOException {
      this.ex = ex;
      this.method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
      this.path = ex.getRequestURI().getPath();
      this.rawQuery = ex.getRequestURI().getRawQuery();
      parse(rawQuery);
      if (method.equals("POST")) {
        byte[] body = ex.getRequestBody().readNBytes(64 * 1024);
        String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
        if (type.startsWith("application/x-www-form-urlencoded")) {
          parse(new String(body, StandardCharsets.ISO_8859_1));
        }
      }
      List<String> headers = ex.getRequestHeaders().get("Cookie");
      if (headers != null) {
        for (String header : headers) {
          for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
              cookies.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
          }
        }
      }
    }

    private void parse(String raw) {
      if (raw == null || raw.isEmpty()) {
        return;
      }
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String k = eq < 0 ? pair : pair.substring(0, eq);
        String v = eq < 0 ? "" : pair.substring(eq + 1);
        try {
          params.put(
              URLDecoder.decode(k, StandardCharsets.UTF_8),
              URLDecoder.decode(v, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException ignored) {
          // 잘못 인코딩된 값은 버린다
        }
      }
    }

    String param(String name) {
      String v = params.get(name);
      return v == null ? "" : v;
    }

    String cookie(String name) {
      return cookies.get(name);
    }

    void setCookie(String name, String value, String cookiePath) {
      ex.getResponseHeaders()
          .add(
              "Set-Cookie",
              name + "=" + value + "; Path=" + cookiePath + "; HttpOnly; SameSite=Lax");
    }

    void clearCookie(String name, String cookiePath) {
      ex.getResponseHeaders()
          .add(
              "Set-Cookie", name + "=; Path=" + cookiePath + "; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    void redirect(String location) throws IOException {
      ex.getResponseHeaders().set("Location", location);
      ex.sendResponseHeaders(302, -1);
    }

    void html(int status, String body) throws IOException {
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      send(status, "text/html; charset=UTF-8", body);
    }

    void json(JsonNode node) throws IOException {
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      send(200, "application/json; charset=UTF-8", json.writeValueAsString(node));
    }

    void send(int status, String type, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", type);
      boolean head = method.equals("HEAD");
      ex.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
      if (!head && bytes.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }
}
