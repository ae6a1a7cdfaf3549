package dev.preflight.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded chaos: the same seed gives the same faults for the same calls, another seed others; and in
 * the front, the faults it picks are the pack's own, for the endpoint each call went to.
 */
class ChaosTest {
  private static final List<String> LOOKUP_FAULTS =
      List.of("payment-lookup-404", "payment-lookup-500", "payment-lookup-reset");

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  @TempDir Path quickPack;

  private static List<Optional<String>> draws(long seed, double rate, int calls) {
    Chaos chaos = new Chaos(seed, rate);
    return IntStream.range(0, calls).mapToObj(i -> chaos.draw(LOOKUP_FAULTS)).toList();
  }

  @Test
  void theSameSeedGivesTheSameDraws() {
    assertThat(draws(42, 0.3, 200)).isEqualTo(draws(42, 0.3, 200));
  }

  @Test
  void anotherSeedGivesOtherDraws() {
    assertThat(draws(42, 0.3, 200)).isNotEqualTo(draws(43, 0.3, 200));
  }

  @Test
  void theRateIsTheShareOfCallsThatFail() {
    long failed = draws(7, 0.05, 10_000).stream().filter(Optional::isPresent).count();

    assertThat(failed).isBetween(400L, 600L);
    assertThat(draws(7, 0, 1_000)).allMatch(Optional::isEmpty);
    assertThat(draws(7, 1, 1_000)).allMatch(Optional::isPresent);
  }

  @Test
  void everyApplicableFaultGetsPicked() {
    assertThat(draws(7, 1, 300)).extracting(Optional::get).containsAll(LOOKUP_FAULTS);
  }

  /** A call no fault applies to still uses up its draw: later calls keep theirs. */
  @Test
  void aCallWithNoApplicableFaultDoesNotShiftTheRest() {
    Chaos withGap = new Chaos(42, 0.5);
    Chaos without = new Chaos(42, 0.5);

    withGap.draw(List.of());
    without.draw(LOOKUP_FAULTS);

    for (int i = 0; i < 50; i++) {
      assertThat(withGap.draw(LOOKUP_FAULTS)).isEqualTo(without.draw(LOOKUP_FAULTS));
    }
  }

  @Test
  void aRateOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> new Chaos(1, 1.5)).hasMessageContaining("0 to 1");
    assertThatThrownBy(() -> new Chaos(1, Double.NaN)).hasMessageContaining("0 to 1");
  }

  @Test
  void theFrontReplaysTheSameFaultsForTheSameSeed() {
    Path pack = packWithoutDelays();

    List<String> first = faultsSeenThroughChaos(pack, 11);
    List<String> again = faultsSeenThroughChaos(pack, 11);
    List<String> other = faultsSeenThroughChaos(pack, 12);

    assertThat(first).isEqualTo(again).isNotEqualTo(other);
    assertThat(first.stream().filter(f -> !f.equals("-"))).hasSizeBetween(5, 35);
    // Each pick is a fault of the endpoint called: lookups on even calls, cancels on odd ones.
    for (int i = 0; i < first.size(); i++) {
      String fault = first.get(i);
      if (!fault.equals("-")) {
        assertThat(fault).startsWith(i % 2 == 0 ? "payment-lookup-" : "cancel-");
      }
    }
  }

  /**
   * Forty calls through a front with this seed and a 0.4 rate, each to a path of its own: the fault
   * each got, or "-", as the simulator's journal has it. A fresh simulator and front each time.
   */
  private List<String> faultsSeenThroughChaos(Path pack, long seed) {
    sim.simulator().reset(false);
    String[] auth = MerchantRestClient.bearer(sim.client().defaultToken());
    List<String> seen = new ArrayList<>();
    try (FaultFront front =
        FaultFront.start(
            StubPack.load(pack), sim.server(), "127.0.0.1", 0, Optional.of(new Chaos(seed, 0.4)))) {
      MerchantRestClient client = new MerchantRestClient(front.baseUrl());
      for (int i = 0; i < 40; i++) {
        String impUid = String.format("imp_%012d", i);
        try {
          if (i % 2 == 0) {
            client.get("/payments/" + impUid, auth);
          } else {
            client.postJson("/payments/cancel", Map.of("imp_uid", impUid, "reason", "x"), auth);
          }
        } catch (UncheckedIOException droppedByAFault) {
          // A reset or an empty response: the journal has it.
        }
        seen.add(faultFor(impUid));
      }
    }
    return seen;
  }

  /** The fault the journal has for a call, or "-"; every one of them must be chaos's doing. */
  private String faultFor(String impUid) {
    List<JournalEntry> struck =
        sim.control().journal().stream()
            .filter(e -> JournalEntry.FAULT.equals(e.kind()))
            .filter(
                e ->
                    e.path() != null && e.path().endsWith(impUid)
                        || e.param("imp_uid").asText().equals(impUid))
            .toList();
    assertThat(struck)
        .allSatisfy(e -> assertThat(e.detail().path("selected_by").asText()).isEqualTo("chaos"));
    return struck.isEmpty() ? "-" : struck.get(0).detail().path("fault").asText();
  }

  /** The pack without its delayed mappings, so that chaos cannot make this test wait. */
  private Path packWithoutDelays() {
    try (Stream<Path> files = Files.walk(StubPackTest.PACK)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file);
        if (text.contains("fixedDelayMilliseconds")) {
          continue;
        }
        Path copy = quickPack.resolve(StubPackTest.PACK.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, text);
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return quickPack;
  }
}
