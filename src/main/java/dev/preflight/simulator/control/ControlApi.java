package dev.preflight.simulator.control;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.ScheduleRunner;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.iamport.ApiException;
import dev.preflight.simulator.iamport.CustomerJson;
import dev.preflight.simulator.iamport.JsonPayload;
import dev.preflight.simulator.iamport.Params;
import dev.preflight.simulator.iamport.PaymentJson;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.ArmedOutcome;
import dev.preflight.simulator.ledger.BillingKey;
import dev.preflight.simulator.ledger.Buyer;
import dev.preflight.simulator.ledger.Charge;
import dev.preflight.simulator.ledger.NaverPayFailure;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.web.BoundedJson;
import dev.preflight.web.Excerpt;
import dev.preflight.web.Utf8;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's own API under {@code /__sim/}: bare JSON, errors as {@code {"error": …}} with a
 * 4xx status. Calls act on the default tenant unless they carry {@code X-Preflight-Tenant:
 * <imp_key>}.
 */
public final class ControlApi {
  public static final String PREFIX = "/__sim";
  public static final String TENANT_HEADER = "X-Preflight-Tenant";

  /** On {@code GET /__sim/journal}: how many of the oldest entries a journal bound dropped. */
  public static final String JOURNAL_DROPPED_HEADER = "X-Preflight-Journal-Dropped";

  private static final int MAX_TIMES = 1000;

  /**
   * The clock stays within 2000-01-01 and 2100-01-01 (UNIX seconds): outside it tokens are born
   * expired, schedules never come due, and advancing far enough wraps time to negative.
   */
  static final long EARLIEST_TIME = 946_684_800L;

  static final long LATEST_TIME = 4_102_444_800L;

  /** Error messages stay readable however long the value they quote. */
  private static final int MAX_MESSAGE = 300;

  private static final ObjectMapper JSON =
      BoundedJson.mapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Simulator simulator;

  public ControlApi(Simulator simulator) {
    this.simulator = simulator;
  }

  public void register(RoutesConfig routes) {
    routes.get(PREFIX + "/health", handle(ctx -> JSON.createObjectNode().put("status", "ok")));
    routes.get(PREFIX + "/tenants", handle(this::tenants));
    routes.post(PREFIX + "/tenants", handle(this::addTenant));
    routes.post(PREFIX + "/payments", handle(this::seedPayment));
    routes.post(PREFIX + "/billing-keys", handle(this::seedBillingKey));
    routes.get(PREFIX + "/outcomes", handle(this::outcomes));
    routes.post(PREFIX + "/outcomes", handle(this::armOutcome));
    routes.delete(PREFIX + "/outcomes", handle(this::clearOutcomes));
    routes.get(PREFIX + "/clock", handle(this::clock));
    routes.post(PREFIX + "/clock", handle(this::moveClock));
    routes.get(PREFIX + "/journal", handle(this::journal));
    routes.get(PREFIX + "/webhooks", handle(this::webhooks));
    routes.post(PREFIX + "/reset", handle(this::reset));
    new PaymentListing(simulator).register(routes);
    new ScheduleListing(simulator).register(routes);
    new Dashboard(simulator).register(routes);
  }

  /** A control operation: returns the JSON to send, with 200 unless it sets another status. */
  @FunctionalInterface
  interface Operation {
    Object run(Context ctx) throws IOException;
  }

  static Handler handle(Operation operation) {
    return ctx -> {
      try {
        Object result = operation.run(ctx);
        byte[] body =
            result instanceof JsonPayload payload ? bare(payload) : JSON.writeValueAsBytes(result);
        ctx.contentType("application/json; charset=UTF-8").result(body);
      } catch (ControlException refused) {
        error(ctx, refused.status(), refused.getMessage());
      } catch (NumberFormatException unreadable) {
        // The JDK's own wording ("Infinite or NaN", "For input string: …") is no answer.
        error(ctx, 400, "a number in the request is malformed or out of range");
      } catch (ApiException | IllegalArgumentException invalid) {
        error(ctx, 400, invalid.getMessage());
      }
    };
  }

