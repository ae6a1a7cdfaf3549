package dev.preflight.inspection;

import static dev.preflight.inspection.Scenario.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.merchant.Defect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The journals and screens the reference merchant (src/main/java/dev/preflight/merchant) produces,
 * written out by hand from its code for a given set of defect switches: what the harness will
 * record when it drives the real shop. It keeps the rules honest about each other: the compliant
 * shop trips none, and each defect trips the rules it lists.
 */
final class ReferenceMerchantRun {
  private static final String PREFIX = "결제에 실패하였습니다. 실패 사유: ";
  private static final String REWORDED = "결제가 정상적으로 처리되지 않았습니다. 다시 시도해주세요.";
  private static final String MARKUP = "<b>한도</b>를 초과했습니다 &amp; 확인해주세요";
  private static final String NAV = "상품 주문 내역 정기구독 관리자";

  private final Set<Defect> defects;
  private final Scenario scenario = Scenario.pc();
  private final List<Observation> observations = new ArrayList<>();
  private final Set<String> paidMerchantUids = new HashSet<>();
  private final List<String[]> paidOrders = new ArrayList<>();
  private int orders;
  private int customers;

  /**
   * What ended the window: approve (for another paid amount when tampered with; forged when the
   * page hears a success nothing backs), cancel, or a failure's code and message.
   */
  record Outcome(String choice, String code, String message, Long paidAmount, boolean forged) {
    static final Outcome APPROVE = new Outcome("approve", null, null, null, false);
    static final Outcome CANCEL =
        new Outcome("cancel", "userCancel", Scenario.CANCEL_MESSAGE, null, false);
    static final Outcome FORGED = new Outcome("approve", null, null, null, true);

    static Outcome failure(String code, String message) {
      return new Outcome("fail:" + code, code, message, null, false);
    }

    static Outcome paying(long paidAmount) {
      return new Outcome("approve", null, null, paidAmount, false);
    }
  }

  ReferenceMerchantRun(Set<Defect> defects) {
    this.defects = defects;
  }

  List<Observation> run() {
    checkout("pc", 12000, Outcome.APPROVE);
    checkout("mobile", 12000, Outcome.APPROVE);
    checkout("pc", 12000, Outcome.CANCEL);
    checkout("mobile", 12000, Outcome.CANCEL);
    checkout("pc", 12000, Outcome.failure("ExceedLimit", MARKUP));
    checkout("mobile", 12000, Outcome.failure("ExceedLimit", MARKUP));
    checkout("pc", 50, Outcome.APPROVE);
    checkout("mobile", 50, Outcome.APPROVE);
    checkout("pc", 12000, Outcome.paying(100));
    checkout("pc", 12000, Outcome.FORGED);
    cancel("/orders", null, "구매자 요청에 의한 주문 취소", has(Defect.WRONG_REQUESTER) ? "admin" : "customer");
    cancel("/admin/orders", 2000L, "관리자 부분 취소", "admin");
    subscribe("pc");
    subscribe("mobile");
    return observations;
  }

  private boolean has(Defect defect) {
    return defects.contains(defect);
  }

  private void checkout(String device, long amount, Outcome outcome) {
    scenario.onDevice(device).onPage("https://shop.example/checkout");
    String merchantUid = has(Defect.REUSED_MERCHANT_UID) ? "order-BOOK-1" : "order-" + ++orders;
    scenario.rest(
        "POST",
        "/payments/prepare",
        json("{}").put("merchant_uid", merchantUid).put("amount", amount));
    if (amount < 100 && !has(Defect.NO_MINIMUM_CHECK)) {
      end(scenario.buyerSaw(NAV, "네이버페이 최소 결제 금액은 100원입니다."));
      return;
    }
    boolean mobile = device.equals("mobile");
    boolean popup = !mobile && !has(Defect.REDIRECT_WITHOUT_URL);
    ObjectNode params = payment(merchantUid, amount, popup);
    scenario.requestPay(params);
    if (popup && has(Defect.POPUP_WITHOUT_CALLBACK)) {
      scenario.withoutCallback();
    }
    boolean callback = popup && !has(Defect.POPUP_WITHOUT_CALLBACK);
    boolean redirect = params.has("m_redirect_url");
    String refusal =
        has(Defect.AMOUNT_AS_STRING)
            ? "AMOUNT_NOT_NUMBER"
            : paidMerchantUids.contains(merchantUid)
                ? "F1002"
                : !popup && !redirect ? "MISSING_M_REDIRECT_URL" : null;
    if (refusal != null) {
      String message =
          refusal.equals("F1002") ? "이미 결제가 이루어진 거래건입니다." : "요청을 처리할 수 없습니다: " + refusal;
      scenario.refused(refusal, message);
      boolean shown = callback || (redirect && (mobile || !popup));
      end(
          shown
              ? scenario.buyerSaw(NAV, failure(refusal, message))
              : scenario.buyerSaw(NAV, "N Pay 네이버페이로 결제하기"));
      return;
    }
    if (amount < 100) {
      outcome = Outcome.failure("UnderMinimumAmount", "최소 결제 금액(100원) 미만입니다.");
    }
    if (outcome.choice().equals("cancel")) {
      scenario.buyerCancelled();
    } else if (outcome.code() != null) {
      scenario.failed(outcome.choice().replace("fail:", ""), outcome.code(), outcome.message());
    } else if (outcome.forged()) {
      scenario.approved();
    } else {
      scenario.approvedFor(outcome.paidAmount() == null ? amount : outcome.paidAmount());
      paidMerchantUids.add(merchantUid);
      // notice_url: Webhook.receive looks the payment up before answering.
      scenario.lookedUp().webhookAnswered();
    }
    if (!callback && !redirect) {
      end(scenario.buyerSaw(NAV, "N Pay 네이버페이로 결제하기"));
      return;
    }
    if (outcome.code() != null) {
      end(
          scenario
              .onPage(
                  redirect
                      ? "https://shop.example/payments/complete?imp_success=false"
                      : "https://shop.example/checkout")
              .buyerSaw(NAV, failure(outcome.code(), outcome.message())));
      return;
    }
    confirm(
        merchantUid,
        amount,
        outcome.paidAmount() == null ? amount : outcome.paidAmount(),
        callback,
        outcome.forged());
  }

