package dev.preflight.zoo.atelier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.preflight.zoo.ZooShop;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 아틀리에 모노: a design-goods shop written as a single-page app on the History API. Every page address
 * answers with the same index.html and app.js routes on the path; this server is that page plus a
 * JSON API under /api, the session cookies, and the shop's side of Naver Pay through the i'mport v1
 * gateway (prepare, lookup, cancel, webhook).
 */
public final class AtelierShop implements ZooShop {
  static final String USER_CODE = "imp16180339";
  static final String IMP_KEY = "atelier_mono_key";
  static final String IMP_SECRET = "atelier-mono-secret-4c2e";
  static final long MINIMUM = 100;

  private static final System.Logger LOG = System.getLogger("atelier");
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final String BUYER_COOKIE = "atelier_sid";
  private static final String ADMIN_COOKIE = "atelier_admin";

  /** The demo accounts: one buyer, one back-office manager. */
  private record Account(String email, String password, String name, String tel) {}

  private static final Account BUYER =
      new Account("buyer@atelier-mono.kr", "mono1234", "정하은", "010-4821-7730");
  private static final Account MANAGER =
      new Account("admin@atelier-mono.kr", "mono-admin-2024", "관리자", "02-555-0142");

  /** A request as the handlers see it. */
  private record Call(HttpExchange exchange, Matcher path, JsonNode body) {
    String group(int i) {
      return URLDecoder.decode(path.group(i), StandardCharsets.UTF_8);
    }
  }

  /** An answer: a status and a JSON body. */
  private record Reply(int status, JsonNode body, String cookie) {}

  /** A refusal the buyer or the manager is told about, as {"message": …}. */
  private static final class Refusal extends RuntimeException {
    final int status;

    Refusal(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private interface Handler {
    Reply handle(Call call) throws Exception;
  }

  private record Route(String method, Pattern path, Handler handler) {}

  private final ObjectMapper json = new ObjectMapper();
  private final Set<Mistake> mistakes;
  private final String gatewayUrl;
  private final Gateway gateway;
  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(12);
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Account> buyers = new ConcurrentHashMap<>();
  private final Set<String> managers = ConcurrentHashMap.newKeySet();
  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  private final List<Order> newestLast = new CopyOnWriteArrayList<>();
  private final List<Route> routes = new ArrayList<>();

  private AtelierShop(String gatewayUrl, Set<Mistake> mistakes) throws IOException {
    this.gatewayUrl = gatewayUrl.replaceAll("/+$", "");
    this.mistakes = mistakes;
    this.gateway = new Gateway(this.gatewayUrl, IMP_KEY, IMP_SECRET, json);
    routes.add(new Route("GET", Pattern.compile("/api/products"), this::products));
    routes.add(new Route("GET", Pattern.compile("/api/me"), this::me));
    routes.add(new Route("POST", Pattern.compile("/api/login"), this::login));
    routes.add(new Route("POST", Pattern.compile("/api/logout"), this::logout));
    routes.add(new Route("POST", Pattern.compile("/api/orders"), this::placeOrder));
    routes.add(new Route("POST", Pattern.compile("/api/payments/complete"), this::complete));
    routes.add(new Route("GET", Pattern.compile("/api/my/orders"), this::myOrders));
    routes.add(new Route("GET", Pattern.compile("/api/my/orders/([^/]+)"), this::myOrder));
    routes.add(
        new Route("POST", Pattern.compile("/api/my/orders/([^/]+)/cancel"), this::buyerCancel));
    routes.add(new Route("GET", Pattern.compile("/api/admin/orders"), this::allOrders));
    routes.add(
        new Route("POST", Pattern.compile("/api/admin/orders/([^/]+)/cancel"), this::adminCancel));
    routes.add(new Route("POST", Pattern.compile("/api/iamport/webhook"), this::webhook));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::serve);
    server.start();
  }

