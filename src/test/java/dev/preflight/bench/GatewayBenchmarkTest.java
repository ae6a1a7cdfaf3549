package dev.preflight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.preflight.client.PaymentSeed;
import dev.preflight.client.SimulatorControl;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import dev.preflight.simulator.iamport.Params;
import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.support.MerchantRestClient;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throughput and latency of the simulator's hottest calls next to a bare Javalin handler and a
 * WireMock stub serving the very same bytes, in one run on loopback. It reports and never asserts
 * the targets (timing assertions are flaky); it fails only when the driver saw errors, because then
 * the numbers mean nothing. Run it as bench/README.md says; it is excluded from {@code mvn verify}.
 */
@Tag("benchmark")
class GatewayBenchmarkTest {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayBenchmarkTest.class);

  private static final String LOOPBACK = SimulatorSettings.LOOPBACK;
  private static final String CANCEL_ONE = "simulator cancel, 1 payment";
  private static final String CANCEL_SPREAD = "simulator cancel, 1000 payments";
  private static final int SPREAD_PAYMENTS = 1000;
  private static final String LISTING_PATH = "/payments/status/paid";
  private static final String STATE_CANCEL = CANCEL_SPREAD + ", --state";
  private static final String STATE_GET = "simulator GET, --state";

  private final BenchSettings settings = BenchSettings.fromSystemProperties();
  private final LoadDriver driver = new LoadDriver(settings.threads());
  private final List<Result> results = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  @Test
  void simulatorAgainstBareJavalinAndWireMock() throws Exception {
    String loadAtStart = Report.loadAverage();
    try (SimulatorServer simulator =
        new SimulatorServer(new Simulator(SimulatorSettings.forTests())).start()) {
      String token = new MerchantRestClient(simulator.baseUrl()).defaultToken();
      SimulatorControl control = SimulatorControl.at(simulator.baseUrl());
      measureGets(simulator, control, token);
      measureCancels(simulator, control, token);
    }
    measureStatusListings();
    measureWithStateFile();
    notes.add(
        "WireMock ran with `disableRequestJournal()`; all else at its defaults. The GET targets"
            + " were warmed up one after another, then measured in interleaved rounds, each on"
            + " fresh connections.");

    String markdown = new Report(settings, results, notes, loadAtStart).markdown();
    LOG.info("Benchmark results:\n{}", markdown);
    Report.write(Path.of(System.getProperty("basedir", "."), "bench", "results.md"), markdown);

    for (Result result : results) {
      assertThat(result.errors())
          .as(
              "%s: errors make the measurement invalid; first: %s",
              result.name(), result.firstError())
          .isZero();
    }
  }

  /** GET /payments/{imp_uid} from the simulator and from its two static yardsticks. */
  private void measureGets(SimulatorServer simulator, SimulatorControl control, String token)
      throws IOException, InterruptedException {
    String path = "/payments/" + seed(control, "bench-1", 14_000);
    InetSocketAddress simAddress = new InetSocketAddress(LOOPBACK, simulator.port());
    Captured reference = Captured.of(simAddress, Target.get(simAddress, path, token));
    assertThat(reference.status()).isEqualTo(200);

    Javalin bare = StaticServers.bareJavalin(LOOPBACK, reference);
    WireMockServer wireMock = StaticServers.wireMock(LOOPBACK, path, reference);
    try {
      List<Target> gets =
          List.of(
              getTarget(Report.BARE_GET, bare.port(), path, token),
              getTarget(Report.SIMULATOR_GET, simulator.port(), path, token),
              getTarget(Report.WIREMOCK_GET, wireMock.port(), path, token));
      for (Target target : gets) {
        notes.add(sameBytes(target, reference));
      }
      MemoryNote memory = MemoryNote.before(simulator.simulator().journal());
      results.addAll(measureInRounds(gets));
      memory = memory.after(simulator.simulator().journal());
      notes.add(
          String.format(
              "Journal during the GET phase (warm-up included): +%d entries, heap after full GC"
                  + " +%d MiB (≈ %d bytes per entry)",
              memory.entries(), memory.heapGrowth() >> 20, memory.bytesPerEntry()));
    } finally {
      bare.stop();
      wireMock.stop();
    }
  }

  /**
   * {@code GET /payments/status/paid} page 1 (20 payments, newest first) against a ledger of 100
   * and one of 100,000 paid payments, each in its own simulator: the listing should cost the page,
   * not the ledger. The payments go straight into the books, spread over the last 30 days, since
   * 100,000 seeding calls would only measure the control API.
   */
  private void measureStatusListings() throws Exception {
    List<SimulatorServer> servers = new ArrayList<>();
    try {
      List<Target> targets = new ArrayList<>();
      for (int size : List.of(Report.LISTING_SMALL, Report.LISTING_LARGE)) {
        SimulatorServer server =
            new SimulatorServer(new Simulator(SimulatorSettings.forTests())).start();
        servers.add(server);
        fillWithPaidPayments(server.simulator(), size);
        String token = new MerchantRestClient(server.baseUrl()).defaultToken();
        Target target = getTarget(Report.listing(size), server.port(), LISTING_PATH, token);
        Captured page = Captured.of(target.address(), target.requests()[0]);
        assertThat(page.status()).isEqualTo(200);
        notes.add(
            String.format(
                "%s answers %d body bytes (page 1 of %d, 20 payments)",
                target.name(), page.body().length, size));
        targets.add(target);
      }
      results.addAll(measureInRounds(targets));
    } finally {
      servers.forEach(SimulatorServer::close);
    }
  }

  private static void fillWithPaidPayments(Simulator simulator, int count) {
    Ledger ledger = simulator.accounts().defaultAccount().ledger();
    long now = simulator.clock().now();
    long spacing = Math.max(1, 30L * 24 * 60 * 60 / count);
    for (int i = 0; i < count; i++) {
      long at = now - (count - i) * spacing;
      ledger.record(
          Payment.builder()
              .merchantUid("bench-list-" + i)
              .amount(14_000)
              .name("bench")
              .channel("pc")
              .startedAt(at)
              .paid(at, null),
          "imp_");
    }
  }

  /**
   * Warms every target up first (the bare app and the simulator share Jetty's and Javalin's code,
   * so whoever runs second would otherwise find it compiled), then measures them in turn, round
   * after round.
   */
  private List<Result> measureInRounds(List<Target> targets) throws InterruptedException {
    int cap = settings.maxRequests() / settings.rounds();
    for (Target target : targets) {
      driver.run(target, Duration.ZERO, settings.warmup(), cap);
    }
    List<List<LoadDriver.Run>> runs = new ArrayList<>();
    targets.forEach(t -> runs.add(new ArrayList<>()));
    for (int round = 0; round < settings.rounds(); round++) {
      for (int i = 0; i < targets.size(); i++) {
        runs.get(i).add(driver.run(targets.get(i), Duration.ZERO, settings.round(), cap));
      }
    }
    List<Result> measured = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      measured.add(Result.of(targets.get(i).name(), runs.get(i)));
    }
    return measured;
  }

  /**
   * Partial cancels of 1 won: first all on one payment, as a merchant's retry storm would send
   * them; then spread over many payments, to show the cost of a cancel itself.
   */
  private void measureCancels(SimulatorServer simulator, SimulatorControl control, String token)
      throws InterruptedException {
    InetSocketAddress address = new InetSocketAddress(LOOPBACK, simulator.port());
    Ledger ledger = simulator.simulator().accounts().defaultAccount().ledger();

    String single = seed(control, "bench-cancel", Params.MAX_AMOUNT);
    Result one =
        measureOnce(
            new Target(
                CANCEL_ONE, address, cancelRequest(address, token, single), Target.ENVELOPE_OK));
    results.add(one);
    int history = ledger.payment(single).orElseThrow().cancelHistory().size();
    notes.add(
        String.format(
            "%s: every call adds one entry to the payment's cancel_history, which every reply"
                + " repeats, so replies grow and throughput falls as the run goes on; the history"
                + " held ≈ %d entries when measuring began and %d at the end, when a reply was %d"
                + " bytes",
            CANCEL_ONE, history - one.requests(), history, one.lastBodyBytes()));

    List<String> spread = new ArrayList<>();
    byte[][] requests = new byte[SPREAD_PAYMENTS][];
    for (int i = 0; i < SPREAD_PAYMENTS; i++) {
      spread.add(seed(control, "bench-spread-" + i, 1_000_000_000L));
      requests[i] = cancelRequest(address, token, spread.get(i));
    }
    results.add(measureOnce(new Target(CANCEL_SPREAD, address, requests, Target.ENVELOPE_OK)));
    int longest =
        spread.stream()
            .mapToInt(id -> ledger.payment(id).orElseThrow().cancelHistory().size())
            .max()
            .orElse(0);
    notes.add(
        String.format(
            "%s: the workers take the %d payments in turn; the longest history reached %d"
                + " entries (warm-up included)",
            CANCEL_SPREAD, SPREAD_PAYMENTS, longest));
  }

  /**
   * The same cancels and GETs against a simulator that keeps its state in a file: every answer
   * waits until what it changed (the payment, the journal entry) is committed and flushed.
   */
  private void measureWithStateFile() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("bench-state");
    Path file = dir.resolve("bench.state");
    try (SimulatorServer simulator =
        new SimulatorServer(new Simulator(SimulatorSettings.forTests().withStateFile(file)))
            .start()) {
      String token = new MerchantRestClient(simulator.baseUrl()).defaultToken();
      SimulatorControl control = SimulatorControl.at(simulator.baseUrl());
      InetSocketAddress address = new InetSocketAddress(LOOPBACK, simulator.port());
      byte[][] requests = new byte[SPREAD_PAYMENTS][];
      for (int i = 0; i < SPREAD_PAYMENTS; i++) {
        requests[i] =
            cancelRequest(address, token, seed(control, "bench-spread-" + i, 1_000_000_000L));
      }
      results.add(measureOnce(new Target(STATE_CANCEL, address, requests, Target.ENVELOPE_OK)));
      String path = "/payments/" + seed(control, "bench-1", 14_000);
      results.add(measureOnce(getTarget(STATE_GET, simulator.port(), path, token)));
      notes.add(
          String.format(
              "%s and %s: a simulator with a state file (H2 MVStore, one commit and fsync per"
                  + " batch of changes, answers held until theirs is in); the file held %d MiB"
                  + " at the end, %d journal entries",
              STATE_CANCEL,
              STATE_GET,
              Files.size(file) >> 20,
              simulator.simulator().journal().lastSeq()));
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  /** For targets that change state as they go: one warm-up and one measured phase, no rounds. */
  private Result measureOnce(Target target) throws InterruptedException {
    LoadDriver.Run run =
        driver.run(target, settings.cancelWarmup(), settings.measure(), settings.maxRequests());
    return Result.of(target.name(), List.of(run));
  }

  /** The comparison is only fair if every target puts the same body on the wire. */
  private static String sameBytes(Target target, Captured reference) throws IOException {
    Captured seen = Captured.of(target.address(), target.requests()[0]);
    assertThat(seen.status()).as(target.name()).isEqualTo(200);
    assertThat(seen.body()).as(target.name()).isEqualTo(reference.body());
    assertThat(seen.contentType()).as(target.name()).isEqualTo(reference.contentType());
    return String.format(
        "%s answers %d body bytes, `%s`, framed by %s",
        target.name(), seen.body().length, seen.contentType(), seen.framing());
  }

  /** A partial cancel of 1 won, with no checksum, so it can be repeated until the balance is 0. */
  private static byte[] cancelRequest(InetSocketAddress address, String token, String impUid) {
    String json =
        "{\"imp_uid\":\""
            + impUid
            + "\",\"amount\":1,\"reason\":\"bench\",\"extra\":{\"requester\":\"admin\"}}";
    return Target.postJson(address, "/payments/cancel", token, json);
  }

  private static Target getTarget(String name, int port, String path, String token) {
    InetSocketAddress address = new InetSocketAddress(LOOPBACK, port);
    return new Target(name, address, Target.get(address, path, token), Target.ENVELOPE_OK);
  }

  private static String seed(SimulatorControl control, String merchantUid, long amount) {
    return control.seedPayment(PaymentSeed.paid(merchantUid, amount).named("bench")).impUid();
  }
}
