package dev.preflight.simulator.iamport;

import dev.preflight.simulator.ledger.BillingKey;
import dev.preflight.simulator.ledger.Buyer;
import dev.preflight.simulator.ledger.Charge;
import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.simulator.ledger.LedgerException;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentPage;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.simulator.ledger.Refusal;
import dev.preflight.simulator.ledger.Schedule;
import dev.preflight.simulator.ledger.ScheduleStatus;
import dev.preflight.simulator.webhook.WebhookDispatcher;
import dev.preflight.web.Excerpt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Billing-key charges, schedules and customers under {@code /subscribe/}. */
public final class SubscribeApi {
  private final WebhookDispatcher webhooks;

  public SubscribeApi(WebhookDispatcher webhooks) {
    this.webhooks = webhooks;
  }

  /** {@code POST /subscribe/payments/again}: charges a billing key now. */
  public Reply again(ApiRequest request) {
    Params p = request.params();
    String customerUid = p.requiredText("customer_uid");
    String merchantUid = p.requiredText("merchant_uid");
    long amount = p.positiveAmount("amount");
    String name = p.requiredText("name");
    p.object("extra").text("naverUseCfm");
    List<String> noticeUrls = p.texts("notice_url");
    Ledger ledger = request.ledger();
    if (ledger.billingKey(customerUid).isEmpty()) {
      throw new LedgerException(Refusal.UNKNOWN_CUSTOMER, customerUid);
    }
    Charge charge =
        new Charge(
            customerUid,
            merchantUid,
            amount,
            orZero(p.amount("tax_free")),
            p.text("currency"),
            name,
            buyer(p),
            p.jsonText("custom_data"),
            "payment");
    Payment payment =
        ledger.charge(
            merchantUid, amount, () -> charge.draft(request.account(), request.now()), "imps_");
    if (payment.status() == PaymentStatus.PAID) {
      webhooks.notify(
          request.tenant(), noticeUrls, payment.impUid(), payment.merchantUid(), "paid");
    }
    return Reply.ok(PaymentJson.of(payment));
  }

  /** {@code POST /subscribe/payments/schedule}: books charges for later, all or none. */
  public Reply schedule(ApiRequest request) {
    Params p = request.params();
    String customerUid = p.requiredText("customer_uid");
    List<Params> entries = p.objects("schedules");
    if (entries.isEmpty()) {
      throw ApiException.badParameter("schedules 파라미터가 누락되었습니다.");
    }
    List<Schedule.Draft> drafts = new ArrayList<>();
    for (Params entry : entries) {
      Long scheduleAt = entry.integer("schedule_at");
      if (scheduleAt == null) {
        entry.requiredText("schedule_at");
      }
      drafts.add(
          new Schedule.Draft(
              entry.requiredText("merchant_uid"),
              scheduleAt,
              entry.positiveAmount("amount"),
              orZero(entry.amount("tax_free")),
              entry.text("currency"),
              entry.text("name"),
              buyer(entry),
              entry.jsonText("custom_data"),
              entry.texts("notice_url"),
              entry.object("extra").text("naverUseCfm")));
    }
    List<Schedule> booked = request.ledger().book(customerUid, drafts, request.now());
    return Reply.ok(ScheduleJson.list(booked));
  }

  /** {@code POST /subscribe/payments/unschedule}: merchant_uid may be a string or an array. */
  public Reply unschedule(ApiRequest request) {
    Params p = request.params();
    String customerUid = p.requiredText("customer_uid");
    List<String> merchantUids = p.texts("merchant_uid");
    List<Schedule> revoked = request.ledger().revoke(customerUid, merchantUids, request.now());
    return Reply.ok(ScheduleJson.list(revoked));
  }

  /** {@code GET /subscribe/payments/schedule/{merchant_uid}}. */
  public Reply scheduleOf(ApiRequest request) {
    String merchantUid = request.path("merchant_uid");
    return request
        .ledger()
        .schedule(merchantUid)
        .map(schedule -> Reply.ok(ScheduleJson.of(schedule)))
        .orElseThrow(() -> new LedgerException(Refusal.SCHEDULE_NOT_FOUND, merchantUid));
  }

  /**
   * {@code GET /subscribe/payments/schedule/customers/{customer_uid}} (also {@code
   * /subscribe/customers/{customer_uid}/schedules}): the paged object the official clients read.
   */
  public Reply schedulesOfCustomer(ApiRequest request) {
    String customerUid = request.path("customer_uid");
    return schedulePage(request, s -> s.customerUid().equals(customerUid));
  }