  public static AtelierShop start(String gatewayUrl, Set<String> switches) {
    Set<Mistake> on = EnumSet.noneOf(Mistake.class);
    switches.forEach(id -> on.add(Mistake.of(id)));
    try {
      return new AtelierShop(gatewayUrl, on);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> violationNames() {
    return Mistake.ids();
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

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println(
          "usage: AtelierShop <gatewayUrl> [switch ...]; switches: " + Mistake.ids());
      System.exit(2);
    }
    AtelierShop shop = start(args[0], new LinkedHashSet<>(List.of(args).subList(1, args.length)));
    System.out.println("아틀리에 모노 " + shop.baseUrl() + " (gateway " + args[0] + ")");
  }

  // ---- HTTP

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/api/")) {
        api(exchange, path);
      } else if (path.startsWith("/assets/")) {
        asset(exchange, path.substring("/assets/".length()));
      } else if (exchange.getRequestMethod().equals("GET")) {
        // Every other address is a route of the app: the same page, which routes on the path.
        send(exchange, 200, "text/html; charset=utf-8", page().getBytes(StandardCharsets.UTF_8));
      } else {
        send(exchange, 405, "text/plain", new byte[0]);
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "atelier: " + e);
    }
  }

  private void api(HttpExchange exchange, String path) throws IOException {
    for (Route route : routes) {
      Matcher m = route.path().matcher(path);
      if (!m.matches() || !route.method().equals(exchange.getRequestMethod())) {
        continue;
      }
      Reply reply;
      try {
        reply = route.handler().handle(new Call(exchange, m, body(exchange)));
      } catch (Refusal r) {
        reply = new Reply(r.status, json.createObjectNode().put("message", r.getMessage()), null);
      } catch (Exception e) {
        LOG.log(System.Logger.Level.WARNING, "atelier " + path + ": " + e);
        reply = new Reply(500, json.createObjectNode().put("message", "일시적인 오류입니다."), null);
      }
      if (reply.cookie() != null) {
        exchange.getResponseHeaders().add("Set-Cookie", reply.cookie());
      }
      send(
          exchange,
          reply.status(),
          "application/json; charset=utf-8",
          json.writeValueAsBytes(reply.body()));
      return;
    }
    send(
        exchange,
        404,
        "application/json",
        "{\"message\":\"없는 API입니다.\"}".getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode body(HttpExchange exchange) throws IOException {
    byte[] raw = exchange.getRequestBody().readAllBytes();
    if (raw.length == 0) {
      return json.createObjectNode();
    }
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    if (type.startsWith("application/x-www-form-urlencoded")) {
      ObjectNode form = json.createObjectNode();
      for (String pair : new String(raw, StandardCharsets.UTF_8).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          form.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      return form;
    }
    try {
      return json.readTree(raw);
    } catch (IOException notJson) {
      throw new Refusal(400, "요청을 읽을 수 없습니다.");
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  private void asset(HttpExchange exchange, String name) throws IOException {
    if (!name.matches("[a-z0-9-]+\\.(js|css|svg)")) {
      send(exchange, 404, "text/plain", new byte[0]);
      return;
    }
    byte[] bytes = resource(name);
    if (bytes == null) {
      send(exchange, 404, "text/plain", new byte[0]);
      return;
    }
    String type =
        name.endsWith(".js")
            ? "text/javascript; charset=utf-8"
            : name.endsWith(".css") ? "text/css; charset=utf-8" : "image/svg+xml";
    send(exchange, 200, type, bytes);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = AtelierShop.class.getResourceAsStream("/zoo/atelier/web/" + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  /** index.html with the gateway's SDK and the app's settings (and its browser-side switches). */
  String page() throws IOException {
    ObjectNode settings =
        json.createObjectNode().put("userCode", USER_CODE).put("minimum", MINIMUM);
    ArrayNode on = settings.putArray("mistakes");
    mistakes.stream().filter(Mistake::inBrowser).map(Mistake::id).forEach(on::add);
    return new String(resource("index.html"), StandardCharsets.UTF_8)
        .replace("{{SDK}}", gatewayUrl + "/v1/iamport.js")
        .replace("{{SETTINGS}}", json.writeValueAsString(settings).replace("</", "<\\/"));
  }

  // ---- sessions

  private Optional<String> cookie(Call call, String name) {
    List<String> headers = call.exchange().getRequestHeaders().getOrDefault("Cookie", List.of());
    for (String header : headers) {
      for (String part : header.split(";")) {
        String[] kv = part.trim().split("=", 2);
        if (kv.length == 2 && kv[0].equals(name)) {
          return Optional.of(kv[1]);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Account> buyer(Call call) {
    return cookie(call, BUYER_COOKIE).map(buyers::get);
  }

  private Account signedInBuyer(Call call) {
    return buyer(call).orElseThrow(() -> new Refusal(401, "로그인이 필요합니다."));
  }

  private void signedInManager(Call call) {
    if (cookie(call, ADMIN_COOKIE).filter(managers::contains).isEmpty()) {
      throw new Refusal(401, "관리자 로그인이 필요합니다.");
    }
  }

  private Reply me(Call call) {
    ObjectNode me = json.createObjectNode();
    buyer(call)
        .ifPresentOrElse(
            b ->
                me.putObject("buyer")
                    .put("email", b.email())
                    .put("name", b.name())
                    .put("tel", b.tel()),
            () -> me.putNull("buyer"));
    me.put("admin", cookie(call, ADMIN_COOKIE).filter(managers::contains).isPresent());
    return new Reply(200, me, null);
  }

  private Reply login(Call call) {
    String role = call.body().path("role").asText("buyer");
    String email = call.body().path("email").asText("").trim();
    String password = call.body().path("password").asText("");
    Account account = role.equals("admin") ? MANAGER : BUYER;
    if (!account.email().equalsIgnoreCase(email) || !account.password().equals(password)) {
      throw new Refusal(401, "이메일 또는 비밀번호가 맞지 않습니다.");
    }
    String sid = HexFormat.of().formatHex(randomBytes(18));
    String name;
    if (role.equals("admin")) {
      managers.add(sid);
      name = ADMIN_COOKIE;
    } else {
      buyers.put(sid, account);
      name = BUYER_COOKIE;
    }
    return new Reply(
        200,
        json.createObjectNode().put("ok", true),
        name + "=" + sid + "; Path=/; HttpOnly; SameSite=Lax");
  }

  private Reply logout(Call call) {
    cookie(call, BUYER_COOKIE).ifPresent(buyers::remove);
    return new Reply(
        200, json.createObjectNode().put("ok", true), BUYER_COOKIE + "=; Path=/; Max-Age=0");
  }

  private byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  // ---- catalogue and orders

  private Reply products(Call call) {
    ArrayNode list = json.createArrayNode();
    Catalogue.ALL.forEach(g -> list.add(goods(g)));
    return new Reply(200, list, null);
  }

  private ObjectNode goods(Catalogue.Goods g) {
    ObjectNode node =
        json.createObjectNode()
            .put("id", g.id())
            .put("name", g.name())
            .put("price", g.price())
            .put("categoryType", g.categoryType())
            .put("categoryId", g.categoryId())
            .put("blurb", g.blurb());
    if (g.dated()) {
      node.put("day", g.day());
    }
    return node;
  }

  /**
   * Opens an order for the cart the page sends, priced here, and registers its amount with the
   * gateway before the page opens the Naver Pay window.
   */
  private Reply placeOrder(Call call) throws Gateway.Refused {
    Account buyer = signedInBuyer(call);
    Map<String, Integer> counts = new TreeMap<>();
    for (JsonNode item : call.body().path("items")) {
      String id = item.path("id").asText();
      int count = item.path("count").asInt(0);
      if (Catalogue.find(id).isEmpty() || count < 1 || count > 20) {
        throw new Refusal(400, "장바구니에 주문할 수 없는 상품이 있습니다.");
      }
      counts.merge(id, count, Integer::sum);
    }
    if (counts.isEmpty()) {
      throw new Refusal(400, "장바구니가 비어 있습니다.");
    }
    List<Order.Line> lines = new ArrayList<>();
    // The page's order, not the sorted one: the first product the buyer put in names the order.
    for (JsonNode item : call.body().path("items")) {
      String id = item.path("id").asText();
      if (counts.containsKey(id)) {
        lines.add(new Order.Line(Catalogue.find(id).orElseThrow(), counts.remove(id)));
      }
    }
    long amount = lines.stream().mapToLong(Order.Line::total).sum();
    if (amount < MINIMUM) {
      throw new Refusal(400, "네이버페이는 최소 " + MINIMUM + "원부터 결제할 수 있습니다.");
    }
    String merchantUid;
    Order order;
    if (mistakes.contains(Mistake.UID_FROM_CART)) {
      // "One order per buyer, day and cart" — meant to stop double orders on a double click.
      String day = LocalDate.now(SEOUL).format(DateTimeFormatter.BASIC_ISO_DATE);
      String key = buyer.email() + "|" + day + "|" + lines;
      merchantUid = "ATM-" + day + "-" + Integer.toHexString(key.hashCode());
      order =
          orders.computeIfAbsent(
              merchantUid, uid -> remember(new Order(uid, buyer.email(), lines)));
    } else {
      String day = LocalDate.now(SEOUL).format(DateTimeFormatter.BASIC_ISO_DATE);
      merchantUid = "ATM-" + day + "-" + HexFormat.of().formatHex(randomBytes(5));
      order = remember(new Order(merchantUid, buyer.email(), lines));
      orders.put(merchantUid, order);
    }
    try {
      gateway.prepare(merchantUid, amount);
    } catch (Gateway.Refused refused) {
      if (!mistakes.contains(Mistake.UID_FROM_CART)) {
        throw new Refusal(502, "결제를 준비하지 못했습니다. 잠시 후 다시 시도해주세요.");
      }
      LOG.log(
          System.Logger.Level.INFO,
          "atelier: prepare " + merchantUid + ": " + refused.getMessage());
    }
    ObjectNode reply = orderJson(order);
    reply
        .putObject("buyer")
        .put("email", buyer.email())
        .put("name", buyer.name())
        .put("tel", buyer.tel());
    return new Reply(200, reply, null);
  }

  private Order remember(Order order) {
    newestLast.add(order);
    return order;
  }

  private ObjectNode orderJson(Order order) {
    ObjectNode node =
        json.createObjectNode()
            .put("merchant_uid", order.merchantUid)
            .put("title", order.title())
            .put("amount", order.amount)
            .put("cancelled", order.cancelled())
            .put("balance", order.balance())
            .put("status", order.status().name().toLowerCase())
            .put("status_label", order.status().label)
            .put("note", order.note());
    ArrayNode lines = node.putArray("lines");
    for (Order.Line line : order.lines) {
      lines.add(goods(line.goods()).put("count", line.count()));
    }
    return node;
  }

  /** The page's word that Naver approved: believed only after the gateway says the same. */
  private Reply complete(Call call) {
    signedInBuyer(call);
    String impUid = call.body().path("imp_uid").asText("");
    String merchantUid = call.body().path("merchant_uid").asText("");
    Order order = orders.get(merchantUid);
    if (order == null || impUid.isBlank()) {
      throw new Refusal(404, "주문을 찾을 수 없습니다.");
    }
    JsonNode payment;
    try {
      payment = gateway.payment(impUid);
    } catch (Gateway.Refused refused) {
      throw new Refusal(502, "결제 내역을 확인하지 못했습니다. 주문이 접수되지 않았으니 잠시 후 주문 내역을 확인해주세요.");
    }
    settle(order, payment);
    if (order.status() != Order.Status.PAID) {
      throw new Refusal(409, order.note());
    }
    return new Reply(200, orderJson(order), null);
  }

  /**
   * Compares the gateway's payment with the order and records the outcome, once: the page and the
   * webhook may both arrive. A payment for another amount is cancelled at once.
   */
  private void settle(Order order, JsonNode payment) {
    synchronized (order) {
      if (order.status() != Order.Status.READY) {
        return;
      }
      String impUid = payment.path("imp_uid").asText();
      if (!order.merchantUid.equals(payment.path("merchant_uid").asText())) {
        order.refused(impUid, "다른 주문의 결제입니다. 고객센터로 문의해주세요.");
        return;
      }
      if (!"paid".equals(payment.path("status").asText())) {
        order.refused(impUid, "결제가 승인되지 않았습니다. 다시 시도해주세요.");
        return;
      }
      long paid = payment.path("amount").asLong(-1);
      if (paid == order.amount) {
        order.paid(impUid);
        return;
      }
      if (mistakes.contains(Mistake.TAMPER_NOT_REFUNDED)) {
        order.refused(impUid, "결제 금액이 주문 금액과 다릅니다. 고객센터로 문의해주세요.");
        return;
      }
      ObjectNode cancel =
          json.createObjectNode()
              .put("imp_uid", impUid)
              .put("merchant_uid", order.merchantUid)
              .put("reason", "결제 금액 불일치 (주문 " + order.amount + "원, 결제 " + paid + "원)");
      cancel.putObject("extra").put("requester", "admin");
      try {
        gateway.cancel(cancel);
        order.refused(impUid, "결제 금액이 주문 금액과 달라 결제를 취소했습니다. 다시 주문해주세요.");
      } catch (Gateway.Refused refused) {
        order.refused(impUid, "결제 금액이 주문 금액과 다릅니다. 고객센터로 문의해주세요.");
      }
    }
  }

  private Reply webhook(Call call) {
    String impUid = call.body().path("imp_uid").asText("");
    Order order = orders.get(call.body().path("merchant_uid").asText(""));
    if (order == null || impUid.isBlank()) {
      return new Reply(200, json.createObjectNode().put("ok", true), null);
    }
    try {
      settle(order, gateway.payment(impUid));
    } catch (Gateway.Refused refused) {
      throw new Refusal(503, refused.getMessage());
    }
    return new Reply(200, json.createObjectNode().put("ok", true), null);
  }

  private Reply myOrders(Call call) {
    Account buyer = signedInBuyer(call);
    ArrayNode list = json.createArrayNode();
    for (int i = newestLast.size() - 1; i >= 0; i--) {
      Order order = newestLast.get(i);
      if (order.buyer.equals(buyer.email()) && order.status() != Order.Status.READY) {
        list.add(orderJson(order));
      }
    }
    return new Reply(200, list, null);
  }

  private Reply myOrder(Call call) {
    Account buyer = signedInBuyer(call);
    Order order = orders.get(call.group(1));
    if (order == null || !order.buyer.equals(buyer.email())) {
      throw new Refusal(404, "주문을 찾을 수 없습니다.");
    }
    return new Reply(200, orderJson(order), null);
  }

  private Reply allOrders(Call call) {
    signedInManager(call);
    ArrayNode list = json.createArrayNode();
    for (int i = newestLast.size() - 1; i >= 0; i--) {
      Order order = newestLast.get(i);
      if (order.status() != Order.Status.READY) {
        list.add(orderJson(order).put("buyer", order.buyer).put("imp_uid", order.impUid()));
      }
    }
    return new Reply(200, list, null);
  }

  private Reply buyerCancel(Call call) {
    Account buyer = signedInBuyer(call);
    Order order = orders.get(call.group(1));
    if (order == null || !order.buyer.equals(buyer.email())) {
      throw new Refusal(404, "주문을 찾을 수 없습니다.");
    }
    return refund(
        order,
        null,
        "구매자 직접 취소",
        mistakes.contains(Mistake.BUYER_CANCEL_NO_REQUESTER) ? null : "customer");
  }

  private Reply adminCancel(Call call) {
    signedInManager(call);
    Order order = orders.get(call.group(1));
    if (order == null) {
      throw new Refusal(404, "주문을 찾을 수 없습니다.");
    }
    String reason = call.body().path("reason").asText("").trim();
    if (reason.isEmpty()) {
      throw new Refusal(400, "취소 사유를 골라주세요.");
    }
    Long part = null;
    JsonNode amount = call.body().path("amount");
    if (!amount.isMissingNode() && !amount.isNull() && !amount.asText().isBlank()) {
      String digits = amount.asText().replace(",", "").trim();
      if (!digits.matches("\\d{1,9}") || Long.parseLong(digits) < 1) {
        throw new Refusal(400, "취소 금액을 숫자로 적어주세요.");
      }
      part = Long.parseLong(digits);
    }
    return refund(
        order,
        part,
        reason,
        mistakes.contains(Mistake.ADMIN_CANCEL_AS_CUSTOMER) ? "customer" : "admin");
  }

  /** A whole cancel when part is null, else a partial one with the balance as checksum. */
  private Reply refund(Order order, Long part, String reason, String requester) {
    synchronized (order) {
      Order.Status status = order.status();
      if (status != Order.Status.PAID && status != Order.Status.PARTIAL) {
        throw new Refusal(409, "취소할 수 없는 주문입니다. (" + status.label + ")");
      }
      long balance = order.balance();
      if (part != null && part > balance) {
        throw new Refusal(400, "취소 가능 금액(" + balance + "원)보다 많이 취소할 수 없습니다.");
      }
      ObjectNode cancel =
          json.createObjectNode()
              .put("imp_uid", order.impUid())
              .put("merchant_uid", order.merchantUid)
              .put("reason", reason);
      if (part != null) {
        cancel.put("amount", part);
        cancel.put(
            "checksum",
            mistakes.contains(Mistake.CHECKSUM_AFTER_REFUND) ? balance - part : balance);
      }
      if (requester != null) {
        cancel.putObject("extra").put("requester", requester);
      }
      JsonNode answer;
      try {
        answer = gateway.cancel(cancel);
      } catch (Gateway.Refused refused) {
        throw new Refusal(502, "취소하지 못했습니다: " + refused.getMessage());
      }
      long done = answer.path("cancel_amount").asLong(0) - order.cancelled();
      order.refunded(part != null ? part : (done > 0 ? done : balance));
      return new Reply(200, orderJson(order), null);
    }
  }
}