  public static void error(Context ctx, int status, String message) {
    ObjectNode body = JSON.createObjectNode().put("error", Excerpt.of(message, MAX_MESSAGE));
    ctx.status(status).contentType("application/json; charset=UTF-8").result(body.toString());
  }

  private static byte[] bare(JsonPayload payload) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var out = JSON.getFactory().createGenerator(bytes)) {
      payload.write(out);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }

  private Account account(Context ctx) {
    return account(simulator, ctx);
  }

  /** The tenant named by {@code X-Preflight-Tenant: <imp_key>}, or the default tenant. */
  static Account account(Simulator simulator, Context ctx) {
    String impKey = ctx.header(TENANT_HEADER);
    if (impKey == null || impKey.isBlank()) {
      return simulator.accounts().defaultAccount();
    }
    return simulator
        .accounts()
        .byImpKey(impKey.strip())
        .orElseThrow(
            () ->
                new ControlException(
                    404,
                    "no tenant has imp_key \""
                        + impKey.strip()
                        + "\": create it with POST /__sim/tenants or drop the "
                        + TENANT_HEADER
                        + " header"));
  }

  static JsonNode body(Context ctx) {
    byte[] raw;
    try {
      raw = ctx.bodyAsBytes();
    } catch (io.javalin.http.HttpResponseException tooLarge) {
      throw tooLarge;
    } catch (Exception unreadable) {
      // A broken chunked encoding or a client gone mid-body.
      throw new ControlException(400, "the body could not be read");
    }
    String text =
        Utf8.decode(raw)
            .orElseThrow(() -> new ControlException(400, "the body is not valid UTF-8"));
    if (text.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (!node.isObject()) {
        throw new ControlException(400, "the body must be a JSON object");
      }
      return node;
    } catch (JacksonException malformed) {
      throw new ControlException(
          400, "the body is not valid JSON: " + BoundedJson.reason(malformed));
    }
  }

  private static Params params(Context ctx) {
    return Params.json((ObjectNode) body(ctx));
  }

  private Object tenants(Context ctx) {
    ArrayNode list = JSON.createArrayNode();
    simulator.accounts().all().stream()
        .map(Account::tenant)
        .sorted(java.util.Comparator.comparing(Tenant::userCode))
        .forEach(tenant -> list.add(TenantJson.write(tenant)));
    return list;
  }

  private Object addTenant(Context ctx) {
    Tenant tenant = TenantJson.read(body(ctx));
    try {
      simulator.accounts().add(tenant);
    } catch (IllegalArgumentException taken) {
      throw new ControlException(409, taken.getMessage());
    }
    ctx.status(201);
    return TenantJson.write(tenant);
  }

  private Object seedPayment(Context ctx) {
    Account account = account(ctx);
    Params p = params(ctx);
    String merchantUid = p.requiredText("merchant_uid");
    long amount = p.positiveAmount("amount");
    String statusName = Optional.ofNullable(p.text("status")).orElse("paid");
    PaymentStatus status =
        PaymentStatus.fromWire(statusName)
            .orElseThrow(
                () ->
                    new ControlException(
                        400,
                        "status must be ready, paid, failed or cancelled (got \""
                            + Excerpt.of(statusName)
                            + "\")"));
    boolean alreadyPaid =
        account.ledger().paymentsFor(merchantUid).stream()
            .anyMatch(existing -> existing.status() == PaymentStatus.PAID);
    if (alreadyPaid && status == PaymentStatus.PAID) {
      throw new ControlException(
          409, "merchant_uid \"" + Excerpt.of(merchantUid) + "\" already has a paid payment");
    }
    long now = simulator.clock().now();
    String customerUid = p.text("customer_uid");
    Payment.Builder draft =
        Payment.builder()
            .merchantUid(merchantUid)
            .amount(amount)
            .name(p.text("name"))
            .buyer(buyer(p))
            .payMethod(p.text("pay_method"))
            .pgProvider(p.text("pg_provider"))
            .channel(Optional.ofNullable(p.text("channel")).orElse("pc"))
            .customData(p.jsonText("custom_data"))
            .customer(customerUid, customerUid == null ? null : "payment")
            .startedAt(now)
            .pgTid(Charge.naverPaymentId(now));
    switch (status) {
      case PAID, CANCELLED -> draft.paid(now, null).status(status);
      case FAILED ->
          draft.failed(
              now,
              Optional.ofNullable(p.text("fail_reason"))
                  .orElse(NaverPayFailure.INSUFFICIENT_BALANCE.message(account.tenant())));
      case READY -> draft.status(PaymentStatus.READY);
    }
    Payment payment = account.ledger().record(draft, "imp_");
    ctx.status(201);
    return PaymentJson.of(payment);
  }

  private Object seedBillingKey(Context ctx) {
    Account account = account(ctx);
    Params p = params(ctx);
    long now = simulator.clock().now();
    BillingKey key =
        new BillingKey(
            p.requiredText("customer_uid"),
            Optional.ofNullable(p.text("pg_provider")).orElse("naverpay"),
            p.text("pg_id"),
            p.text("customer_id"),
            new Buyer(
                p.text("customer_name"),
                p.text("customer_email"),
                p.text("customer_tel"),
                p.text("customer_addr"),
                p.text("customer_postcode")),
            p.text("card_name"),
            p.text("card_code"),
            p.text("card_number"),
            p.text("card_type"),
            p.text("product_code"),
            null,
            now,
            now);
    account.ledger().registerBillingKey(key);
    ctx.status(201);
    return CustomerJson.of(key);
  }

  private static Buyer buyer(Params p) {
    return new Buyer(
        p.text("buyer_name"),
        p.text("buyer_email"),
        p.text("buyer_tel"),
        p.text("buyer_addr"),
        p.text("buyer_postcode"));
  }

  private Object outcomes(Context ctx) {
    ArrayNode list = JSON.createArrayNode();
    account(ctx).outcomes().list().forEach(o -> list.add(outcomeJson(o)));
    return list;
  }

  /**
   * Arms an outcome. {@code outcome} is {@code approve}, {@code fail}, a named failure such as
   * {@code insufficient_balance} (whose code and message become the defaults), or {@code
   * forge_success}: the window tells the page the payment succeeded though nothing was paid.
   */
  private Object armOutcome(Context ctx) {
    Account account = account(ctx);
    Params p = params(ctx);
    Params match = p.object("match");
    String outcome = p.requiredText("outcome");
    ArmedOutcome.Kind kind =
        switch (outcome) {
          case "approve" -> ArmedOutcome.Kind.APPROVE;
          case "forge_success" -> ArmedOutcome.Kind.FORGE_SUCCESS;
          default -> ArmedOutcome.Kind.FAIL;
        };
    boolean approve = kind == ArmedOutcome.Kind.APPROVE;
    boolean fails = kind == ArmedOutcome.Kind.FAIL;
    NaverPayFailure failure =
        !fails || outcome.equals("fail")
            ? NaverPayFailure.INSUFFICIENT_BALANCE
            : NaverPayFailure.fromOutcomeName(outcome)
                .orElseThrow(
                    () ->
                        new ControlException(
                            400,
                            "outcome must be approve, fail, forge_success, or one of "
                                + java.util.Arrays.stream(NaverPayFailure.values())
                                    .map(NaverPayFailure::outcomeName)
                                    .toList()
                                + " (got \""
                                + Excerpt.of(outcome)
                                + "\")"));
    long times = Optional.ofNullable(p.integer("times")).orElse(1L);
    if (times < 1 || times > MAX_TIMES) {
      throw new ControlException(
          400, "times must be from 1 to " + MAX_TIMES + " (got " + times + ")");
    }
    Long paidAmount = p.amount("paid_amount");
    if (paidAmount != null && !approve) {
      throw new ControlException(400, "paid_amount only applies to outcome \"approve\"");
    }
    ArmedOutcome armed =
        account
            .outcomes()
            .arm(
                match.text("merchant_uid"),
                match.amount("amount"),
                match.text("customer_uid"),
                kind,
                !fails ? null : Optional.ofNullable(p.text("error_code")).orElse(failure.code()),
                !fails
                    ? null
                    : Optional.ofNullable(p.text("error_msg"))
                        .orElse(failure.message(account.tenant())),
                paidAmount,
                (int) times);
    ctx.status(201);
    return outcomeJson(armed);
  }

  private Object clearOutcomes(Context ctx) {
    Account account = account(ctx);
    int cleared = account.outcomes().list().size();
    account.outcomes().clear();
    return JSON.createObjectNode().put("cleared", cleared);
  }

  private static ObjectNode outcomeJson(ArmedOutcome o) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", o.id());
    ObjectNode match = out.putObject("match");
    match.put("merchant_uid", o.merchantUid());
    match.put("amount", o.amount());
    match.put("customer_uid", o.customerUid());
    out.put("outcome", o.kind().name().toLowerCase(java.util.Locale.ROOT));
    out.put("error_code", o.errorCode());
    out.put("error_msg", o.errorMsg());
    out.put("paid_amount", o.paidAmount());
    out.put("remaining", o.remaining());
    return out;
  }

  private Object clock(Context ctx) {
    return JSON.createObjectNode()
        .put("now", simulator.clock().now())
        .put("real_time", simulator.clock().isRealTime());
  }

  /** Sets or advances the clock, then runs every schedule that became due. */
  private Object moveClock(Context ctx) {
    Params p = params(ctx);
    Long set = p.integer("set");
    Long advance = p.integer("advance_seconds");
    if ((set == null) == (advance == null)) {
      throw new ControlException(
          400, "send exactly one of {\"set\": <unix seconds>} or {\"advance_seconds\": n}");
    }
    if (advance != null && advance < 0) {
      throw new ControlException(
          400, "advance_seconds must not be negative: use \"set\" to go back");
    }
    if (set != null && (set < EARLIEST_TIME || set > LATEST_TIME)) {
      throw new ControlException(400, outOfRange("set", set));
    }
    if (advance != null && advance > LATEST_TIME - simulator.clock().now()) {
      throw new ControlException(400, outOfRange("advance_seconds", advance));
    }
    ScheduleRunner.Moved moved =
        simulator
            .schedules()
            .moveClock(clock -> set != null ? clock.set(set) : clock.advance(advance));
    ObjectNode out = JSON.createObjectNode().put("now", moved.now());
    out.set("ran", JSON.valueToTree(moved.ran()));
    return out;
  }

  private static String outOfRange(String field, long value) {
    return field
        + " would put the clock outside 2000-01-01..2100-01-01 (UNIX seconds "
        + EARLIEST_TIME
        + ".."
        + LATEST_TIME
        + "; got "
        + value
        + ")";
  }

  private Object journal(Context ctx) {
    long since = 0;
    String value = ctx.queryParam("since");
    if (value != null) {
      try {
        since = Long.parseLong(value);
      } catch (NumberFormatException notNumber) {
        throw new ControlException(
            400, "since must be a journal seq number (got \"" + Excerpt.of(value) + "\")");
      }
    }
    String tenant = account(ctx).tenant().userCode();
    // Read before the entries: a count taken after could include entries this answer still has.
    long dropped = simulator.journal().dropped();
    List<JournalEntry> entries = simulator.journal().since(since, tenant);
    if (dropped > 0) {
      ctx.header(JOURNAL_DROPPED_HEADER, Long.toString(dropped));
    }
    return entries;
  }

  private Object webhooks(Context ctx) {
    return simulator.webhooks().attempts(account(ctx).tenant().userCode());
  }

  private Object reset(Context ctx) {
    JsonNode body = body(ctx);
    JsonNode flag = body.get("tenants");
    if (flag != null && !flag.isNull() && !flag.isBoolean()) {
      throw new ControlException(
          400, "tenants must be true or false (got " + Excerpt.of(flag) + ")");
    }
    boolean tenants = flag != null && flag.asBoolean(false);
    simulator.reset(tenants);
    return JSON.createObjectNode().put("status", "reset").put("tenants_dropped", tenants);
  }
}
