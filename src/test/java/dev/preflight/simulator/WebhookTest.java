package dev.preflight.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.preflight.assertions.EnvelopeAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.preflight.client.ArmOutcome;
import dev.preflight.client.SimulatorControl;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.simulator.ledger.Tenant.WebhookFormat;
import dev.preflight.simulator.webhook.WebhookAttempt;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Payment notifications to the merchant's receiver, played by WireMock: what is sent, when, where,
 * in which format, and how failed deliveries are retried.
 */
class WebhookTest {
  private static final String IMP_KEY = "merchant_key";
  private static final String IMP_SECRET = "merchant_secret";
  private static final String CUSTOMER = "customer_1";
  private static final String HOOK = "/iamport/webhook";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Long enough for a retry 1 s apart (the test simulator's interval) to have shown up. */
  private static final Duration QUIET = Duration.ofMillis(1_500);

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  private WireMockServer receiver;

  @BeforeEach
  void startReceiver() {
    receiver =
        new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop();
  }

  /**
   * Issue 11, example 9: the first webhook of a fresh server held its request ~250 ms while the
   * HTTP client was built on the request's thread. The client is now built at start-up, before any
   * webhook is due.
   */
  @Test
  void theWebhookClientIsBuiltAtStartUpNotByTheFirstWebhook() {
    await().atMost(Duration.ofSeconds(10)).until(() -> sim.simulator().webhooks().clientReady());
  }

  @Test
  void againPostsPaidAsJson() {
    // GIVEN a tenant whose notifications go to the receiver as JSON
    receiver.stubFor(post(HOOK).willReturn(ok()));
    String[] auth = tenant(hookUrl(), WebhookFormat.JSON, Tenant.DEFAULT_WEBHOOK_RETRIES);

    // WHEN the merchant charges a billing key
    JsonNode payment = again(auth, "order_1", Map.of());

    // THEN the receiver gets {imp_uid, merchant_uid, status: paid} as JSON
    LoggedRequest hook = awaitOne(HOOK);
    assertThat(hook.getHeader("Content-Type")).startsWith("application/json");
    assertThat(json(hook.getBodyAsString()))
        .isEqualTo(notification(payment.get("imp_uid").asText(), "order_1", "paid"));
  }

  @Test
  void againPostsPaidAsFormWhenTheTenantAsksForForm() {
    // GIVEN a tenant whose notifications go to the receiver as a form
    receiver.stubFor(post(HOOK).willReturn(ok()));
    String[] auth = tenant(hookUrl(), WebhookFormat.FORM, Tenant.DEFAULT_WEBHOOK_RETRIES);

    // WHEN the merchant charges a billing key
    JsonNode payment = again(auth, "order_1", Map.of());

    // THEN the receiver gets the same three fields form-encoded
    LoggedRequest hook = awaitOne(HOOK);
    assertThat(hook.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(form(hook.getBodyAsString()))
        .isEqualTo(
            Map.of(
                "imp_uid",
                payment.get("imp_uid").asText(),
                "merchant_uid",
                "order_1",
                "status",
                "paid"));
  }

  @Test
  void noticeUrlInTheCallOverridesTheTenantUrl() {
    // GIVEN a tenant with a notification URL, and another URL on the receiver
    receiver.stubFor(post(HOOK).willReturn(ok()));
    receiver.stubFor(post("/override").willReturn(ok()));
    String[] auth = tenant(hookUrl(), WebhookFormat.JSON, Tenant.DEFAULT_WEBHOOK_RETRIES);

    // WHEN the merchant charges with notice_url pointing at the other URL
    JsonNode payment =
        again(auth, "order_1", Map.of("notice_url", receiver.baseUrl() + "/override"));

    // THEN only the other URL is notified
    LoggedRequest hook = awaitOne("/override");
    assertThat(json(hook.getBodyAsString()))
        .isEqualTo(notification(payment.get("imp_uid").asText(), "order_1", "paid"));
    await()
        .during(QUIET)
        .atMost(QUIET.multipliedBy(2))
        .until(() -> received(HOOK).isEmpty() && attempts().size() == 1);
    assertThat(attempts().get(0).url()).isEqualTo(receiver.baseUrl() + "/override");
  }

  @Test
  void aScheduledChargePostsPaid() {
    // GIVEN a schedule due in a minute
    receiver.stubFor(post(HOOK).willReturn(ok()));
    tenant(hookUrl(), WebhookFormat.JSON, Tenant.DEFAULT_WEBHOOK_RETRIES);
    book("sub_1");

    // WHEN the clock moves past it
    advanceClock(120);

    // THEN the receiver is told the scheduled payment was paid
    LoggedRequest hook = awaitOne(HOOK);
    String impUid = scheduleOf("sub_1").get("imp_uid").asText();
    assertThat(json(hook.getBodyAsString())).isEqualTo(notification(impUid, "sub_1", "paid"));
  }

  @Test
  void aScheduledChargePostsFailed() {
    // GIVEN a schedule due in a minute, and a failure armed for it
    receiver.stubFor(post(HOOK).willReturn(ok()));
    tenant(hookUrl(), WebhookFormat.JSON, Tenant.DEFAULT_WEBHOOK_RETRIES);
    book("sub_1");
    armFailure("sub_1");

    // WHEN the clock moves past it
    advanceClock(120);

    // THEN the receiver is told the scheduled payment failed: the one failure that is notified
    LoggedRequest hook = awaitOne(HOOK);
    JsonNode schedule = scheduleOf("sub_1");
    assertThat(schedule.get("payment_status").asText()).isEqualTo("failed");
    assertThat(json(hook.getBodyAsString()))
        .isEqualTo(notification(schedule.get("imp_uid").asText(), "sub_1", "failed"));
  }

  @Test
  void aFailedAgainSendsNoWebhook() {
    // GIVEN a tenant with a notification URL and a failure armed for one merchant_uid
    receiver.stubFor(post(HOOK).willReturn(ok()));
    String[] auth = tenant(hookUrl(), WebhookFormat.JSON, Tenant.DEFAULT_WEBHOOK_RETRIES);
    armFailure("order_failed");

    // WHEN that charge fails, and a later one is paid
    assertThat(again(auth, "order_failed", Map.of()).get("status").asText()).isEqualTo("failed");
    again(auth, "order_paid", Map.of());

    // THEN only the paid one is notified, even after the failed one had time to arrive
    awaitOne(HOOK);
    await()
        .during(QUIET)
        .atMost(QUIET.multipliedBy(2))
        .until(() -> merchantUidsReceived().equals(List.of("order_paid")));
    assertThat(attempts())
        .extracting(a -> a.body().get("merchant_uid").asText())
        .containsExactly("order_paid");
  }

  @Test
  void anApiCancelSendsNoWebhookByDefault() {
    // GIVEN a paid charge whose notification has arrived
    receiver.stubFor(post(HOOK).willReturn(ok()));
    String[] auth = tenant(hookUrl(), WebhookFormat.JSON, Tenant.DEFAULT_WEBHOOK_RETRIES);
    again(auth, "order_1", Map.of());
    awaitOne(HOOK);

    // WHEN the merchant cancels it through the API, and then makes another charge
    HttpReply cancel =
        sim.client()
            .postJson(
                "/payments/cancel", Map.of("merchant_uid", "order_1", "reason", "단순 변심"), auth);
    assertThat(cancel).succeeded();
    again(auth, "order_2", Map.of());

    // THEN no "cancelled" notification is sent
    await().atMost(Duration.ofSeconds(10)).until(() -> received(HOOK).size() >= 2);
    await()
        .during(QUIET)
        .atMost(QUIET.multipliedBy(2))
        .until(() -> statusesReceived().equals(List.of("paid", "paid")));
  }

  @Test
  void anApiCancelWithEnableWebhookPostsCancelled() {
    // GIVEN a paid charge whose notification has arrived
    receiver.stubFor(post(HOOK).willReturn(ok()));
    String[] auth = tenant(hookUrl(), WebhookFormat.JSON, Tenant.DEFAULT_WEBHOOK_RETRIES);
    String impUid = again(auth, "order_1", Map.of()).get("imp_uid").asText();
    awaitOne(HOOK);

    // WHEN the merchant cancels it with enable_webhook=true
    HttpReply cancel =
        sim.client()
            .postJson(
                "/payments/cancel",
                Map.of("imp_uid", impUid, "reason", "단순 변심", "enable_webhook", true),
                auth);

    // THEN the receiver is told it was cancelled
    assertThat(cancel).succeeded();
    await().atMost(Duration.ofSeconds(10)).until(() -> received(HOOK).size() == 2);
    assertThat(json(received(HOOK).get(1).getBodyAsString()))
        .isEqualTo(notification(impUid, "order_1", "cancelled"));
  }

  @Test
  void aFiveHundredIsRetriedUntilTheReceiverAnswers200() {
    // GIVEN a receiver that fails once with 500, then answers 200
    receiver.stubFor(
        post(HOOK)
            .inScenario("flaky receiver")
            .whenScenarioStateIs(STARTED)
            .willReturn(serverError())
            .willSetStateTo("recovered"));
    receiver.stubFor(
        post(HOOK).inScenario("flaky receiver").whenScenarioStateIs("recovered").willReturn(ok()));
    String[] auth = tenant(hookUrl(), WebhookFormat.JSON, Tenant.DEFAULT_WEBHOOK_RETRIES);

    // WHEN a charge is notified
    again(auth, "order_1", Map.of());

    // THEN exactly two attempts are made and recorded, 500 then 200
    await().atMost(Duration.ofSeconds(10)).until(() -> attempts().size() >= 2);
    await()
        .during(QUIET)
        .atMost(QUIET.multipliedBy(2))
        .until(() -> attempts().size() == 2 && received(HOOK).size() == 2);
    List<WebhookAttempt> attempts = attempts();
    assertThat(attempts).extracting(WebhookAttempt::attempt).containsExactly(1, 2);
    assertThat(attempts).extracting(WebhookAttempt::status).containsExactly(500, 200);
    List<JournalEntry> journaled = journal("webhook");
    assertThat(journaled).extracting(JournalEntry::status).containsExactly(500, 200);
    assertThat(journaled).extracting(e -> e.detail().get("attempt").asInt()).containsExactly(1, 2);
  }

  @Test
  void aRefusedConnectionIsRetriedUpToTheTenantsRetryCount() {
    // GIVEN a tenant allowing two retries whose notification URL refuses connections
    String[] auth = tenant(closedPortUrl() + HOOK, WebhookFormat.JSON, 2);

    // WHEN a charge is notified
    again(auth, "order_1", Map.of());

    // THEN three attempts are made (the first and two retries), each failing with an error
    await().atMost(Duration.ofSeconds(10)).until(() -> attempts().size() >= 3);
    await().during(QUIET).atMost(QUIET.multipliedBy(2)).until(() -> attempts().size() == 3);
    List<WebhookAttempt> attempts = attempts();
    assertThat(attempts).extracting(WebhookAttempt::attempt).containsExactly(1, 2, 3);
    for (WebhookAttempt attempt : attempts) {
      assertThat(attempt.error()).as("error of %s", attempt).isNotBlank();
      assertThat(attempt.status()).as("status of %s", attempt).isNull();
    }
  }

  @Test
  void deliveryDoesNotHoldUpTheRequest() {
    // GIVEN a receiver that takes three seconds to answer
    receiver.stubFor(post(HOOK).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
    String[] auth = tenant(hookUrl(), WebhookFormat.JSON, Tenant.DEFAULT_WEBHOOK_RETRIES);

    // WHEN a charge is made
    long started = System.nanoTime();
    again(auth, "order_1", Map.of());
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    // THEN the charge answers well before the receiver does, and the delivery still completes
    assertThat(took).isLessThan(Duration.ofSeconds(2));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                attempts().size() == 1 && Integer.valueOf(200).equals(attempts().get(0).status()));
  }

  // --- helpers ---

  private String hookUrl() {
    return receiver.baseUrl() + HOOK;
  }

  /**
   * Creates the merchant's tenant with these settings, seeds a billing key for {@link #CUSTOMER},
   * and returns the Authorization header of the tenant's own token.
   */
  private String[] tenant(String notificationUrl, WebhookFormat format, int webhookRetries) {
    sim.control()
        .createTenant(
            new Tenant(
                "imp12345678",
                IMP_KEY,
                IMP_SECRET,
                notificationUrl,
                format,
                Tenant.DEFAULT_MINIMUM_AMOUNT,
                webhookRetries,
                null,
                null,
                null,
                null));
    sim.seedBillingKey(IMP_KEY, CUSTOMER);
    return MerchantRestClient.bearer(sim.client().token(IMP_KEY, IMP_SECRET));
  }

  private JsonNode again(String[] auth, String merchantUid, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>();
    body.put("customer_uid", CUSTOMER);
    body.put("merchant_uid", merchantUid);
    body.put("amount", 9_900);
    body.put("name", "정기구독");
    body.putAll(extra);
    HttpReply reply = sim.client().postJson("/subscribe/payments/again", body, auth);
    assertThat(reply).succeeded();
    return reply.response();
  }

  /** Books a charge of {@link #CUSTOMER} a minute from now, with a token of its own. */
  private void book(String merchantUid) {
    long now = sim.control().clock().now();
    Map<String, Object> entry =
        Map.of("merchant_uid", merchantUid, "schedule_at", now + 60, "amount", 9_900);
    HttpReply reply =
        sim.client()
            .postJson(
                "/subscribe/payments/schedule",
                Map.of("customer_uid", CUSTOMER, "schedules", List.of(entry)),
                MerchantRestClient.bearer(sim.client().token(IMP_KEY, IMP_SECRET)));
    assertThat(reply).succeeded();
  }

  private JsonNode scheduleOf(String merchantUid) {
    // A fresh token: the clock may have moved past the tenant's first one.
    HttpReply reply =
        sim.client()
            .get(
                "/subscribe/payments/schedule/" + merchantUid,
                MerchantRestClient.bearer(sim.client().token(IMP_KEY, IMP_SECRET)));
    assertThat(reply).succeeded();
    return reply.response();
  }

  private void advanceClock(long seconds) {
    sim.control().advanceClock(Duration.ofSeconds(seconds));
  }

  private void armFailure(String merchantUid) {
    tenantControl().arm(ArmOutcome.fail().forMerchantUid(merchantUid));
  }

  private SimulatorControl tenantControl() {
    return sim.control().forTenant(IMP_KEY);
  }

  /** The tenant's delivery attempts, in the order recorded. */
  private List<WebhookAttempt> attempts() {
    return tenantControl().webhookAttempts();
  }

  private List<JournalEntry> journal(String kind) {
    return tenantControl().journal().stream().filter(entry -> kind.equals(entry.kind())).toList();
  }

  private List<LoggedRequest> received(String path) {
    return receiver.findAll(postRequestedFor(urlPathEqualTo(path)));
  }

  private LoggedRequest awaitOne(String path) {
    await().atMost(Duration.ofSeconds(10)).until(() -> !received(path).isEmpty());
    return received(path).get(0);
  }

  private List<String> merchantUidsReceived() {
    return received(HOOK).stream()
        .map(r -> json(r.getBodyAsString()).get("merchant_uid").asText())
        .toList();
  }

  private List<String> statusesReceived() {
    return received(HOOK).stream()
        .map(r -> json(r.getBodyAsString()).get("status").asText())
        .toList();
  }

  private static ObjectNode notification(String impUid, String merchantUid, String status) {
    return JSON.createObjectNode()
        .put("imp_uid", impUid)
        .put("merchant_uid", merchantUid)
        .put("status", status);
  }

  /** A loopback URL nothing listens on: a port just freed. */
  private static String closedPortUrl() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      fields.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }
}