  /** {@code GET /subscribe/payments/schedule}: every customer's schedules in a time window. */
  public Reply schedules(ApiRequest request) {
    return schedulePage(request, s -> true);
  }

  private Reply schedulePage(ApiRequest request, Predicate<Schedule> base) {
    Params q = request.query();
    Long from = firstOf(q.integer("schedule_from"), q.integer("from"));
    Long to = firstOf(q.integer("schedule_to"), q.integer("to"));
    String status =
        q.text("schedule_status") != null ? q.text("schedule_status") : q.text("schedule-status");
    Predicate<Schedule> filter = base;
    if (from != null) {
      filter = filter.and(s -> s.scheduleAt() >= from);
    }
    if (to != null) {
      filter = filter.and(s -> s.scheduleAt() <= to);
    }
    if (status != null) {
      ScheduleStatus wanted = scheduleStatus(status);
      filter = filter.and(s -> s.status() == wanted);
    }
    List<Schedule> matches = request.ledger().schedules(filter);
    return Reply.ok(Paging.page(q, matches, ScheduleJson::write));
  }

  private static ScheduleStatus scheduleStatus(String value) {
    for (ScheduleStatus status : ScheduleStatus.values()) {
      if (status.wireName().equals(value)) {
        return status;
      }
    }
    throw ApiException.badParameter(
        "지원되지 않는 예약상태값입니다: " + value + " (scheduled, executed, revoked 중 하나)");
  }

  /** {@code GET /subscribe/customers/{customer_uid}}. */
  public Reply customer(ApiRequest request) {
    return Reply.ok(CustomerJson.of(billingKey(request)));
  }

  /**
   * {@code DELETE /subscribe/customers/{customer_uid}}: {@code reason} and {@code extra[requester]}
   * come in the query; the journal keeps them, the gateway does not insist.
   */
  public Reply deleteCustomer(ApiRequest request) {
    request.query().text("reason");
    request.query().object("extra").text("requester");
    BillingKey deleted = request.ledger().deleteBillingKey(request.path("customer_uid"));
    return Reply.ok(CustomerJson.of(deleted));
  }

  /** {@code GET /subscribe/customers?customer_uid[]=…}: 200, 207 when some are missing, 404. */
  public Reply customers(ApiRequest request) {
    List<String> uids = request.query().texts("customer_uid");
    if (uids.isEmpty()) {
      throw ApiException.badParameter("customer_uid[] 파라미터가 필요합니다.");
    }
    List<BillingKey> found = new ArrayList<>();
    uids.forEach(uid -> request.ledger().billingKey(uid).ifPresent(found::add));
    if (found.isEmpty()) {
      throw new ApiException(
          404, -1, String.format(Messages.CUSTOMER_NOT_FOUND, Excerpt.of(String.join(",", uids))));
    }
    return Reply.withStatus(found.size() == uids.size() ? 200 : 207, CustomerJson.list(found));
  }

  /** {@code GET /subscribe/customers/{customer_uid}/payments}: paged, newest first. */
  public Reply paymentsOfCustomer(ApiRequest request) {
    String customerUid = request.path("customer_uid");
    Paging.Request paging = Paging.Request.of(request.query());
    PaymentPage page =
        request.ledger().paymentsOfCustomer(customerUid, paging.offset(), paging.limit());
    return Reply.ok(Paging.page(paging, page.total(), page.items(), PaymentJson::write));
  }

  /**
   * Card-based billing ({@code onetime}, registering a card key): a Naver Pay-only account has no
   * non-authenticated card module, and the gateway says exactly that.
   */
  public Reply cardBillingUnavailable(ApiRequest request) {
    throw new ApiException(200, 1, Messages.NO_BILLING_MODULE);
  }

  private static BillingKey billingKey(ApiRequest request) {
    String customerUid = request.path("customer_uid");
    return request
        .ledger()
        .billingKey(customerUid)
        .orElseThrow(() -> new LedgerException(Refusal.CUSTOMER_NOT_FOUND, customerUid));
  }

  static Buyer buyer(Params p) {
    return new Buyer(
        p.text("buyer_name"),
        p.text("buyer_email"),
        p.text("buyer_tel"),
        p.text("buyer_addr"),
        p.text("buyer_postcode"));
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  private static Long firstOf(Long first, Long second) {
    return first != null ? first : second;
  }
}
