package dev.preflight.simulator;

import static dev.preflight.assertions.EnvelopeAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.simulator.faults.FaultCatalog;
import dev.preflight.simulator.iamport.Messages;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RawHttp;
import dev.preflight.support.RunningSimulator;
import java.io.IOException;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /__sim/faults}: a named fault switched on for a tenant's next N calls, answered by the
 * simulator itself (no WireMock), journaled as {@code fault}, then off again.
 */
class FaultControlTest {
  private static final String FAULTS = "/__sim/faults";
  private static final HttpClient RAW =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private String[] auth;
  private String impUid;

  @BeforeEach
  void aPaidPayment() {
    auth = MerchantRestClient.bearer(sim.client().defaultToken());
    impUid = sim.seedPayment("order-1", 14000, "paid");
  }

  private HttpReply arm(Map<String, Object> fault) {
    return sim.plainHttp().postJson(FAULTS, fault);
  }

  private HttpReply lookup() {
    return sim.client().get("/payments/" + impUid, auth);
  }

  private HttpResponse<String> rawLookup(Duration timeout) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/payments/" + impUid))
            .header(auth[0], auth[1])
            .timeout(timeout)
            .build();
    try {
      return RAW.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private List<JournalEntry> faultEntries() {
    return sim.control().journal().stream()
        .filter(e -> JournalEntry.FAULT.equals(e.kind()))
        .toList();
  }

  @Test
  void aFaultStrikesTheNextNCallsThenTheGatewayAnswersAgain() {
    HttpReply armed = arm(Map.of("fault", "payment-lookup-500", "times", 2));

    assertThat(armed.status()).isEqualTo(201);
    assertThat(armed.json().get("remaining").asInt()).isEqualTo(2);
    assertThat(armed.json().get("tenant").asText()).isEqualTo("imp00000000");
    assertThat(lookup()).refused(500, -1, "Internal Server Error");
    assertThat(sim.control().armedFaults().get(0).remaining()).isEqualTo(1);
    assertThat(lookup()).refused(500, -1, "Internal Server Error");
    assertThat(lookup()).succeeded();
    assertThat(sim.control().armedFaults()).isEmpty();
  }

  @Test
  void anEndpointBoundFaultLeavesOtherCallsAlone() {
    arm(Map.of("fault", "cancel-500"));

    assertThat(lookup()).succeeded();
    assertThat(sim.client().postForm("/payments/prepare", "merchant_uid=o-2&amount=1000", auth))
        .succeeded();
    assertThat(
            sim.client()
                .postForm(
                    "/payments/cancel",
                    "imp_uid=" + impUid + "&reason=x&extra[requester]=admin",
                    auth))
        .refused(500, -1, "Internal Server Error");
    // Not carried out: the payment is still paid.
    assertThat(lookup().response().get("status").asText()).isEqualTo("paid");
  }

  @Test
  void aRefusalFaultAnswersWithTheGatewaysEnvelope() {
    arm(Map.of("fault", "cancel-already-cancelled"));

    HttpReply cancel =
        sim.client()
            .postJson(
                "/payments/cancel",
                Map.of("imp_uid", impUid, "reason", "x", "extra", Map.of("requester", "admin")),
                auth);

    assertThat(cancel).refused(200, 1, Messages.ALREADY_FULLY_CANCELLED);
    assertThat(lookup().response().get("status").asText()).isEqualTo("paid");
  }

  @Test
  void aPathFilterStrikesOnlyThatPath() {
    String other = sim.seedPayment("order-2", 5000, "paid");
    arm(Map.of("fault", "payment-lookup-404", "path", "/payments/" + other));

    assertThat(lookup()).succeeded();
    assertThat(sim.client().get("/payments/" + other, auth))
        .refused(404, -1, Messages.PAYMENT_NOT_FOUND);
    assertThat(sim.client().get("/payments/" + other, auth)).succeeded();
  }

  @Test
  void aRestFaultNarrowedToAnEndpointStrikesOnlyIt() {
    arm(Map.of("fault", "rest-500", "endpoint", "again", "times", 1));

    assertThat(lookup()).succeeded();
    assertThat(
            sim.client()
                .postForm(
                    "/subscribe/payments/again",
                    "customer_uid=c-1&merchant_uid=c-1-1&amount=9900&name=x",
                    auth))
        .refused(500, -1, "Internal Server Error");
  }

  @Test
  void getTokenIsStruckByTheTenantOfItsImpKey() {
    arm(Map.of("fault", "token-401"));

    HttpReply token =
        sim.client()
            .postJson(
                "/users/getToken",
                Map.of("imp_key", "preflight_key", "imp_secret", "preflight_secret"));

    assertThat(token).refused(401, -1, Messages.BAD_CREDENTIALS);
    assertThat(token.header("WWW-Authenticate")).isEqualTo("iamport");
    JournalEntry entry = faultEntries().get(0);
    assertThat(entry.tenant()).isEqualTo("imp00000000");
    assertThat(entry.param("imp_secret").asText()).isEqualTo("****");
  }

  @Test
  void faultsAreTenantScoped() {
    sim.control().createTenant("imp22222222", "key_b", "secret_b", null);
    String[] other = MerchantRestClient.bearer(sim.client().token("key_b", "secret_b"));
    String otherImpUid = sim.seed("key_b", "order-b", 3000, "paid");

    HttpReply armed = arm(Map.of("fault", "payment-lookup-500", "tenant", "imp22222222"));

    assertThat(armed.status()).isEqualTo(201);
    assertThat(lookup()).succeeded();
    assertThat(sim.control().armedFaults()).isEmpty();
    assertThat(sim.control().forTenant("key_b").armedFaults()).hasSize(1);
    assertThat(sim.client().get("/payments/" + otherImpUid, other)).hasStatus(500);
    assertThat(sim.control().forTenant("key_b").journal())
        .filteredOn(e -> JournalEntry.FAULT.equals(e.kind()))
        .extracting(JournalEntry::tenant)
        .containsExactly("imp22222222");
    assertThat(faultEntries()).isEmpty();
  }

  @Test
  void theHeaderOfTheOtherControlCallsNamesTheTenantToo() {
    sim.control().createTenant("imp22222222", "key_b", "secret_b", null);

    HttpReply armed =
        sim.plainHttp()
            .postJson(FAULTS, Map.of("fault", "rest-500"), "X-Preflight-Tenant", "key_b");

    assertThat(armed.json().get("tenant").asText()).isEqualTo("imp22222222");
    assertThat(lookup()).succeeded();
  }

  @Test
  void anUnknownFaultIsRefusedWithTheValidNames() {
    HttpReply refused = arm(Map.of("fault", "payment-lookup-501"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("error").asText())
        .contains("payment-lookup-501", "payment-lookup-500", "GET /__sim/faults/catalog");
    assertThat(refused.json().get("valid_faults"))
        .extracting(JsonNode::asText)
        .containsExactlyElementsOf(FaultCatalog.ids());
    assertThat(sim.control().armedFaults()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"fault\": 500}",
        "{\"fault\": \"rest-500\", \"times\": 0}",
        "{\"fault\": \"rest-500\", \"times\": 1001}",
        "{\"fault\": \"rest-500\", \"times\": \"two\"}",
        "{\"fault\": \"rest-500\", \"path\": \"payments\"}",
        "{\"fault\": \"rest-500\", \"endpoint\": \"refund\"}",
        "{\"fault\": \"cancel-500\", \"endpoint\": \"payment-lookup\"}",
        "{\"fault\": \"rest-500\", \"tenant\": \"imp99999999\"}",
        "[1, 2]",
        "{\"fault\": "
      })
  void badRequestsAreRefusedWithAnErrorNeverA500(String body) {
    HttpReply refused = sim.plainHttp().postJson(FAULTS, body);

    assertThat(refused.status()).isBetween(400, 404);
    assertThat(refused.json().get("error").asText()).isNotBlank();
    assertThat(sim.control().armedFaults()).isEmpty();
  }

  @Test
  void deleteSwitchesTheTenantsFaultsOff() {
    arm(Map.of("fault", "payment-lookup-500", "times", 5));
    arm(Map.of("fault", "cancel-500"));

    HttpReply cleared = sim.plainHttp().delete(FAULTS);

    assertThat(cleared.json().get("cleared").asInt()).isEqualTo(2);
    assertThat(lookup()).succeeded();
  }

  @Test
  void resetSwitchesEveryFaultOff() {
    arm(Map.of("fault", "rest-500", "times", 5));

    sim.control().reset();

    assertThat(sim.control().armedFaults()).isEmpty();
  }

  @Test
  void theCatalogueDescribesEveryFault() {
    JsonNode catalog = sim.plainHttp().get(FAULTS + "/catalog").json();

    assertThat(catalog)
        .extracting(f -> f.get("id").asText())
        .containsExactlyElementsOf(FaultCatalog.ids());
    assertThat(catalog).allSatisfy(f -> assertThat(f.get("description").asText()).isNotBlank());
  }

  @Test
  void aStruckCallIsJournaledAsAFaultNotAsARestCall() {
    arm(Map.of("fault", "payment-lookup-500"));

    lookup();

    JournalEntry entry = faultEntries().get(0);
    assertThat(entry.method()).isEqualTo("GET");
    assertThat(entry.path()).isEqualTo("/payments/" + impUid);
    assertThat(entry.status()).isEqualTo(500);
    assertThat(entry.code()).isEqualTo(-1);
    assertThat(entry.detail().path("fault").asText()).isEqualTo("payment-lookup-500");
    assertThat(entry.detail().path("source").asText()).isEqualTo("control-api");
    assertThat(sim.control().journal())
        .filteredOn(e -> ("/payments/" + impUid).equals(e.path()))
        .extracting(JournalEntry::kind)
        .containsExactly("fault");
  }

  @Test
  void aResetConnectionGivesTheClientAnIoErrorAndNoStatus() {
    arm(Map.of("fault", "payment-lookup-reset"));

    assertThatThrownBy(() -> RawHttp.get(sim.baseUrl() + "/payments/" + impUid, auth))
        .isInstanceOf(SocketException.class)
        .hasMessageContaining("reset");
    assertThat(faultEntries().get(0).status()).isNull();
    assertThat(lookup()).succeeded();
  }

  @Test
  void anEmptyResponseClosesTheConnectionWithoutAByte() throws IOException {
    arm(Map.of("fault", "payment-lookup-empty"));

    assertThat(RawHttp.get(sim.baseUrl() + "/payments/" + impUid, auth)).isEmpty();
    assertThat(lookup()).succeeded();
  }

  /**
   * The JDK's client quietly sends an idempotent request again when the connection drops before any
   * answer, so failing its lookup for good takes the fault twice.
   */
  @Test
  void aJdkClientRetriesADroppedLookupOnce() {
    arm(Map.of("fault", "payment-lookup-reset", "times", 2));

    assertThatThrownBy(() -> rawLookup(Duration.ofSeconds(5))).isInstanceOf(IOException.class);
    assertThat(faultEntries()).hasSize(2);
  }

  @Test
  void anEmptyBodyIsAn200WithNothingToRead() {
    arm(Map.of("fault", "payment-lookup-empty-body"));

    HttpReply reply = lookup();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEmpty();
    assertThat(reply.header("Content-Type")).startsWith("application/json");
  }

  @Test
  void aMalformedBodyIsNotJson() {
    arm(Map.of("fault", "payment-lookup-malformed"));

    HttpReply reply = lookup();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).startsWith("{\"code\":0");
    assertThatThrownBy(reply::json).isInstanceOf(AssertionError.class);
  }

  @Test
  void aTimeoutHangsLongerThanAnyClientWaitsAndIsNotCarriedOut() throws IOException {
    arm(Map.of("fault", "cancel-timeout"));
    HttpRequest cancel =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/payments/cancel"))
            .header(auth[0], auth[1])
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(1))
            .POST(HttpRequest.BodyPublishers.ofString("imp_uid=" + impUid + "&reason=x"))
            .build();

    assertThatThrownBy(() -> RAW.send(cancel, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    JournalEntry entry = faultEntries().get(0);
    assertThat(entry.detail().path("delay_ms").asLong()).isEqualTo(30_000);
    assertThat(entry.status()).isEqualTo(504);
    assertThat(lookup().response().get("status").asText()).isEqualTo("paid");
  }

  @Test
  void aSlowAnswerIsTheRealAnswerLate() throws IOException {
    arm(Map.of("fault", "payment-lookup-delay-3s"));

    long started = System.nanoTime();
    HttpResponse<String> slow = rawLookup(Duration.ofSeconds(10));
    long took = (System.nanoTime() - started) / 1_000_000;

    assertThat(took).isGreaterThanOrEqualTo(3_000);
    assertThat(slow.statusCode()).isEqualTo(200);
    assertThat(slow.body()).isEqualTo(lookup().body());
    // The struck call, then the real answer it got late.
    assertThat(sim.control().journal())
        .filteredOn(e -> ("/payments/" + impUid).equals(e.path()))
        .extracting(JournalEntry::kind)
        .containsExactly("fault", "rest", "rest");
  }
}
