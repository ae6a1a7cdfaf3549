package dev.preflight.zoo.beanclub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.zoo.beanclub.OrderDesk.ShopError;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * 월간 원두 구독: 네이버페이 빌링키 등록 → 첫 달 again 결제 → 다음 달 schedule 예약. 예약 결제 결과는 웹훅(또는 상태 페이지를 열 때 조회)으로 반영한다.
 */
final class SubscriptionDesk {

  private static final System.Logger LOG = System.getLogger("beanclub.subscriptions");
  private static final long MONTH_SECONDS = 30L * 24 * 60 * 60;

  static final class Charge {
    final String merchantUid;
    final long amount;
    String impUid;
    // scheduled | paid | failed | revoked
    String status;
    long at; // unix s (예약이면 예약 시각)
    String failReason;

    Charge(String merchantUid, long amount, String status, long at) {
      this.merchantUid = merchantUid;
      this.amount = amount;
      this.status = status;
      this.at = at;
    }
  }

  static final class Subscription {
    final String customerUid;
    String name;
    String email;
    String phone;
    // pending → active → (past_due) → cancelled
    String status = "pending";
    String registrationMerchantUid;
    String note;
    final List<Charge> charges = new ArrayList<>();

    Subscription(String customerUid) {
      this.customerUid = customerUid;
    }

    Charge scheduled() {
      return charges.stream().filter(c -> c.status.equals("scheduled")).findFirst().orElse(null);
    }
  }

  private final IamportClient iamport;
  private final OrderDesk orders;
  private final ObjectMapper json;
  private final Set<Quirk> quirks;
  private final Map<String, Subscription> byCustomerUid = new ConcurrentHashMap<>();
  private final Map<String, String> customerUidByPhone = new ConcurrentHashMap<>();

  SubscriptionDesk(IamportClient iamport, OrderDesk orders, ObjectMapper json, Set<Quirk> quirks) {
    this.iamport = iamport;
    this.orders = orders;
    this.json = json;
    this.quirks = quirks;
  }

  // ---------------------------------------------------------------- 가입

  /** 구독 신청: 구매자별 customer_uid 와 등록용 merchant_uid 를 만든다. */
  ObjectNode start(JsonNode body) throws ShopError {
    String name = body.path("name").asText("").trim();
    String email = body.path("email").asText("").trim();
    String phone = body.path("phone").asText("").trim();
    String digits = phone.replaceAll("[^0-9]", "");
    if (name.isEmpty() || email.isEmpty() || digits.length() < 10) {
      throw new ShopError(400, "이름, 이메일, 휴대폰 번호를 정확히 입력해주세요.");
    }
    String customerUid =
        customerUidByPhone.computeIfAbsent(
            digits,
            d ->
                "bcsub_"
                    + HexFormat.of()
                        .toHexDigits(ThreadLocalRandom.current().nextLong())
                        .substring(4));
    Subscription sub = byCustomerUid.computeIfAbsent(customerUid, Subscription::new);
    synchronized (sub) {
      if (sub.status.equals("active") || sub.status.equals("past_due")) {
        throw new ShopError(409, "이미 구독 중인 번호입니다.");
      }
      sub.name = name;
      sub.email = email;
      sub.phone = phone;
      sub.status = "pending";
      sub.note = null;
      sub.registrationMerchantUid = orders.newMerchantUid("bcreg");
      ObjectNode out = json.createObjectNode();
      out.put("customer_uid", customerUid);
      out.put("merchant_uid", sub.registrationMerchantUid);
      out.put("plan_name", Beans.PLAN_NAME);
      out.put("amount", Beans.PLAN_PRICE);
      out.put("product_code", Beans.PLAN_PRODUCT_CODE);
      return out;
    }
  }