  /** PaymentCheck.confirm: look the payment up, compare, cancel a tampered one. */
  private void confirm(
      String merchantUid, long ordered, long paid, boolean callback, boolean forged) {
    String impUid = scenario.impUid();
    if (!has(Defect.NO_SERVER_VERIFICATION)) {
      scenario.lookedUp();
      if (forged) {
        end(scenario.buyerSaw(NAV, "결제가 완료되지 않았습니다."));
        return;
      }
      long expected = has(Defect.TRUSTS_CLIENT_AMOUNT) && callback ? paid : ordered;
      if (paid != expected) {
        scenario.cancel(
            json("{extra: {requester: 'admin'}}")
                .put("imp_uid", impUid)
                .put("reason", "결제 금액 불일치 (주문 " + ordered + "원, 결제 " + paid + "원)")
                .put("checksum", paid));
        end(scenario.buyerSaw(NAV, "결제 금액이 주문 금액과 달라 결제를 취소했습니다. 다시 주문해주세요."));
        return;
      }
    }
    paidOrders.add(new String[] {impUid, Long.toString(paid)});
    end(
        scenario
            .onPage("https://shop.example/orders/" + merchantUid)
            .buyerSaw(NAV, "주문이 완료되었습니다.", "결제 금액 12,000원"));
  }

  private void cancel(String page, Long partial, String reason, String requester) {
    scenario.onDevice("pc").onPage("https://shop.example" + page + "?msg=done");
    scenario.harnessDid(
        page.startsWith("/admin")
            ? partial == null
                ? HarnessAction.Kind.ADMIN_CANCEL
                : HarnessAction.Kind.ADMIN_PARTIAL_CANCEL
            : HarnessAction.Kind.BUYER_CANCEL);
    if (paidOrders.isEmpty()) {
      end(scenario.buyerSaw(NAV, "취소할 주문을 찾을 수 없습니다."));
      return;
    }
    String[] order = paidOrders.remove(0);
    ObjectNode body = json("{}").put("imp_uid", order[0]);
    if (!has(Defect.CANCEL_WITHOUT_REASON)) {
      body.put("reason", reason);
    }
    if (!has(Defect.CANCEL_WITHOUT_REQUESTER)) {
      body.set("extra", json("{}").put("requester", requester));
    }
    if (partial != null) {
      scenario.rest("GET", "/payments/" + order[0], json("{}"));
      body.put("amount", partial);
      if (!has(Defect.PARTIAL_CANCEL_WITHOUT_CHECKSUM)) {
        body.put("checksum", Long.parseLong(order[1]));
      }
    }
    end(scenario.cancel(body).buyerSaw(NAV, "취소되었습니다.", "주문 상태 결제 완료"));
  }

