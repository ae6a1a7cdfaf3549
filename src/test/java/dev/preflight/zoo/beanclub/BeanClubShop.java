package dev.preflight.zoo.beanclub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.preflight.zoo.ZooShop;
import dev.preflight.zoo.beanclub.OrderDesk.ShopError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 빈클럽 커피: 원두 단건 주문과 월간 구독을 네이버페이(아임포트 v1)로 받는 싱글 페이지 앱. 이 서버는 index.html 과 스크립트, 그리고 /api/... JSON
 * API 를 제공한다.
 */
public final class BeanClubShop implements ZooShop {

  private static final System.Logger LOG = System.getLogger("beanclub");

  // 빈클럽 아임포트 계정 (가맹점 식별코드, REST API 키)
  static final String USER_CODE = "imp27182818";
  static final String IMP_KEY = "beanclub_rest_key";
  static final String IMP_SECRET = "beanclub_rest_secret_9d2f";
  static final int MINIMUM_AMOUNT = 100;

  private static final String WEB = "/zoo/beanclub/web/";
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml");

  private static final Pattern ORDER = Pattern.compile("^/api/orders/([^/]+)$");
  private static final Pattern ORDER_CANCEL = Pattern.compile("^/api/orders/([^/]+)/cancel$");
  private static final Pattern ADMIN_CANCEL = Pattern.compile("^/api/admin/orders/([^/]+)/cancel$");
  private static final Pattern SUBSCRIPTION = Pattern.compile("^/api/subscriptions/([^/]+)$");
  private static final Pattern SUBSCRIPTION_ACTION =
      Pattern.compile("^/api/subscriptions/([^/]+)/(activate|cancel)$");

  private final HttpServer server;
  private final ExecutorService pool;
  private final ObjectMapper json = new ObjectMapper();
  private final String gatewayUrl;
  private final Set<Quirk> quirks;
  private final OrderDesk orders;
  private final SubscriptionDesk subscriptions;

  private BeanClubShop(String gatewayUrl, Set<Quirk> quirks) throws IOException {
    this.gatewayUrl =
        gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
    this.quirks = quirks;
    IamportClient iamport = new IamportClient(this.gatewayUrl, IMP_KEY, IMP_SECRET, json);
    this.orders = new OrderDesk(iamport, json, quirks);
    this.subscriptions = new SubscriptionDesk(iamport, orders, json, quirks);
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    this.pool = Executors.newFixedThreadPool(8);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  public static BeanClubShop start(String gatewayUrl, Set<String> violations) {
    EnumSet<Quirk> on = EnumSet.noneOf(Quirk.class);
    for (String v : violations) {
      on.add(Quirk.of(v));
    }
    try {
      return new BeanClubShop(gatewayUrl, on);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> violationNames() {
    return Quirk.ids();
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
    if (args.length < 1) {
      System.err.println("사용법: BeanClubShop <gatewayUrl> [스위치...]   스위치: " + Quirk.ids());
      System.exit(2);
    }
    BeanClubShop shop =
        start(args[0], new java.util.LinkedHashSet<>(List.of(args).subList(1, args.length)));
    System.out.println("빈클럽 커피: " + shop.baseUrl() + "  (게이트웨이 " + args[0] + ")");
  }

  // ---------------------------------------------------------------- 라우팅

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      try {
        if (path.startsWith("/api/")) {
          api(ex, method, path);
        } else if (method.equals("GET") && (path.equals("/") || path.equals("/index.html"))) {
          send(ex, 200, TYPES.get("html"), indexHtml().getBytes(StandardCharsets.UTF_8));
        } else if (method.equals("GET") && path.startsWith("/assets/")) {
          asset(ex, path.substring("/assets/".length()));
        } else if (path.equals("/favicon.ico")) {
          send(ex, 204, null, new byte[0]);
        } else {
          sendJson(ex, 404, error("페이지를 찾을 수 없습니다."));
        }
      } catch (ShopError e) {
        sendJson(ex, e.status, error(e.getMessage()));
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, method + " " + path, e);
        sendJson(ex, 500, error("일시적인 오류가 발생했습니다."));
      }
    }
  }

  private void api(HttpExchange ex, String method, String path) throws IOException, ShopError {
    Matcher m;
    if (method.equals("GET") && path.equals("/api/products")) {
      sendJson(ex, 200, products());
    } else if (method.equals("POST") && path.equals("/api/orders")) {
      sendJson(ex, 201, orders.create(body(ex)));
    } else if (method.equals("GET") && path.equals("/api/orders")) {
      sendJson(ex, 200, orders.list());
    } else if (method.equals("GET") && path.equals("/api/admin/orders")) {
      sendJson(ex, 200, orders.list());
    } else if (method.equals("POST") && path.equals("/api/payments/complete")) {
      sendJson(ex, 200, orders.complete(body(ex)));
    } else if (method.equals("GET") && (m = ORDER.matcher(path)).matches()) {
      sendJson(ex, 200, orders.detail(m.group(1)));
    } else if (method.equals("POST") && (m = ORDER_CANCEL.matcher(path)).matches()) {
      sendJson(ex, 200, orders.cancelByBuyer(m.group(1)));
    } else if (method.equals("POST") && (m = ADMIN_CANCEL.matcher(path)).matches()) {
      sendJson(ex, 200, orders.cancelByAdmin(m.group(1)));
    } else if (method.equals("POST") && path.equals("/api/subscriptions")) {
      sendJson(ex, 201, subscriptions.start(body(ex)));
    } else if (method.equals("GET") && (m = SUBSCRIPTION.matcher(path)).matches()) {
      sendJson(ex, 200, subscriptions.detail(m.group(1)));
    } else if (method.equals("POST") && (m = SUBSCRIPTION_ACTION.matcher(path)).matches()) {
      JsonNode result =
          m.group(2).equals("activate")
              ? subscriptions.activate(m.group(1), body(ex))
              : subscriptions.cancel(m.group(1));
      sendJson(ex, 200, result);
    } else if (method.equals("POST") && path.equals("/api/iamport/webhook")) {
      webhook(ex);
    } else {
      throw new ShopError(404, "없는 API 입니다.");
    }
  }

