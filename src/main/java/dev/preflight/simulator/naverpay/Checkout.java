package dev.preflight.simulator.naverpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.journal.Journal;
import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.Accounts;
import dev.preflight.simulator.ledger.Buyer;
import dev.preflight.simulator.ledger.Clock;
import dev.preflight.simulator.ledger.LedgerException;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.simulator.webhook.WebhookDispatcher;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The life of a Naver Pay checkout: {@code request_pay} is pre-validated and opens a ready payment;
 * the buyer's choice in the window (or closing it) settles that payment; the result goes back to
 * the page's callback or to {@code m_redirect_url}. Everything is journaled as it happens.
 */
public final class Checkout {
  public static final String KIND_SDK = "sdk";
  public static final String KIND_WINDOW = "window";

  private final Accounts accounts;
  private final Clock clock;
  private final Journal journal;
  private final WebhookDispatcher webhooks;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, CheckoutSession> sessions = new ConcurrentHashMap<>();

  public Checkout(Accounts accounts, Clock clock, Journal journal, WebhookDispatcher webhooks) {
    this.accounts = accounts;
    this.clock = clock;
    this.journal = journal;
    this.webhooks = webhooks;
  }

  /**
   * What the SDK does next: open the window for {@code session}, or hand {@code refused} to the
   * callback (or navigate to {@code redirectUrl} when there is no callback to hand it to).
   */
  public record Start(CheckoutSession session, WindowResult refused, String redirectUrl) {}

  /** Journals {@code IMP.init} / {@code IMP.agency}. */
  public void init(RequestPayCall call, boolean agency) {
    ObjectNode detail = detail(call);
    detail.put("agency", agency);
    journal.record(
        tenantOf(call.userCode()), KIND_SDK, "init", call.pageUrl(), null, null, null, detail);
  }

  public Start start(RequestPayCall call) {
    Optional<Account> account = accounts.byUserCode(call.userCode());
    JsonNode params = call.params();
    Optional<PreValidation.Failure> failure =
        PreValidation.check(call.userCode(), account, params, call.popup(), call.mobile());
    if (failure.isEmpty()) {
      try {
        CheckoutSession session = open(account.get(), call);
        journalCall(call, session, null);
        return new Start(session, null, null);
      } catch (LedgerException paidMeanwhile) {
        failure =
            Optional.of(
                new PreValidation.Failure(PreValidation.ALREADY_PAID, "이미 결제가 이루어진 거래건입니다."));
      }
    }
    String merchantUid = params == null ? null : text(params, "merchant_uid");
    WindowResult refused =
        WindowResult.refused(merchantUid, failure.get().code(), failure.get().message());
    String redirect = params == null ? null : text(params, "m_redirect_url");
    // A refusal goes back to m_redirect_url only if it is safe to follow: the refusal may be that
    // it is not (a javascript: URL would run in the merchant's page).
    boolean redirects =
        !call.hasCallback()
            && redirect != null
            && PreValidation.followable(redirect)
            && (call.mobile() || !call.popup());
    journalCall(call, null, refused);
    return new Start(null, refused, redirects ? refused.redirectTo(redirect) : null);
  }

  private CheckoutSession open(Account account, RequestPayCall call) {
    ObjectNode params = (ObjectNode) call.params();
    String merchantUid = text(params, "merchant_uid");
    String customerUid = text(params, "customer_uid");
    boolean registration = customerUid != null;
    long amount = params.get("amount").asLong();
    long now = clock.now();
    Payment.Builder draft =
        Payment.builder()
            .merchantUid(merchantUid)
            .payMethod(text(params, "pay_method"))
            .channel(call.mobile() ? "mobile" : "pc")
            .pgId("np_" + account.tenant().userCode())
            .name(text(params, "name"))
            .amount(registration ? 0 : amount)
            .taxFree(params.path("tax_free").asLong(0))
            .currency(text(params, "currency"))
            .buyer(buyer(params))
            .userAgent(call.userAgent())
            .customData(customData(params.get("custom_data")))
            .customer(customerUid, registration ? "issue" : null)
            .startedAt(now);
    Payment ready = account.ledger().open(draft, merchantUid);
    String productCode = registration ? text(params, "naverProductCode") : null;
    if (registration && productCode == null) {
      productCode = "random_" + hex(8);
    }
    CheckoutSession session =
        new CheckoutSession(
            hex(16),
            account,
            ready.impUid(),
            merchantUid,
            amount,
            params.deepCopy(),
            call.popup(),
            call.mobile(),
            registration,
            customerUid,
            productCode,
            text(params, "m_redirect_url"),
            call.hasCallback(),
            texts(params.get("notice_url")),
            new AtomicReference<>());
    sessions.put(session.id(), session);
    return session;
  }

