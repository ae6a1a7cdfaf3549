package dev.preflight.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.ScheduleRunner;
import dev.preflight.simulator.control.ControlApi;
import dev.preflight.simulator.control.TenantJson;
import dev.preflight.simulator.faults.ArmedFault;
import dev.preflight.simulator.faults.Endpoint;
import dev.preflight.simulator.faults.FaultCatalog;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.ArmedOutcome;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.simulator.webhook.WebhookAttempt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A typed client of the simulator's control API ({@code /__sim/}), for a simulator in this JVM or
 * another process: tenants, seeded payments and billing keys, armed outcomes and faults, the clock,
 * the journal, webhook attempts and reset. It answers with the simulator's own types ({@link
 * JournalEntry}, {@link Tenant}, {@link ArmedOutcome}, …), so there is one model of each.
 *
 * <p>Calls act on the default tenant; {@link #forTenant(String)} gives a client for another. A
 * refusal throws {@link ControlRequestRefused} with the simulator's message. Instances are
 * immutable and safe to share between threads.
 */
public final class SimulatorControl {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /** Unknown fields are skipped: a newer simulator may journal more than this client knows. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final HttpClient http;
  private final String baseUrl;
  private final String tenantImpKey;
  private final Duration timeout;

  private SimulatorControl(HttpClient http, String baseUrl, String tenantImpKey, Duration timeout) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.tenantImpKey = tenantImpKey;
    this.timeout = timeout;
  }

  /**
   * A client of the simulator at {@code baseUrl}, such as {@code http://127.0.0.1:7070}, acting on
   * its default tenant.
   */
  public static SimulatorControl at(String baseUrl) {
    String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    URI.create(trimmed);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return new SimulatorControl(http, trimmed, null, DEFAULT_TIMEOUT);
  }

  /**
   * The address of the control API of the simulator at {@code baseUrl}, for people to read: the
   * client is the one place outside the simulator that knows where the control API lives.
   */
  public static String controlApiUrl(String baseUrl) {
    String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return trimmed + ControlApi.PREFIX + "/";
  }

  /** The same simulator, acting on the tenant with this REST key ({@code imp_key}). */
  public SimulatorControl forTenant(String impKey) {
    return new SimulatorControl(http, baseUrl, impKey, timeout);
  }

  /**
   * The same client, giving up on a call that has not been answered within {@code timeout} (30
   * seconds unless told) with an {@link UncheckedIOException}.
   */
  public SimulatorControl withTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a timeout must be positive, got " + timeout);
    }
    return new SimulatorControl(http, baseUrl, tenantImpKey, timeout);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Whether the simulator answers {@code GET /__sim/health}. */
  public boolean isHealthy() {
    try {
      return "ok".equals(get("/health").path("status").asText());
    } catch (UncheckedIOException | ControlRequestRefused down) {
      return false;
    }
  }

  /** Every tenant, by user code; secrets come back masked as {@code ****}. */
  public List<Tenant> tenants() {
    List<Tenant> tenants = new ArrayList<>();
    get("/tenants").forEach(node -> tenants.add(TenantJson.read(node)));
    return tenants;
  }

  /** The tenant with this user code ({@code imp00000000} is the default one). */
  public Optional<Tenant> tenant(String userCode) {
    return tenants().stream().filter(t -> t.userCode().equals(userCode)).findFirst();
  }

  /** Adds a tenant; refused with 409 when its user code or imp_key is taken. */
  public Tenant createTenant(Tenant tenant) {
    ObjectNode body = TenantJson.write(tenant).put("imp_secret", tenant.impSecret());
    return TenantJson.read(send("POST", "/tenants", body));
  }

  /**
   * Adds a tenant with the gateway's defaults.
   *
   * @param notificationUrl where its webhooks go, or null for none
   */
  public Tenant createTenant(
      String userCode, String impKey, String impSecret, String notificationUrl) {
    return createTenant(
        new Tenant(
            userCode,
            impKey,
            impSecret,
            notificationUrl,
            null,
            Tenant.DEFAULT_MINIMUM_AMOUNT,
            Tenant.DEFAULT_WEBHOOK_RETRIES,
            null,
            null,
            null,
            null));
  }

  /** Puts a payment into the tenant's books; it gets an imp_uid as a real one would. */
  public GatewayPayment seedPayment(PaymentSeed seed) {
    ObjectNode body = JSON.createObjectNode();
    body.put("merchant_uid", seed.merchantUid());
    body.put("amount", seed.amount());
    putIfPresent(body, "status", seed.status());
    putIfPresent(body, "name", seed.name());
    putIfPresent(body, "buyer_name", seed.buyerName());
    putIfPresent(body, "buyer_tel", seed.buyerTel());
    putIfPresent(body, "buyer_email", seed.buyerEmail());
    putIfPresent(body, "customer_uid", seed.customerUid());
    putIfPresent(body, "pg_provider", seed.pgProvider());
    return GatewayPayment.of(send("POST", "/payments", body));
  }

  /** Registers a billing key; answers the i'mport customer object. */
  public JsonNode seedBillingKey(BillingKeySeed seed) {
    ObjectNode body = JSON.createObjectNode();
    body.put("customer_uid", seed.customerUid());
    putIfPresent(body, "customer_name", seed.customerName());
    putIfPresent(body, "customer_tel", seed.customerTel());
    putIfPresent(body, "customer_email", seed.customerEmail());
    return send("POST", "/billing-keys", body);
  }

  public ArmedOutcome arm(ArmOutcome outcome) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode match = body.putObject("match");
    putIfPresent(match, "merchant_uid", outcome.merchantUid());
    if (outcome.amount() != null) {
      match.put("amount", outcome.amount());
    }
    putIfPresent(match, "customer_uid", outcome.customerUid());
    body.put("outcome", outcome.outcome());
    putIfPresent(body, "error_code", outcome.errorCode());
    putIfPresent(body, "error_msg", outcome.errorMsg());
    body.put("times", outcome.times());
    if (outcome.paidAmount() != null) {
      body.put("paid_amount", outcome.paidAmount());
    }
    return armedOutcome(send("POST", "/outcomes", body));
  }

  /** The outcomes still armed for the tenant, oldest first. */
  public List<ArmedOutcome> armedOutcomes() {
    List<ArmedOutcome> armed = new ArrayList<>();
    get("/outcomes").forEach(node -> armed.add(armedOutcome(node)));
    return armed;
  }

  /** Takes back every armed outcome; answers how many there were. */
  public int clearOutcomes() {
    return send("DELETE", "/outcomes", null).path("cleared").asInt();
  }

  public ArmedFault arm(ArmFault fault) {
    ObjectNode body = JSON.createObjectNode();
    body.put("fault", fault.fault());
    body.put("times", fault.times());
    putIfPresent(body, "endpoint", fault.endpoint());
    putIfPresent(body, "path", fault.path());
    return armedFault(send("POST", "/faults", body));
  }

  public List<ArmedFault> armedFaults() {
    List<ArmedFault> armed = new ArrayList<>();
    get("/faults").forEach(node -> armed.add(armedFault(node)));
    return armed;
  }

  /** Switches off every fault still armed for the tenant; answers how many there were. */
  public int clearFaults() {
    return send("DELETE", "/faults", null).path("cleared").asInt();
  }

  public ClockReading clock() {
    JsonNode clock = get("/clock");
    return new ClockReading(clock.path("now").asLong(), clock.path("real_time").asBoolean());
  }

  /** Sets the clock, then runs every schedule that became due; answers those it ran. */
  public ScheduleRunner.Moved setClock(Instant at) {
    return moveClock(JSON.createObjectNode().put("set", at.getEpochSecond()));
  }

  /** Moves the clock on, then runs every schedule that became due; answers those it ran. */
  public ScheduleRunner.Moved advanceClock(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the clock only advances: use setClock to go back");
    }
    return moveClock(JSON.createObjectNode().put("advance_seconds", by.toSeconds()));
  }

  private ScheduleRunner.Moved moveClock(ObjectNode body) {
    return read(send("POST", "/clock", body), ScheduleRunner.Moved.class);
  }

  /** The tenant's journal, in order (with the entries no tenant could be told for). */
  public List<JournalEntry> journal() {
    return journalSince(0);
  }

  /** The tenant's journal entries after {@code seq}. */
  public List<JournalEntry> journalSince(long seq) {
    return readList(get("/journal?since=" + seq), JournalEntry.class);
  }

  /**
   * How many of the oldest entries the simulator has dropped to keep within {@code
   * --journal-max-entries}; 0 when none were.
   */
  public long journalEntriesDropped() {
    HttpHeaders headers = exchange("GET", "/journal?since=" + Long.MAX_VALUE, null).headers();
    return headers.firstValueAsLong(ControlApi.JOURNAL_DROPPED_HEADER).orElse(0);
  }

  /** Every webhook delivery attempt for the tenant, retries included. */
  public List<WebhookAttempt> webhookAttempts() {
    return readList(get("/webhooks"), WebhookAttempt.class);
  }

  /**
   * Empties the books, journal, schedules, outcomes, faults and tokens and returns the clock to
   * real time; the tenants stay.
   */
  public void reset() {
    send("POST", "/reset", JSON.createObjectNode());
  }

  /** As {@link #reset()}, and drops every tenant but the default one and the configured ones. */
  public void resetWithTenants() {
    send("POST", "/reset", JSON.createObjectNode().put("tenants", true));
  }

  private static ArmedOutcome armedOutcome(JsonNode node) {
    JsonNode match = node.path("match");
    return new ArmedOutcome(
        node.path("id").asLong(),
        text(match, "merchant_uid"),
        match.hasNonNull("amount") ? match.get("amount").asLong() : null,
        text(match, "customer_uid"),
        ArmedOutcome.Kind.valueOf(node.path("outcome").asText().toUpperCase(Locale.ROOT)),
        text(node, "error_code"),
        text(node, "error_msg"),
        node.hasNonNull("paid_amount") ? node.get("paid_amount").asLong() : null,
        node.path("remaining").asInt());
  }

  private static ArmedFault armedFault(JsonNode node) {
    String id = node.path("fault").asText();
    String endpoint = node.path("endpoint").asText();
    return new ArmedFault(
        node.path("id").asLong(),
        text(node, "tenant"),
        FaultCatalog.byId(id)
            .orElseThrow(() -> unexpected("a fault this client does not know: " + id)),
        Endpoint.fromWireName(endpoint)
            .orElseThrow(() -> unexpected("an endpoint this client does not know: " + endpoint)),
        text(node, "path"),
        node.path("remaining").asInt());
  }

  private static ControlRequestRefused unexpected(String what) {
    return new ControlRequestRefused(
        200, "the simulator answered " + what + ": use a client of the same version");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static void putIfPresent(ObjectNode body, String field, String value) {
    if (value != null) {
      body.put(field, value);
    }
  }

  private static <T> T read(JsonNode node, Class<T> type) {
    try {
      return JSON.treeToValue(node, type);
    } catch (JacksonException unreadable) {
      throw unexpected(
          type.getSimpleName() + " it cannot read: " + unreadable.getOriginalMessage());
    }
  }

  private static <T> List<T> readList(JsonNode array, Class<T> type) {
    List<T> items = new ArrayList<>();
    array.forEach(node -> items.add(read(node, type)));
    return List.copyOf(items);
  }

  private JsonNode get(String path) {
    return send("GET", path, null);
  }

  private JsonNode send(String method, String path, ObjectNode body) {
    return exchange(method, path, body).json();
  }

  /** A control API answer: its JSON, and its headers for what is said beside the body. */
  private record Answer(JsonNode json, HttpHeaders headers) {}

  private Answer exchange(String method, String path, ObjectNode body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + ControlApi.PREFIX + path)).timeout(timeout);
    if (tenantImpKey != null) {
      request.header(ControlApi.TENANT_HEADER, tenantImpKey);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException unreachable) {
      throw new UncheckedIOException(
          "the simulator is unreachable at " + baseUrl + ": " + unreachable.getMessage(),
          unreachable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the simulator", interrupted);
    }
    JsonNode answer;
    try {
      answer = JSON.readTree(response.body());
    } catch (JacksonException notJson) {
      throw new ControlRequestRefused(
          response.statusCode(),
          method
              + " "
              + ControlApi.PREFIX
              + path
              + " did not answer JSON: is "
              + baseUrl
              + " the simulator?");
    }
    if (response.statusCode() >= 400) {
      throw new ControlRequestRefused(
          response.statusCode(),
          method
              + " "
              + ControlApi.PREFIX
              + path
              + " was refused ("
              + response.statusCode()
              + "): "
              + answer.path("error").asText(response.body()));
    }
    return new Answer(answer, response.headers());
  }

  /**
   * One page of payments ({@code GET /__sim/payments}), newest first: those of the filter's tenant,
   * else of this client's tenant when made by {@link #forTenant}, else of every tenant.
   *
   * @param page from 1
   * @param limit from 1 to 100
   */
  public PaymentListing payments(PaymentFilter filter, int page, int limit) {
    StringBuilder query = new StringBuilder("/payments?page=").append(page);
    query.append("&limit=").append(limit);
    appendIfPresent(query, "tenant", filter.tenant());
    appendIfPresent(query, "status", filter.status());
    appendIfPresent(query, "merchant_uid", filter.merchantUid());
    JsonNode answer = get(query.toString());
    List<PaymentListing.TenantPayment> payments = new ArrayList<>();
    answer
        .path("list")
        .forEach(
            node ->
                payments.add(
                    new PaymentListing.TenantPayment(
                        text(node, "tenant"), GatewayPayment.of(node))));
    return new PaymentListing(
        answer.path("total").asLong(),
        answer.path("page").asLong(),
        answer.path("limit").asInt(),
        payments);
  }

  private static void appendIfPresent(StringBuilder query, String name, String value) {
    if (value != null) {
      query
          .append('&')
          .append(name)
          .append('=')
          .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
