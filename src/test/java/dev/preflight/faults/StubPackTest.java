package dev.preflight.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.preflight.simulator.faults.Endpoint;
import dev.preflight.simulator.faults.Fault;
import dev.preflight.simulator.faults.FaultCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code stubs/} pack loaded the way WireMock's standalone runner loads it ({@code --root-dir
 * stubs}): every mapping is named and described, and answers its own example request exactly as its
 * metadata says; no fault answers a call that did not select it; and the pack agrees with the
 * control API's fault catalogue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StubPackTest {
  static final Path PACK = Path.of("stubs");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** Long enough to prove a delay is applied, short enough not to wait it out. */
  private static final Duration PATIENCE = Duration.ofMillis(500);

  /** Delays above this are checked from the mapping and a client timeout, not waited out. */
  private static final int LONGEST_WAITED_OUT = 5_000;

  private WireMockServer wireMock;
  private String base;

  /** One mapping of the pack and the file it sits in. */
  record PackMapping(Path file, JsonNode mapping) {
    JsonNode metadata() {
      return mapping.path("metadata");
    }

    String fault() {
      return metadata().path("fault").asText(metadata().path("recovers").asText(""));
    }

    @Override
    public String toString() {
      return mapping.path("name").asText(file.toString());
    }
  }

  static List<PackMapping> mappings() {
    List<PackMapping> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PACK.resolve("mappings"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode tree = JSON.readTree(file.toFile());
        for (JsonNode mapping : tree.has("mappings") ? tree.get("mappings") : List.of(tree)) {
          all.add(new PackMapping(file, mapping));
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return all;
  }

  @BeforeAll
  void startWireMockOnThePack() {
    wireMock =
        new WireMockServer(
            WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(PACK.toString()));
    wireMock.start();
    base = "http://127.0.0.1:" + wireMock.port();
  }

  @AfterAll
  void stopWireMock() {
    wireMock.stop();
  }

  @Test
  void everyMappingIsNamedDescribedAndFiledUnderItsCapability() {
    List<PackMapping> mappings = mappings();

    assertThat(mappings).hasSizeGreaterThan(40);
    assertThat(mappings)
        .allSatisfy(
            m -> {
              assertThat(m.mapping().path("name").asText()).as(m.file().toString()).isNotBlank();
              assertThat(m.metadata().path("description").asText())
                  .as("description of " + m)
                  .hasSizeGreaterThan(40);
              assertThat(m.metadata().path("expect").isObject()).as("expect of " + m).isTrue();
              assertThat(m.metadata().path("example").path("path").asText())
                  .as("example of " + m)
                  .startsWith("/");
              assertThat(m.file().getParent().getFileName().toString())
                  .as("directory of " + m)
                  .isEqualTo(m.metadata().path("capability").asText());
              if (!m.fault().isEmpty()) {
                assertThat(m.file().getFileName().toString()).isEqualTo(m.fault() + ".json");
              }
            });
  }

  @Test
  void theStandaloneRunnerLoadsEveryMapping() {
    assertThat(wireMock.getStubMappings()).hasSize(mappings().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappings")
  void eachMappingAnswersItsExampleAsItsMetadataSays(PackMapping m) throws IOException {
    JsonNode metadata = m.metadata();
    JsonNode expect = metadata.get("expect");
    wireMock.resetScenarios();
    if (m.mapping().has("requiredScenarioState")) {
      wireMock.setScenarioState(
          m.mapping().get("scenarioName").asText(),
          m.mapping().get("requiredScenarioState").asText());
    }
    String selector = metadata.path("fault").asText(metadata.path("recovers").asText());
    PackRequest request =
        m.fault().isEmpty()
            ? PackRequest.example(metadata.get("example"))
                .selecting(metadata.get("selected_by").asText(), "no-such-fault")
            : PackRequest.example(metadata.get("example"))
                .selecting(metadata.get("selected_by").asText(), selector);

    if (expect.has("socket_fault")) {
      assertThat(m.mapping().at("/response/fault").asText())
          .isEqualTo(expect.get("socket_fault").asText());
      assertThatThrownBy(() -> request.send(base, WAIT)).isInstanceOf(IOException.class);
      return;
    }
    if (expect.has("delay_ms")) {
      int delay = expect.get("delay_ms").asInt();
      assertThat(m.mapping().at("/response/fixedDelayMilliseconds").asInt()).isEqualTo(delay);
      assertThat(request.stillWaitingAfter(base, PATIENCE)).as("delayed").isTrue();
      boolean waitOut =
          delay <= LONGEST_WAITED_OUT && metadata.get("selected_by").asText().equals("header");
      if (!waitOut) {
        return;
      }
    }
    long started = System.nanoTime();
    HttpResponse<byte[]> reply = request.send(base, WAIT);
    long tookMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(tookMillis).isGreaterThanOrEqualTo(expect.path("delay_ms").asLong(0));
    assertThat(reply.statusCode()).isEqualTo(expect.get("status").asInt());
    assertThat(reply.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=UTF-8");
    String body = new String(reply.body(), StandardCharsets.UTF_8);
    switch (expect.path("body").asText("envelope")) {
      case "empty" -> assertThat(body).isEmpty();
      case "malformed" ->
          assertThatThrownBy(() -> JSON.readTree(body)).isInstanceOf(JacksonException.class);
      default -> envelopeAsExpected(m, request, expect, JSON.readTree(body));
    }
  }

  private void envelopeAsExpected(
      PackMapping m, PackRequest request, JsonNode expect, JsonNode envelope) {
    assertThat(envelope.get("code").asInt()).isEqualTo(expect.get("code").asInt());
    if (expect.has("message")) {
      assertThat(envelope.get("message").asText()).isEqualTo(expect.get("message").asText());
      assertThat(envelope.get("response").isNull()).isTrue();
    }
    if (expect.has("message_lists")) {
      assertThat(envelope.get("message").asText())
          .contains("no-such-fault", request.method() + " " + request.path())
          .contains(StubPack.load(PACK).faultIds());
    }
    if (expect.has("body_file")) {
      JsonNode response = envelope.get("response");
      switch (m.metadata().get("capability").asText()) {
        case "token" -> assertThat(response.get("access_token").asText()).matches("[0-9a-f]{40}");
        case "payment-lookup" ->
            assertThat(response.get("imp_uid").asText())
                .isEqualTo(request.path().substring("/payments/".length()));
        case "cancel" -> {
          assertThat(response.get("imp_uid").asText())
              .isEqualTo(m.metadata().at("/example/body/imp_uid").asText());
          assertThat(response.get("status").asText()).isEqualTo("cancelled");
        }
        default ->
            throw new AssertionError("no check for a canned " + m.metadata().get("capability"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappings")
  void noFaultAnswersACallThatDidNotSelectIt(PackMapping m) throws IOException {
    PackRequest plain = PackRequest.example(m.metadata().get("example"));

    HttpResponse<byte[]> reply = plain.send(base, WAIT);

    // Nothing in the pack matches: standalone WireMock says so; the front proxies it instead.
    assertThat(reply.statusCode()).isEqualTo(404);
    assertThat(reply.headers().firstValue("Matched-Stub-Name")).isEmpty();
  }

  @Test
  void aFaultNamedForAnotherEndpointIsRefusedByName() throws IOException {
    HttpResponse<byte[]> reply =
        new PackRequest("GET", "/payments/imp_100000000001", null, "cancel-500", null)
            .send(base, WAIT);

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(new String(reply.body(), StandardCharsets.UTF_8))
        .contains("cancel-500", "GET /payments/imp_100000000001", "payment-lookup-timeout");
  }

  @Test
  void onceFaultsFailOnceThenSucceed() throws IOException {
    List<PackMapping> firsts =
        mappings().stream()
            .filter(m -> "Started".equals(m.mapping().path("requiredScenarioState").asText()))
            .filter(m -> m.metadata().get("selected_by").asText().equals("header"))
            .toList();
    assertThat(firsts).extracting(PackMapping::fault).contains("payment-lookup-500-once");

    for (PackMapping first : firsts) {
      wireMock.resetScenarios();
      PackRequest request =
          PackRequest.example(first.metadata().get("example")).withHeader(first.fault());

      assertThat(request.send(base, WAIT).statusCode()).as(first.fault()).isEqualTo(500);
      assertThat(request.send(base, WAIT).statusCode()).as(first.fault()).isEqualTo(200);
      assertThat(request.send(base, WAIT).statusCode()).as(first.fault()).isEqualTo(200);
    }
  }

  @Test
  void everyFaultCanBeSelectedByHeaderAndByQueryParameterAlike() {
    List<PackMapping> faults = mappings().stream().filter(m -> !m.fault().isEmpty()).toList();

    for (String id : StubPack.load(PACK).faultIds()) {
      List<PackMapping> byHeader =
          faults.stream()
              .filter(
                  m ->
                      m.fault().equals(id)
                          && m.metadata().get("selected_by").asText().equals("header"))
              .toList();
      List<PackMapping> byQuery =
          faults.stream()
              .filter(
                  m ->
                      m.fault().equals(id)
                          && m.metadata().get("selected_by").asText().equals("query"))
              .toList();
      assertThat(byQuery).as(id).hasSameSizeAs(byHeader).isNotEmpty();
      for (int i = 0; i < byHeader.size(); i++) {
        assertThat(byQuery.get(i).mapping().get("response"))
            .as(id)
            .isEqualTo(byHeader.get(i).mapping().get("response"));
        assertThat(byQuery.get(i).metadata().get("expect"))
            .isEqualTo(byHeader.get(i).metadata().get("expect"));
      }
    }
  }

  /**
   * The control API and the pack are two ways to the same faults: each fault of the pack but the
   * "-once" ones (a count of 1 does that in the control API) is in the catalogue with the same
   * endpoint, status, code, message and delay, and each endpoint-bound fault of the catalogue is in
   * the pack.
   */
  @Test
  void thePackAndTheControlApiCatalogueAgree() {
    List<PackMapping> headerFaults =
        mappings().stream()
            .filter(m -> m.metadata().has("fault"))
            .filter(m -> m.metadata().get("selected_by").asText().equals("header"))
            .filter(m -> !m.fault().endsWith("-once"))
            .toList();

    for (PackMapping m : headerFaults) {
      Fault fault = FaultCatalog.byId(m.fault()).orElseThrow(() -> new AssertionError(m.fault()));
      JsonNode request = m.mapping().get("request");
      JsonNode expect = m.metadata().get("expect");
      assertThat(fault.endpoint().wireName())
          .as(m.fault())
          .isEqualTo(m.metadata().get("capability").asText());
      assertThat(request.get("method").asText()).isEqualTo(fault.endpoint().method());
      assertThat(request.path("urlPath").asText(request.path("urlPathPattern").asText()))
          .isEqualTo(fault.endpoint().pathRegex());
      assertThat(expect.path("delay_ms").asLong(0)).as(m.fault()).isEqualTo(fault.delayMillis());
      if (expect.has("code") && expect.has("message")) {
        assertThat(fault.status()).as(m.fault()).isEqualTo(expect.get("status").asInt());
        assertThat(fault.code()).as(m.fault()).isEqualTo(expect.get("code").asInt());
        assertThat(fault.message()).as(m.fault()).isEqualTo(expect.get("message").asText());
      }
    }
    List<String> packIds = headerFaults.stream().map(PackMapping::fault).toList();
    assertThat(FaultCatalog.all().stream().filter(f -> f.endpoint() != Endpoint.ANY).map(Fault::id))
        .containsExactlyInAnyOrderElementsOf(packIds);
  }
}