  public Optional<CheckoutSession> session(String id) {
    return Optional.ofNullable(id == null ? null : sessions.get(id));
  }

  /**
   * Settles a session with the buyer's choice, once: a second choice (a double click, closing the
   * popup after approving) returns the first result.
   */
  WindowResult settle(CheckoutSession session, Choice choice) {
    WindowResult existing = session.result().get();
    if (existing != null) {
      return existing;
    }
    Account account = session.account();
    WindowDecision decision = new WindowDecision(session, choice, clock.now());
    Payment settled = account.ledger().settle(session.impUid(), decision);
    WindowResult result =
        WindowResult.of(
            settled,
            decision.errorCode(),
            decision.errorMsg(),
            session.registration() ? session.customerUid() : null,
            decision.forged());
    if (!session.result().compareAndSet(null, result)) {
      return session.result().get();
    }
    ObjectNode params = JsonNodeFactory.instance.objectNode().put("choice", choice.name());
    journal.record(
        account.tenant().userCode(),
        KIND_WINDOW,
        "result",
        "/naverpay/" + session.id(),
        params,
        null,
        null,
        result.response());
    if (settled.status() == PaymentStatus.PAID && !session.registration()) {
      webhooks.notifyOfPayment(
          account.tenant(), session.noticeUrls(), settled.impUid(), settled.merchantUid(), "paid");
    }
    return result;
  }

  /** The popup closed (or was never allowed to open): a buyer cancel unless a result exists. */
  public WindowResult closed(CheckoutSession session, boolean blocked) {
    return settle(session, blocked ? Choice.blocked() : Choice.closed());
  }

  /**
   * Where the SDK sends the page after a popup closes with no callback to call, or null to stay.
   */
  public String redirectAfterPopup(CheckoutSession session, WindowResult result) {
    return session.hasCallback()
            || session.redirectUrl() == null
            || !PreValidation.followable(session.redirectUrl())
        ? null
        : result.redirectTo(session.redirectUrl());
  }

  public void clear() {
    sessions.clear();
  }

  private void journalCall(RequestPayCall call, CheckoutSession session, WindowResult refused) {
    ObjectNode detail = detail(call);
    detail.put("has_callback", call.hasCallback());
    detail.put("mode", call.popup() ? "popup" : "redirect");
    detail.put("device", call.mobile() ? "mobile" : "pc");
    detail.put("registration", session != null && session.registration());
    detail.put("imp_uid", session == null ? null : session.impUid());
    detail.put("session", session == null ? null : session.id());
    detail.put("error_code", refused == null ? null : refused.errorCode());
    detail.put("error_msg", refused == null ? null : refused.errorMsg());
    journal.record(
        tenantOf(call.userCode()),
        KIND_SDK,
        "request_pay",
        call.pageUrl(),
        call.params(),
        null,
        null,
        detail);
  }

  private static ObjectNode detail(RequestPayCall call) {
    ObjectNode detail = JsonNodeFactory.instance.objectNode();
    detail.put("user_code", call.userCode());
    detail.put("tier_code", call.tierCode());
    detail.put("page_url", call.pageUrl());
    detail.put("user_agent", call.userAgent());
    return detail;
  }

  private String tenantOf(String userCode) {
    return accounts.byUserCode(userCode).map(a -> a.tenant().userCode()).orElse(null);
  }

  static String text(JsonNode params, String field) {
    JsonNode value = params.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }

  private static List<String> texts(JsonNode value) {
    List<String> list = new ArrayList<>();
    if (value == null || value.isNull()) {
      return list;
    }
    if (value.isArray()) {
      value.forEach(item -> list.add(item.asText()));
    } else if (!value.asText().isBlank()) {
      list.add(value.asText());
    }
    return list;
  }

  static Buyer buyer(JsonNode params) {
    return new Buyer(
        text(params, "buyer_name"),
        text(params, "buyer_email"),
        text(params, "buyer_tel"),
        text(params, "buyer_addr"),
        text(params, "buyer_postcode"));
  }

  private static String customData(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isTextual() ? value.asText() : value.toString();
  }

  private String hex(int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }
}