  /** 아임포트 웹훅 (Notification URL). 본문은 믿지 않고 조회해서 반영한다. */
  private void webhook(HttpExchange ex) throws IOException {
    byte[] raw = ex.getRequestBody().readAllBytes();
    String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
    String impUid;
    String merchantUid;
    if (type.startsWith("application/x-www-form-urlencoded")) {
      Map<String, String> form = form(new String(raw, StandardCharsets.UTF_8));
      impUid = form.get("imp_uid");
      merchantUid = form.get("merchant_uid");
    } else {
      JsonNode body = raw.length == 0 ? json.createObjectNode() : json.readTree(raw);
      impUid = body.path("imp_uid").asText(null);
      merchantUid = body.path("merchant_uid").asText(null);
    }
    LOG.log(Level.INFO, "웹훅 imp_uid=" + impUid + " merchant_uid=" + merchantUid);
    if (impUid != null && merchantUid != null) {
      if (!subscriptions.onWebhook(impUid, merchantUid)) {
        orders.onWebhook(impUid, merchantUid);
      }
    }
    sendJson(ex, 200, json.createObjectNode().put("ok", true));
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new java.util.HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private ArrayNode products() {
    ArrayNode out = json.createArrayNode();
    for (Beans.Bean b : Beans.ALL) {
      ObjectNode p = out.addObject();
      p.put("id", b.id());
      p.put("name", b.name());
      p.put("price", b.price());
      p.put("origin", b.origin());
      p.put("note", b.note());
      p.put("category_type", b.categoryType());
      p.put("category_id", b.categoryId());
    }
    return out;
  }

  // ---------------------------------------------------------------- 페이지

  private String indexHtml() throws IOException {
    ObjectNode config = json.createObjectNode();
    config.put("userCode", USER_CODE);
    config.put("minAmount", MINIMUM_AMOUNT);
    ObjectNode buyer = config.putObject("buyer");
    buyer.put("name", "김빈클");
    buyer.put("email", "member@beanclub.kr");
    buyer.put("tel", "010-2718-2818");
    ObjectNode plan = config.putObject("plan");
    plan.put("name", Beans.PLAN_NAME);
    plan.put("price", Beans.PLAN_PRICE);
    ArrayNode on = config.putArray("quirks");
    quirks.stream().filter(q -> q.browser).forEach(q -> on.add(q.id));
    String html = new String(resource("index.html"), StandardCharsets.UTF_8);
    return html.replace("{{GATEWAY_URL}}", gatewayUrl)
        .replace("{{CONFIG}}", json.writeValueAsString(config).replace("</", "<\\/"));
  }

  private void asset(HttpExchange ex, String name) throws IOException, ShopError {
    if (!name.matches("[a-z0-9-]+\\.(js|css|svg)")) {
      throw new ShopError(404, "파일을 찾을 수 없습니다.");
    }
    byte[] bytes = resource(name);
    send(ex, 200, TYPES.get(name.substring(name.lastIndexOf('.') + 1)), bytes);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = BeanClubShop.class.getResourceAsStream(WEB + name)) {
      if (in == null) {
        throw new IOException("리소스 없음: " + name);
      }
      return in.readAllBytes();
    }
  }

  // ---------------------------------------------------------------- 입출력

  private JsonNode body(HttpExchange ex) throws IOException, ShopError {
    byte[] raw = ex.getRequestBody().readAllBytes();
    if (raw.length == 0) {
      return json.createObjectNode();
    }
    try {
      return json.readTree(raw);
    } catch (IOException e) {
      throw new ShopError(400, "요청 형식이 올바르지 않습니다.");
    }
  }

  private ObjectNode error(String message) {
    return json.createObjectNode().put("message", message);
  }

  private void sendJson(HttpExchange ex, int status, JsonNode body) throws IOException {
    send(ex, status, "application/json; charset=utf-8", json.writeValueAsBytes(body));
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    if (type != null) {
      ex.getResponseHeaders().set("Content-Type", type);
    }
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    if (body.length == 0) {
      ex.sendResponseHeaders(status, -1);
    } else {
      ex.sendResponseHeaders(status, body.length);
      ex.getResponseBody().write(body);
    }
  }
}