  /** 빌링키 등록 확인 후 첫 달 결제와 다음 달 예약. */
  ObjectNode activate(String customerUid, JsonNode body) throws ShopError {
    Subscription sub = find(customerUid);
    String impUid = body.path("imp_uid").asText("");
    synchronized (sub) {
      if (!sub.status.equals("pending")) {
        return view(sub);
      }
      JsonNode registration;
      try {
        registration = iamport.payment(impUid);
      } catch (IamportClient.Refused | IamportClient.Unavailable e) {
        throw new ShopError(502, "네이버페이 등록 결과를 확인하지 못했습니다. 잠시 후 다시 시도해주세요.");
      }
      // status: paid 이면 등록 성공
      if (!"paid".equals(registration.path("status").asText())
          || !customerUid.equals(registration.path("customer_uid").asText())
          || !sub.registrationMerchantUid.equals(registration.path("merchant_uid").asText())) {
        throw new ShopError(400, "네이버페이 정기결제 등록이 완료되지 않았습니다.");
      }

      // 첫 달 결제
      String merchantUid = orders.newMerchantUid("bcsub");
      if (quirks.contains(Quirk.AGAIN_REUSES_MERCHANT_UID)) {
        merchantUid = sub.registrationMerchantUid; // again-reuses-merchant-uid: 등록 때 주문번호 재사용
      }
      ObjectNode again = chargeBody(sub, merchantUid);
      again.put("customer_uid", customerUid);
      JsonNode payment;
      try {
        payment = iamport.again(again);
      } catch (IamportClient.Refused e) {
        sub.note = "첫 달 결제에 실패했습니다: " + e.getMessage();
        throw new ShopError(402, sub.note);
      } catch (IamportClient.Unavailable e) {
        LOG.log(Level.WARNING, "again 응답 없음 " + customerUid + ": " + e.getMessage());
        throw new ShopError(504, "첫 달 결제 결과를 확인하지 못했습니다. 고객센터로 문의해주세요.");
      }
      Charge first =
          new Charge(merchantUid, Beans.PLAN_PRICE, "paid", payment.path("paid_at").asLong());
      first.impUid = payment.path("imp_uid").asText(null);
      if (!"paid".equals(payment.path("status").asText())) {
        first.status = "failed";
        first.failReason = payment.path("fail_reason").asText(null);
        sub.charges.add(first);
        sub.note = "첫 달 결제에 실패했습니다: " + first.failReason;
        throw new ShopError(402, sub.note);
      }
      sub.charges.add(first);
      sub.status = "active";
      scheduleNext(sub, first.at);
      return view(sub);
    }
  }

  private ObjectNode chargeBody(Subscription sub, String merchantUid) {
    ObjectNode body = json.createObjectNode();
    body.put("merchant_uid", merchantUid);
    if (quirks.contains(Quirk.AGAIN_AMOUNT_STRING)) {
      body.put("amount", String.valueOf(Beans.PLAN_PRICE)); // again-amount-string: 금액을 문자열로
    } else {
      body.put("amount", Beans.PLAN_PRICE);
    }
    body.put("name", Beans.PLAN_NAME);
    body.put("buyer_name", sub.name);
    body.put("buyer_email", sub.email);
    body.put("buyer_tel", sub.phone);
    return body;
  }

  /** 직전 결제 시각(아임포트 기준) 30일 뒤로 다음 결제를 예약한다. */
  private void scheduleNext(Subscription sub, long lastPaidAt) {
    long base = lastPaidAt > 0 ? lastPaidAt : System.currentTimeMillis() / 1000;
    long at = base + MONTH_SECONDS;
    String merchantUid = orders.newMerchantUid("bcsub");
    ObjectNode body = json.createObjectNode();
    body.put("customer_uid", sub.customerUid);
    ObjectNode entry = chargeBody(sub, merchantUid);
    entry.put("schedule_at", at);
    body.putArray("schedules").add(entry);
    try {
      iamport.schedule(body);
      sub.charges.add(new Charge(merchantUid, Beans.PLAN_PRICE, "scheduled", at));
    } catch (IamportClient.Refused | IamportClient.Unavailable e) {
      LOG.log(Level.ERROR, "다음 달 예약 실패 " + sub.customerUid + ": " + e.getMessage());
      sub.note = "다음 달 결제 예약에 실패했습니다. 고객센터에서 확인 후 연락드리겠습니다.";
    }
  }

  // ---------------------------------------------------------------- 예약 결제 결과

  /** 웹훅: merchant_uid 가 예약해 둔 결제이면 조회해서 반영한다. 처리했으면 true. */
  boolean onWebhook(String impUid, String merchantUid) {
    for (Subscription sub : byCustomerUid.values()) {
      synchronized (sub) {
        Charge c = sub.scheduled();
        if (c != null && c.merchantUid.equals(merchantUid)) {
          settle(sub, c, impUid);
          return true;
        }
      }
    }
    return false;
  }

  /** 상태 페이지를 열 때: 예약 건이 실행됐는지 아임포트에 물어본다. */
  private void refresh(Subscription sub) {
    synchronized (sub) {
      Charge c = sub.scheduled();
      if (c == null) {
        return;
      }
      JsonNode schedule;
      try {
        schedule = iamport.scheduled(c.merchantUid);
      } catch (IamportClient.Refused | IamportClient.Unavailable e) {
        return; // 다음에 다시
      }
      String impUid = schedule.path("imp_uid").asText("");
      if ("executed".equals(schedule.path("schedule_status").asText()) && !impUid.isEmpty()) {
        settle(sub, c, impUid);
      }
    }
  }