  private void subscribe(String device) {
    boolean mobile = device.equals("mobile");
    String customerUid = "customer-" + ++customers;
    scenario.onDevice(device).onPage("https://shop.example/subscription");
    ObjectNode params =
        json("{pg: 'naverpay', pay_method: 'card', name: '월간 책 구독', amount: 9900, buyer_name: '홍길동'}")
            .put("merchant_uid", "subscribe-" + customers)
            .put("customer_uid", customerUid);
    if (!has(Defect.SUBSCRIPTION_WITHOUT_BUYER_TEL)) {
      params.put("buyer_tel", "010-1234-5678");
    }
    params.put("buyer_email", "gildong@example.com");
    if (!has(Defect.RANDOM_PRODUCT_CODE)) {
      params.put("naverProductCode", "MONTHLY-BOOK");
    }
    params.put("naverPopupMode", !mobile);
    if (mobile) {
      params.put("m_redirect_url", "https://shop.example/subscription/complete");
    }
    scenario.requestPay(params);
    if (!mobile && has(Defect.POPUP_WITHOUT_CALLBACK)) {
      end(scenario.withoutCallback().approved().buyerSaw(NAV, "N Pay 네이버페이로 구독하기"));
      return;
    }
    scenario.approved().lookedUp();
    String first =
        has(Defect.REUSED_MERCHANT_UID) ? "subscription-" + customerUid : customerUid + "-1";
    String second =
        has(Defect.REUSED_MERCHANT_UID) ? "subscription-" + customerUid : customerUid + "-2";
    scenario.rest("POST", "/subscribe/payments/again", charge(customerUid, first, null));
    scenario.rest(
        "POST",
        "/subscribe/payments/schedule",
        json("{}")
            .put("customer_uid", customerUid)
            .set(
                "schedules",
                json("{}")
                    .putArray("s")
                    .add(charge(customerUid, second, Scenario.NOON_KST + 30L * 86400))));
    scenario.lookedUp().rest("GET", "/payments/find/" + first, json("{}"));
    end(
        scenario
            .onPage("https://shop.example/subscription/status")
            .buyerSaw(NAV, "구독 중입니다.", first + " paid " + second + " scheduled"));
    scenario.rest(
        "POST", "/subscribe/payments/unschedule", json("{}").put("customer_uid", customerUid));
    ObjectNode query =
        has(Defect.BILLING_KEY_DELETE_WITHOUT_REASON)
            ? json("{}")
            : json("{reason: '구매자 구독 해지', extra: {requester: 'customer'}}");
    end(
        scenario
            .rest("DELETE", "/subscribe/customers/" + customerUid, query)
            .buyerSaw(NAV, "구독이 해지되었습니다."));
  }

  private ObjectNode charge(String customerUid, String merchantUid, Long at) {
    ObjectNode charge =
        json("{amount: 9900, name: '월간 책 구독', notice_url: 'https://shop.example/iamport/webhook'}")
            .put("customer_uid", customerUid)
            .put("merchant_uid", merchantUid);
    if (at != null) {
      charge.put("schedule_at", at);
    }
    if (has(Defect.BAD_NAVER_USE_CFM)) {
      charge.set("extra", json("{naverUseCfm: '2020-01-01'}"));
    }
    return charge;
  }

  private ObjectNode payment(String merchantUid, long amount, boolean popup) {
    ObjectNode params = Scenario.payment().put("merchant_uid", merchantUid);
    if (has(Defect.NAME_WITH_SUFFIX)) {
      params.put("name", "달빛 서점 외 1건");
    }
    if (has(Defect.AMOUNT_AS_STRING)) {
      params.put("amount", Long.toString(amount));
    } else {
      params.put("amount", amount);
    }
    params.put("naverPopupMode", popup);
    if (!popup && !has(Defect.REDIRECT_WITHOUT_URL)) {
      params.put("m_redirect_url", "https://shop.example/payments/complete");
    }
    if (has(Defect.MISSING_NAVER_PRODUCTS)) {
      params.remove("naverProducts");
    } else if (has(Defect.PRODUCT_MISSING_CATEGORY)) {
      ((ObjectNode) params.path("naverProducts").get(0))
          .remove(List.of("categoryType", "categoryId"));
    }
    return params;
  }

  /** What shop.js / Page.failure show for a failure, with the display defects applied. */
  private String failure(String code, String message) {
    String shown = message;
    if (has(Defect.NO_MINIMUM_CHECK) && "UnderMinimumAmount".equals(code)) {
      shown = "결제할 수 없는 주문입니다. 고객센터에 문의해주세요.";
    } else if (has(Defect.REWORDED_ERROR_MESSAGE)) {
      shown = REWORDED;
    } else if (has(Defect.PREFIXED_ERROR_MESSAGE)) {
      shown = PREFIX + message;
    }
    return has(Defect.ERROR_AS_HTML)
        ? shown.replaceAll("<[^>]+>", "").replace("&amp;", "&")
        : shown;
  }

  private void end(Scenario done) {
    observations.add(done.observe());
    done.nextScenario();
  }
}
