package dev.preflight.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.client.SimulatorControl;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RawHttp;
import dev.preflight.support.RunningSimulator;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault front of {@code serve --faults}: what selects no fault reaches the simulator and comes
 * back byte for byte as the simulator sends it; what selects one gets it, journaled in the
 * simulator's journal with the caller's tenant.
 */
class FaultFrontTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A fixed clock, so that two answers to the same call carry the same {@code now}. */
  private static final long NOW = 1_790_000_000L;

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private FaultFront front;
  private String token;
  private String impUid;

  @BeforeEach
  void frontBeforeTheSimulator() {
    sim.control().setClock(Instant.ofEpochSecond(NOW));
    front =
        FaultFront.start(
            StubPack.load(StubPackTest.PACK), sim.server(), "127.0.0.1", 0, Optional.empty());
    token = sim.client().defaultToken();
    impUid = sim.seedPayment("order-1", 14000, "paid");
  }

  @AfterEach
  void stopFront() {
    front.close();
  }

  /** One call, sent the same way to the simulator and through the front. */
  record Call(String method, String path, String contentType, String body, boolean withToken) {
    @Override
    public String toString() {
      return method + " " + path + (body == null ? "" : " " + contentType);
    }
  }

  static Stream<Arguments> callsThatSelectNoFault() {
    return Stream.of(
        call("GET", "/payments/{imp}", null, null, true),
        call("GET", "/payments/imp_000000000000", null, null, true),
        call("GET", "/payments/{imp}", null, null, false),
        call("GET", "/payments?imp_uid[]={imp}&imp_uid[]=imp_000000000000", null, null, true),
        call("GET", "/payments/find/order-1/paid?sorting=-started", null, null, true),
        call(
            "POST",
            "/users/getToken",
            "application/json",
            "{\"imp_key\":\"preflight_key\",\"imp_secret\":\"preflight_secret\"}",
            false),
        call(
            "POST",
            "/users/getToken",
            "application/x-www-form-urlencoded",
            "imp_key=preflight_key&imp_secret=wrong",
            false),
        call(
            "POST",
            "/payments/cancel",
            "application/x-www-form-urlencoded",
            "imp_uid=imp_000000000000&reason=%ED%85%8C%EC%8A%A4%ED%8A%B8&extra%5Brequester%5D=admin",
            true),
        call("POST", "/payments/cancel", "application/json", "{\"imp_uid\": ", true),
        call(
            "DELETE",
            "/subscribe/customers/nobody?reason=x&extra%5Brequester%5D=customer",
            null,
            null,
            true),
        call("GET", "/no/such/api", null, null, true),
        // The control API passes through too; the client knows where it lives.
        call("GET", SimulatorControl.controlApiUrl("") + "health", null, null, false),
        call("GET", "/v1/iamport.js", null, null, false));
  }

  private static Arguments call(
      String method, String path, String contentType, String body, boolean withToken) {
    return Arguments.of(new Call(method, path, contentType, body, withToken));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callsThatSelectNoFault")
  void aCallThatSelectsNoFaultComesBackAsTheSimulatorSendsIt(Call call) throws Exception {
    HttpResponse<byte[]> direct = send(sim.baseUrl(), call);
    HttpResponse<byte[]> proxied = send(front.baseUrl(), call);

    assertThat(proxied.statusCode()).isEqualTo(direct.statusCode());
    assertThat(headersThatMatter(proxied.headers())).isEqualTo(headersThatMatter(direct.headers()));
    assertThat(proxied.body()).isEqualTo(direct.body());
  }

  /** Every header but the ones a hop sets on its own. */
  private static Map<String, List<String>> headersThatMatter(HttpHeaders headers) {
    Map<String, List<String>> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.map().forEach((name, values) -> kept.put(name, values));
    kept.keySet().removeIf(name -> name.equalsIgnoreCase("date"));
    return kept;
  }

  @Test
  void aChangeMadeThroughTheFrontIsTheSimulatorsOwn() throws Exception {
    Call cancel =
        new Call(
            "POST",
            "/payments/cancel",
            "application/x-www-form-urlencoded",
            "imp_uid={imp}&reason=%EB%B3%80%EC%8B%AC&extra%5Brequester%5D=customer",
            true);

    HttpResponse<byte[]> cancelled = send(front.baseUrl(), cancel);
    HttpResponse<byte[]> lookedUp =
        send(sim.baseUrl(), new Call("GET", "/payments/{imp}", null, null, true));

    assertThat(cancelled.statusCode()).isEqualTo(200);
    assertThat(cancelled.body()).isEqualTo(lookedUp.body());
    JournalEntry entry =
        entries().stream()
            .filter(e -> "/payments/cancel".equals(e.path()))
            .findFirst()
            .orElseThrow();
    assertThat(entry.kind()).isEqualTo(JournalEntry.REST);
    assertThat(entry.param("extra", "requester").asText()).isEqualTo("customer");
    assertThat(entry.param("reason").asText()).isEqualTo("변심");
  }

  @Test
  void aFaultSelectedByHeaderIsAnsweredAndJournaledAsAFault() throws Exception {
    HttpResponse<byte[]> struck =
        send(
            front.baseUrl(),
            new Call("GET", "/payments/{imp}", null, null, true),
            FaultFront.FAULT_HEADER,
            "payment-lookup-500");

    assertThat(struck.statusCode()).isEqualTo(500);
    assertThat(JSON.readTree(struck.body()).get("message").asText())
        .isEqualTo("Internal Server Error");
    JournalEntry entry = lastEntry();
    assertThat(entry.kind()).isEqualTo(JournalEntry.FAULT);
    assertThat(entry.tenant()).isEqualTo("imp00000000");
    assertThat(entry.path()).isEqualTo("/payments/" + impUid);
    assertThat(entry.status()).isEqualTo(500);
    assertThat(entry.code()).isEqualTo(-1);
    assertThat(entry.detail().path("fault").asText()).isEqualTo("payment-lookup-500");
    assertThat(entry.detail().path("source").asText()).isEqualTo("wiremock");
    assertThat(entry.detail().path("selected_by").asText()).isEqualTo("header");
  }

  @Test
  void aFaultSelectedByQueryParameterKeepsTheCallsParameters() throws Exception {
    HttpResponse<byte[]> refused =
        send(
            front.baseUrl(),
            new Call(
                "POST",
                "/payments/cancel?preflight_fault=cancel-already-cancelled",
                "application/json",
                "{\"imp_uid\":\"{imp}\",\"reason\":\"x\",\"extra\":{\"requester\":\"admin\"}}",
                true));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(refused.body()).get("message").asText()).isEqualTo("이미 전액취소된 주문입니다.");
    JournalEntry entry = lastEntry();
    assertThat(entry.detail().path("selected_by").asText()).isEqualTo("query");
    assertThat(entry.param("imp_uid").asText()).isEqualTo(impUid);
    assertThat(entry.param("extra", "requester").asText()).isEqualTo("admin");
    // The gateway never saw it: the payment is still paid.
    JsonNode payment =
        sim.client().get("/payments/" + impUid, MerchantRestClient.bearer(token)).response();
    assertThat(payment.get("status").asText()).isEqualTo("paid");
  }

  @Test
  void aResetFromTheFrontIsATcpResetAndJournaledWithoutStatus() {
    assertThatThrownBy(
            () ->
                RawHttp.get(
                    front.baseUrl() + "/payments/" + impUid,
                    "Authorization",
                    token,
                    FaultFront.FAULT_HEADER,
                    "payment-lookup-reset"))
        .isInstanceOf(SocketException.class);
    JournalEntry entry = lastEntry();
    assertThat(entry.detail().path("socket_fault").asText()).isEqualTo("CONNECTION_RESET_BY_PEER");
    assertThat(entry.status()).isNull();
  }

  @Test
  void aOnceFaultFailsThenTheSimulatorAnswers() throws Exception {
    Call lookup = new Call("GET", "/payments/{imp}", null, null, true);

    HttpResponse<byte[]> first =
        send(front.baseUrl(), lookup, FaultFront.FAULT_HEADER, "payment-lookup-500-once");
    HttpResponse<byte[]> second =
        send(front.baseUrl(), lookup, FaultFront.FAULT_HEADER, "payment-lookup-500-once");

    assertThat(first.statusCode()).isEqualTo(500);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(send(sim.baseUrl(), lookup).body());
  }

  @Test
  void aSlowLookupIsTheSimulatorsAnswerThreeSecondsLate() throws Exception {
    Call lookup = new Call("GET", "/payments/{imp}", null, null, true);

    long started = System.nanoTime();
    HttpResponse<byte[]> slow =
        send(front.baseUrl(), lookup, FaultFront.FAULT_HEADER, "payment-lookup-delay-3s");
    long took = (System.nanoTime() - started) / 1_000_000;

    assertThat(took).isGreaterThanOrEqualTo(3_000);
    assertThat(slow.statusCode()).isEqualTo(200);
    assertThat(slow.body()).isEqualTo(send(sim.baseUrl(), lookup).body());
    assertThat(entries())
        .filteredOn(e -> ("/payments/" + impUid).equals(e.path()))
        .extracting(JournalEntry::kind)
        .containsExactly("fault", "rest", "rest");
  }

  @Test
  void anUnknownFaultIsRefusedInsteadOfPassingSilently() throws Exception {
    HttpResponse<byte[]> refused =
        send(
            front.baseUrl(),
            new Call("GET", "/payments/{imp}", null, null, true),
            FaultFront.FAULT_HEADER,
            "payment-lookup-501");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(new String(refused.body(), StandardCharsets.UTF_8))
        .contains("payment-lookup-501", "payment-lookup-500");
  }

  private HttpResponse<byte[]> send(String base, Call call, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + call.path().replace("{imp}", impUid)))
            .timeout(Duration.ofSeconds(10));
    if (call.withToken()) {
      request.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (call.body() == null) {
      request.method(call.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", call.contentType())
          .method(
              call.method(),
              HttpRequest.BodyPublishers.ofString(
                  call.body().replace("{imp}", impUid), StandardCharsets.UTF_8));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private List<JournalEntry> entries() {
    return sim.control().journal();
  }

  private JournalEntry lastEntry() {
    List<JournalEntry> all = entries();
    return all.get(all.size() - 1);
  }
}