  private void settle(Subscription sub, Charge c, String impUid) {
    JsonNode payment;
    try {
      payment = iamport.payment(impUid);
    } catch (IamportClient.Refused | IamportClient.Unavailable e) {
      LOG.log(Level.WARNING, "예약 결제 조회 실패 " + impUid + ": " + e.getMessage());
      return;
    }
    if (!c.merchantUid.equals(payment.path("merchant_uid").asText())) {
      return;
    }
    c.impUid = impUid;
    String status = payment.path("status").asText();
    if (status.equals("paid")) {
      c.status = "paid";
      c.at = payment.path("paid_at").asLong(c.at);
      if (sub.status.equals("past_due")) {
        sub.status = "active";
      }
      sub.note = null;
      scheduleNext(sub, c.at);
    } else if (status.equals("failed")) {
      c.status = "failed";
      c.at = payment.path("failed_at").asLong(c.at);
      c.failReason = payment.path("fail_reason").asText(null);
      sub.status = "past_due";
      sub.note = "이번 달 정기결제에 실패했습니다. 네이버페이 결제수단을 확인해주세요.";
    }
  }

  // ---------------------------------------------------------------- 해지

  ObjectNode cancel(String customerUid) throws ShopError {
    Subscription sub = find(customerUid);
    synchronized (sub) {
      if (!sub.status.equals("active") && !sub.status.equals("past_due")) {
        throw new ShopError(409, "해지할 수 있는 구독이 아닙니다.");
      }
      Charge next = sub.scheduled();
      if (next != null) {
        ObjectNode body = json.createObjectNode();
        body.put("customer_uid", customerUid);
        body.putArray("merchant_uid").add(next.merchantUid);
        try {
          iamport.unschedule(body);
        } catch (IamportClient.Refused e) {
          LOG.log(Level.INFO, "예약 취소: " + e.getMessage()); // 이미 실행/취소된 예약
        } catch (IamportClient.Unavailable e) {
          throw new ShopError(504, "구독 해지 중 오류가 발생했습니다. 잠시 후 다시 시도해주세요.");
        }
        next.status = "revoked";
      }
      String query =
          "reason="
              + IamportClient.enc("구매자 구독 해지 요청")
              + "&"
              + IamportClient.enc("extra[requester]")
              + "=customer";
      if (quirks.contains(Quirk.BILLING_KEY_DELETE_WITHOUT_REASON)) {
        query = null; // billing-key-delete-without-reason: 파라미터 없이 DELETE
      }
      try {
        iamport.deleteCustomer(customerUid, query);
      } catch (IamportClient.Refused e) {
        throw new ShopError(502, "빌링키를 삭제하지 못했습니다: " + e.getMessage());
      } catch (IamportClient.Unavailable e) {
        throw new ShopError(504, "구독 해지 중 오류가 발생했습니다. 잠시 후 다시 시도해주세요.");
      }
      sub.status = "cancelled";
      sub.note = null;
      return view(sub);
    }
  }

  // ---------------------------------------------------------------- 조회

  ObjectNode detail(String customerUid) throws ShopError {
    Subscription sub = find(customerUid);
    refresh(sub);
    return view(sub);
  }

  private Subscription find(String customerUid) throws ShopError {
    Subscription sub = byCustomerUid.get(customerUid);
    if (sub == null) {
      throw new ShopError(404, "구독 정보를 찾을 수 없습니다.");
    }
    return sub;
  }

  private ObjectNode view(Subscription sub) {
    synchronized (sub) {
      ObjectNode o = json.createObjectNode();
      o.put("customer_uid", sub.customerUid);
      o.put("status", sub.status);
      o.put("name", sub.name);
      o.put("plan_name", Beans.PLAN_NAME);
      o.put("amount", Beans.PLAN_PRICE);
      o.put("note", sub.note);
      ArrayNode charges = o.putArray("charges");
      for (Charge c : sub.charges) {
        ObjectNode row = charges.addObject();
        row.put("merchant_uid", c.merchantUid);
        row.put("imp_uid", c.impUid);
        row.put("amount", c.amount);
        row.put("status", c.status);
        row.put("at", c.at);
        row.put("fail_reason", c.failReason);
      }
      return o;
    }
  }
}
