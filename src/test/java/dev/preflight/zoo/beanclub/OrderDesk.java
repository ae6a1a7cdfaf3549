package dev.preflight.zoo.beanclub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** 단건 주문: 주문 생성(사전등록), 결제 확인, 취소. */
final class OrderDesk {

  private static final System.Logger LOG = System.getLogger("beanclub.orders");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneId.of("Asia/Seoul"));

  /** 잘못된 요청이나 처리 불가: 메시지를 그대로 구매자에게 보여준다. */
  static final class ShopError extends Exception {
    final int status;

    ShopError(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  record Line(Beans.Bean bean, int count) {
    long subtotal() {
      return (long) bean.price() * count;
    }
  }

  static final class Order {
    final String merchantUid;
    final List<Line> lines;
    final long amount;
    final long createdAt = System.currentTimeMillis();
    // ready → paid | checking | failed | refused ; paid → cancelled
    String status = "ready";
    String impUid;
    String note;
    String cancelledBy;

    Order(String merchantUid, List<Line> lines, long amount) {
      this.merchantUid = merchantUid;
      this.lines = lines;
      this.amount = amount;
    }
  }

  private final IamportClient iamport;
  private final ObjectMapper json;
  private final Set<Quirk> quirks;
  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  private final String salt =
      Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
  private final AtomicInteger seq = new AtomicInteger();

  OrderDesk(IamportClient iamport, ObjectMapper json, Set<Quirk> quirks) {
    this.iamport = iamport;
    this.json = json;
    this.quirks = quirks;
  }

  String newMerchantUid(String prefix) {
    return prefix + "-" + DAY.format(Instant.now()) + "-" + salt + "-" + seq.incrementAndGet();
  }

  // ---------------------------------------------------------------- 주문 생성

  ObjectNode create(JsonNode body) throws ShopError {
    List<Line> lines = new ArrayList<>();
    for (JsonNode item : body.path("items")) {
      String id = item.path("id").asText("");
      int count = item.path("count").asInt(0);
      Beans.Bean bean = Beans.find(id).orElseThrow(() -> new ShopError(400, "없는 상품입니다: " + id));
      if (count < 1 || count > 99) {
        throw new ShopError(400, "수량은 1개에서 99개 사이로 선택해주세요.");
      }
      lines.add(new Line(bean, count));
    }
    if (lines.isEmpty()) {
      throw new ShopError(400, "장바구니가 비어 있습니다.");
    }
    long amount = lines.stream().mapToLong(Line::subtotal).sum();
    Order order = new Order(newMerchantUid("bc"), List.copyOf(lines), amount);
    try {
      // 결제 금액 사전등록: 창에서 금액이 바뀌면 아임포트가 막아준다
      iamport.prepare(order.merchantUid, amount);
    } catch (IamportClient.Refused | IamportClient.Unavailable e) {
      LOG.log(Level.WARNING, "사전등록 실패 " + order.merchantUid + ": " + e.getMessage());
      throw new ShopError(502, "결제 준비 중 오류가 발생했습니다. 잠시 후 다시 시도해주세요.");
    }
    orders.put(order.merchantUid, order);
    return view(order);
  }

  // ---------------------------------------------------------------- 결제 확인

  /** 브라우저가 결제창에서 돌아온 뒤 부른다. 결제는 반드시 아임포트 조회로만 확정한다. */
  ObjectNode complete(JsonNode body) throws ShopError {
    String merchantUid = body.path("merchant_uid").asText("");
    String impUid = body.path("imp_uid").asText("");
    Order order = find(merchantUid);
    if (impUid.isEmpty()) {
      throw new ShopError(400, "결제 정보가 없습니다.");
    }
    if (quirks.contains(Quirk.TRUSTS_BROWSER_SUCCESS)) {
      // trusts-browser-success: 브라우저가 성공이라고 했으니 조회 없이 결제완료 처리
      synchronized (order) {
        order.impUid = impUid;
        if (order.status.equals("ready") || order.status.equals("checking")) {
          order.status = "paid";
        }
      }
      return result(order);
    }
    confirm(order, impUid);
    return result(order);
  }

  /** 웹훅: 조회해서 확인한다 (웹훅 본문은 믿지 않음). */
  void onWebhook(String impUid, String merchantUid) {
    Order order = orders.get(merchantUid);
    if (order == null || impUid == null || impUid.isEmpty()) {
      return;
    }
    if (quirks.contains(Quirk.TRUSTS_BROWSER_SUCCESS)) {
      return; // trusts-browser-success: 결제 확정은 브라우저 요청만 보고 하므로 웹훅은 무시
    }
    synchronized (order) {
      if (!order.status.equals("ready") && !order.status.equals("checking")) {
        return;
      }
    }
    confirm(order, impUid);
  }

  private void confirm(Order order, String impUid) {
    synchronized (order) {
      if (!order.status.equals("ready") && !order.status.equals("checking")) {
        return; // 이미 확정됨 (웹훅이 먼저 왔거나 중복 호출)
      }
      JsonNode payment;
      try {
        payment = iamport.payment(impUid);
      } catch (IamportClient.Unavailable e) {
        LOG.log(Level.WARNING, "결제 조회 실패 " + impUid + ": " + e.getMessage());
        order.impUid = impUid;
        order.status = "checking";
        order.note = "결제 확인이 지연되고 있습니다. 잠시 후 주문 상세에서 다시 확인해주세요.";
        return;
      } catch (IamportClient.Refused e) {
        order.note = "결제 정보를 확인할 수 없습니다. (" + e.getMessage() + ")";
        return;
      }
      if (!order.merchantUid.equals(payment.path("merchant_uid").asText())) {
        order.note = "주문 정보와 결제 정보가 일치하지 않습니다.";
        return;
      }
      order.impUid = impUid;
      String status = payment.path("status").asText();
      if (!status.equals("paid")) {
        order.status = status.equals("failed") ? "failed" : "ready";
        order.note = "결제가 완료되지 않았습니다.";
        return;
      }
      long paid = payment.path("amount").asLong(-1);
      if (paid != order.amount) {
        LOG.log(
            Level.WARNING, "금액 불일치 " + order.merchantUid + ": 주문 " + order.amount + ", 결제 " + paid);
        order.status = "refused";
        order.note = "결제 금액이 주문 금액과 달라 결제를 취소했습니다. 다시 주문해주세요.";
        try {
          iamport.cancel(cancelBody(order, "결제 금액 불일치 (주문 " + order.amount + "원)", "admin"));
        } catch (IamportClient.Refused | IamportClient.Unavailable e) {
          LOG.log(Level.ERROR, "위변조 결제 취소 실패 " + impUid + ": " + e.getMessage());
          order.note = "결제 금액이 주문 금액과 다릅니다. 고객센터에서 환불해드리겠습니다.";
        }
        return;
      }
      order.status = "paid";
      order.note = null;
    }
  }

  // ---------------------------------------------------------------- 취소

  ObjectNode cancelByBuyer(String merchantUid) throws ShopError {
    // buyer-cancel-as-admin: 관리자 취소 코드를 복사해 와서 requester 가 admin 으로 나감
    String requester = quirks.contains(Quirk.BUYER_CANCEL_AS_ADMIN) ? "admin" : "customer";
    return cancel(find(merchantUid), "구매자 주문취소 요청", requester);
  }

  ObjectNode cancelByAdmin(String merchantUid) throws ShopError {
    return cancel(find(merchantUid), "관리자 전체취소 (재고 부족)", "admin");
  }

  private ObjectNode cancel(Order order, String reason, String requester) throws ShopError {
    synchronized (order) {
      if (!order.status.equals("paid")) {
        throw new ShopError(409, "결제완료 상태의 주문만 취소할 수 있습니다.");
      }
      JsonNode payment;
      try {
        payment = iamport.cancel(cancelBody(order, reason, requester));
      } catch (IamportClient.Refused e) {
        throw new ShopError(502, "주문을 취소하지 못했습니다: " + e.getMessage());
      } catch (IamportClient.Unavailable e) {
        LOG.log(Level.WARNING, "취소 응답 없음 " + order.merchantUid + ": " + e.getMessage());
        throw new ShopError(504, "취소 처리 결과를 확인하지 못했습니다. 잠시 후 다시 확인해주세요.");
      }
      if (!"cancelled".equals(payment.path("status").asText())) {
        throw new ShopError(502, "주문을 취소하지 못했습니다. 고객센터로 문의해주세요.");
      }
      order.status = "cancelled";
      order.cancelledBy = requester;
      order.note = null;
      return view(order);
    }
  }

  private ObjectNode cancelBody(Order order, String reason, String requester) {
    ObjectNode body = json.createObjectNode();
    body.put("imp_uid", order.impUid);
    body.put("merchant_uid", order.merchantUid);
    if (!quirks.contains(Quirk.CANCEL_WITHOUT_REASON)) {
      body.put("reason", reason);
    } // cancel-without-reason: reason 을 빼먹음
    body.putObject("extra").put("requester", requester);
    return body;
  }

  // ---------------------------------------------------------------- 조회

  Order find(String merchantUid) throws ShopError {
    Order order = orders.get(merchantUid);
    if (order == null) {
      throw new ShopError(404, "주문을 찾을 수 없습니다.");
    }
    return order;
  }

  /** 주문 상세: 확인이 지연된 주문이면 다시 조회해 본다. */
  ObjectNode detail(String merchantUid) throws ShopError {
    Order order = find(merchantUid);
    String impUid;
    synchronized (order) {
      impUid = order.status.equals("checking") ? order.impUid : null;
    }
    if (impUid != null) {
      confirm(order, impUid);
    }
    return view(order);
  }

  ArrayNode list() {
    ArrayNode out = json.createArrayNode();
    orders.values().stream()
        .sorted(Comparator.comparingLong((Order o) -> o.createdAt).reversed())
        .forEach(o -> out.add(view(o)));
    return out;
  }

  private ObjectNode result(Order order) {
    ObjectNode out = view(order);
    if (!order.status.equals("paid") && !order.status.equals("checking")) {
      out.put("message", order.note == null ? "결제가 완료되지 않았습니다." : order.note);
    }
    return out;
  }

  ObjectNode view(Order order) {
    synchronized (order) {
      ObjectNode o = json.createObjectNode();
      o.put("merchant_uid", order.merchantUid);
      o.put("amount", order.amount);
      o.put("status", order.status);
      o.put("imp_uid", order.impUid);
      o.put("note", order.note);
      o.put("created_at", order.createdAt);
      ArrayNode lines = o.putArray("lines");
      for (Line l : order.lines) {
        ObjectNode line = lines.addObject();
        line.put("id", l.bean().id());
        line.put("name", l.bean().name());
        line.put("price", l.bean().price());
        line.put("count", l.count());
        line.put("category_type", l.bean().categoryType());
        line.put("category_id", l.bean().categoryId());
      }
      return o;
    }
  }
}
