package dev.preflight.inspection;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.journal.JournalEntry;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A scenario's journal and screen, built the way it happened: {@code
 * Scenario.pc().requestPay(payment()).approved().lookedUp().buyerSaw("주문이 완료되었습니다.")}. The buyer's
 * screen notes the journal seq when it is set, so calls after {@code buyerSaw} came too late.
 */
public final class Scenario {
  /** 2025-01-15 12:00 in Korea: the simulator's clock for every entry unless moved. */
  public static final long NOON_KST =
      ZonedDateTime.of(2025, 1, 15, 12, 0, 0, 0, ZoneId.of("Asia/Seoul")).toEpochSecond();

  public static final String CANCEL_MESSAGE = "결제를 취소하셨습니다. 주문 내용 확인 후 다시 결제해주세요.";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES);

  private String device;
  private final List<JournalEntry> earlier = new ArrayList<>();
  private final List<JournalEntry> journal = new ArrayList<>();
  private final List<String> dialogs = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final List<HarnessAction> actions = new ArrayList<>();
  private final List<String> glimpses = new ArrayList<>();
  private final java.util.Map<String, Long> firstSeenAt = new java.util.HashMap<>();
  private final java.util.Map<String, Long> successMarks = new java.util.LinkedHashMap<>();
  private final Set<String> capabilities =
      new HashSet<>(
          Set.of(
              MerchantContext.SUBSCRIPTIONS,
              MerchantContext.PARTIAL_CANCEL,
              MerchantContext.MOBILE));
  private boolean highRisk;
  private boolean marketplace;
  private boolean completionDateSettlement;
  private long minimum = 100;
  private int channels = 1;
  private String pageUrl = "https://shop.example/checkout";
  private long seqAtResult;
  private long seq;
  private long now = NOON_KST;
  private int impUids = 100;

  private Scenario(String device) {
    this.device = device;
  }

  public static Scenario pc() {
    return new Scenario("pc");
  }

  public static Scenario mobile() {
    return new Scenario("mobile");
  }

  /** Relaxed JSON for short fixtures: {@code json("{amount: '1000'}")}. */
  public static ObjectNode json(String relaxed) {
    try {
      return (ObjectNode) JSON.readTree(relaxed);
    } catch (JsonProcessingException typo) {
      throw new IllegalArgumentException(relaxed, typo);
    }
  }

  /** A compliant popup-mode general payment of 12,000 won for two books. */
  public static ObjectNode payment() {
    return json(
        "{pg: 'naverpay', pay_method: 'card', merchant_uid: 'order-1', name: '달빛 서점',"
            + " amount: 12000, buyer_name: '홍길동', buyer_tel: '010-1234-5678',"
            + " buyer_email: 'gildong@example.com', naverPopupMode: true,"
            + " naverProducts: [{categoryType: 'BOOK', categoryId: 'GENERAL', uid: 'BOOK-1',"
            + " name: '달빛 서점', count: 2}]}");
  }

  /** The payment with these naverProducts items, in relaxed JSON. */
  public static ObjectNode paymentWithItems(String... items) {
    ObjectNode params = payment();
    params.set("naverProducts", json("{items: [" + String.join(",", items) + "]}").get("items"));
    return params;
  }

  /** The same payment in redirect mode, as a compliant shop sends it on mobile. */
  public static ObjectNode redirectPayment() {
    return payment()
        .put("naverPopupMode", false)
        .put("m_redirect_url", "https://shop.example/payments/complete");
  }

  /** A compliant billing-key registration. */
  public static ObjectNode registration() {
    return json(
        "{pg: 'naverpay', merchant_uid: 'subscribe-1', customer_uid: 'customer-1',"
            + " name: '월간 책 구독', amount: 9900, buyer_name: '홍길동',"
            + " buyer_tel: '010-1234-5678', naverProductCode: 'MONTHLY-BOOK', naverPopupMode: true}");
  }

  /** Goes on with the buyer on another device: {@code pc} or {@code mobile}. */
  public Scenario onDevice(String name) {
    device = name;
    return this;
  }

  public Scenario capabilities(String... names) {
    capabilities.clear();
    capabilities.addAll(List.of(names));
    return this;
  }

  public Scenario highRisk() {
    highRisk = true;
    return this;
  }

  public Scenario marketplace() {
    marketplace = true;
    return this;
  }

  public Scenario completionDateSettlement() {
    completionDateSettlement = true;
    return this;
  }

  public Scenario minimum(long won) {
    minimum = won;
    return this;
  }

  public Scenario channels(int count) {
    channels = count;
    return this;
  }

  /** Moves the clock: later entries are recorded at this UNIX time. */
  public Scenario at(long epochSecond) {
    now = epochSecond;
    return this;
  }

  /**
   * {@code IMP.request_pay(params, callback)} in popup mode, {@code IMP.request_pay(params)} else.
   */
  public Scenario requestPay(ObjectNode params) {
    // The harness pressed pay (or subscribe) just before: the page's call is that action's.
    harnessDid(
        params.hasNonNull("customer_uid") ? HarnessAction.Kind.SUBSCRIBE : HarnessAction.Kind.PAY);
    boolean popup = params.path("naverPopupMode").asBoolean(false);
    ObjectNode detail =
        json("{user_code: 'imp00000000', tier_code: null}")
            .put("page_url", pageUrl)
            .put("user_agent", device.equals("mobile") ? "Mobile Safari" : "Chrome")
            .put("has_callback", popup)
            .put("mode", popup ? "popup" : "redirect")
            .put("device", device)
            .put("registration", params.hasNonNull("customer_uid"))
            .put("imp_uid", "imp_" + ++impUids)
            .put("session", "s" + impUids)
            .putNull("error_code")
            .putNull("error_msg");
    return record("sdk", "request_pay", pageUrl, params, null, null, detail);
  }

  public Scenario withoutCallback() {
    return changeCall(detail -> detail.put("has_callback", false));
  }

  public Scenario withCallback() {
    return changeCall(detail -> detail.put("has_callback", true));
  }

  /** The SDK refused the last request_pay before any window opened. */
  public Scenario refused(String code, String message) {
    return changeCall(
        detail ->
            detail
                .putNull("imp_uid")
                .putNull("session")
                .put("error_code", code)
                .put("error_msg", message));
  }

  public Scenario approved() {
    return approvedFor(lastCall().param("amount").asLong());
  }

  /** The window approved, reporting this paid amount (differing from the request: tampering). */
  public Scenario approvedFor(long paidAmount) {
    ObjectNode rsp =
        response(true, null, null).put("paid_amount", paidAmount).put("status", "paid");
    if (lastCall().params().hasNonNull("customer_uid")) {
      rsp.put("customer_uid", lastCall().param("customer_uid").asText());
    }
    return window("approve", rsp);
  }

  public Scenario failed(String outcome, String code, String message) {
    return window("fail:" + outcome, response(false, code, message));
  }

  public Scenario buyerCancelled() {
    return window("cancel", response(false, "userCancel", CANCEL_MESSAGE));
  }

  public Scenario blocked() {
    return window("blocked", response(false, "POPUP_BLOCKED", "팝업이 차단되어 네이버페이 결제창을 열 수 없습니다."));
  }

  /** A REST call of the merchant's server that i'mport accepted. */
  public Scenario rest(String method, String path, ObjectNode params) {
    return record("rest", method, path, params, 200, 0, null);
  }

  /** A REST call whose body came as JSON ({@code json}) or a form ({@code form}). */
  public Scenario rest(String method, String path, ObjectNode params, String bodyFormat) {
    return record("rest", method, path, params, 200, 0, json("{}").put("body", bodyFormat));
  }

  /** A text the page showed for a moment, seen when the journal stood where it stands now. */
  public Scenario glimpsed(String text) {
    glimpses.add(text);
    firstSeenAt.putIfAbsent(BuyerView.normalize(text), seq);
    return this;
  }

  public Scenario restRefused(String method, String path, ObjectNode params, int code) {
    return record("rest", method, path, params, 400, code, null);
  }

  /**
   * The simulator's notification of the last payment, answered by the merchant; a handler's lookup,
   * when it makes one, comes before (call {@link #lookedUp()} first).
   */
  public Scenario webhookAnswered() {
    ObjectNode body =
        json("{status: 'paid'}")
            .put("imp_uid", impUid())
            .put("merchant_uid", lastCall().param("merchant_uid").asText());
    return record("webhook", "POST", "https://shop.example/iamport/webhook", body, 200, null, null);
  }

  /** {@code GET /payments/{imp_uid}} of the last request_pay. */
  public Scenario lookedUp() {
    return rest("GET", "/payments/" + impUid(), json("{}"));
  }

  /** A call of the merchant's server that a fault answered instead of the gateway. */
  public Scenario fault(String method, String path, String fault) {
    return record(
        "fault",
        method,
        path,
        json("{}"),
        500,
        -1,
        json("{source: 'control-api'}").put("fault", fault));
  }

  /** {@code GET /payments/{imp_uid}} of the last request_pay, answered by a fault. */
  public Scenario lookupFailed(String fault) {
    return fault("GET", "/payments/" + impUid(), fault);
  }

  /** A scheduled charge the gateway ran, which failed. */
  public Scenario scheduledChargeFailed(String customerUid, String merchantUid, String reason) {
    ObjectNode detail =
        json("{payment_status: 'failed', amount: 9900}")
            .put("customer_uid", customerUid)
            .put("merchant_uid", merchantUid)
            .put("fail_reason", reason);
    return record("schedule", null, null, null, null, null, detail);
  }

  public Scenario cancel(ObjectNode params) {
    return rest("POST", "/payments/cancel", params);
  }

  public Scenario buyerSaw(String... shown) {
    texts.addAll(List.of(shown));
    seqAtResult = seq;
    return this;
  }

  /**
   * The mark the profile names as the shop's success, on the page now (and read when the journal
   * stood where it stands now).
   */
  public Scenario successMark(String text) {
    texts.add(text);
    successMarks.put(text, seq);
    seqAtResult = seq;
    return this;
  }

  public Scenario alerted(String dialog) {
    dialogs.add(dialog);
    seqAtResult = seq;
    return this;
  }

  /** The harness acts on the site now, as the buyer or the back office: later calls are its. */
  public Scenario harnessDid(HarnessAction.Kind kind) {
    return harnessDid(kind, "");
  }

  public Scenario harnessDid(HarnessAction.Kind kind, String detail) {
    actions.add(new HarnessAction(kind, seq, detail));
    return this;
  }

  public Scenario onPage(String url) {
    pageUrl = url;
    return this;
  }

  /** Starts the next scenario: what happened so far becomes the earlier journal. */
  public Scenario nextScenario() {
    earlier.addAll(journal);
    journal.clear();
    dialogs.clear();
    texts.clear();
    actions.clear();
    glimpses.clear();
    firstSeenAt.clear();
    seqAtResult = 0;
    return this;
  }

  public String impUid() {
    return lastCall().detail().path("imp_uid").asText();
  }

  /** The seq of the last entry recorded. */
  public long seq() {
    return seq;
  }

  public Observation observe() {
    MerchantContext merchant =
        new MerchantContext(
            capabilities,
            highRisk,
            marketplace,
            completionDateSettlement,
            false,
            minimum,
            channels);
    BuyerView buyer =
        new BuyerView(dialogs, texts, glimpses, firstSeenAt, pageUrl, seqAtResult, null);
    for (var mark : successMarks.entrySet()) {
      buyer = buyer.withSuccessMark(mark.getKey(), mark.getValue());
    }
    return new Observation("a test scenario", device, journal, earlier, buyer, merchant, actions);
  }

  public Finding judgedBy(Rule rule) {
    return rule.evaluate(observe());
  }

  private Scenario window(String choice, ObjectNode rsp) {
    JournalEntry call = lastCall();
    rsp.put("imp_uid", call.detail().path("imp_uid").asText());
    rsp.put("merchant_uid", call.param("merchant_uid").asText());
    ObjectNode params = json("{}").put("choice", choice);
    return record(
        "window",
        "result",
        "/naverpay/" + call.detail().path("session").asText(),
        params,
        null,
        null,
        rsp);
  }

  private static ObjectNode response(boolean success, String code, String message) {
    return json("{}")
        .put("success", success)
        .put("imp_success", success)
        .put("error_code", code)
        .put("error_msg", message)
        .put("paid_amount", 0)
        .put("status", success ? "paid" : "failed");
  }

  private Scenario record(
      String kind,
      String method,
      String path,
      JsonNode params,
      Integer status,
      Integer code,
      JsonNode detail) {
    journal.add(
        new JournalEntry(
            ++seq, now, "imp00000000", kind, method, path, params, status, code, detail, 0));
    return this;
  }

  private JournalEntry lastCall() {
    for (int i = journal.size() - 1; i >= 0; i--) {
      if (journal.get(i).isRequestPay()) {
        return journal.get(i);
      }
    }
    throw new IllegalStateException("call requestPay(...) first");
  }

  private Scenario changeCall(java.util.function.Consumer<ObjectNode> change) {
    JournalEntry call = lastCall();
    ObjectNode detail = call.detail().deepCopy();
    change.accept(detail);
    journal.set(
        journal.indexOf(call),
        new JournalEntry(
            call.seq(),
            call.at(),
            call.tenant(),
            call.kind(),
            call.method(),
            call.path(),
            call.params(),
            call.status(),
            call.code(),
            detail,
            call.atMillis()));
    return this;
  }
}
