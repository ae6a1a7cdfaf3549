package dev.preflight.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The write-ahead queue: an answer waits for the commit that holds what came before it. */
class WriteAheadTest {
  private final List<String> applied = Collections.synchronizedList(new ArrayList<>());

  @Test
  void awaitingReturnsOnlyOnceEverythingSubmittedBeforeIsCommitted() {
    // GIVEN a slow disk
    AtomicBoolean committed = new AtomicBoolean();
    List<String> committedChanges = new ArrayList<>();
    try (WriteAhead writes =
        new WriteAhead(
            "test-writer",
            () -> {
              pause();
              committedChanges.addAll(applied);
              committed.set(true);
            })) {
      // WHEN a change is submitted and its request waits
      writes.submit(() -> applied.add("payment"));
      writes.awaitDurable();

      // THEN the wait ended after the commit that holds the change
      assertThat(committed).isTrue();
      assertThat(committedChanges).containsExactly("payment");
    }
  }

  @Test
  void changesAreAppliedInTheOrderTheyWereSubmitted() {
    try (WriteAhead writes = new WriteAhead("test-writer", () -> {})) {
      for (int i = 0; i < 1_000; i++) {
        String change = "change " + i;
        writes.submit(() -> applied.add(change));
      }
      writes.awaitDurable();

      assertThat(applied).hasSize(1_000).startsWith("change 0").endsWith("change 999");
      assertThat(applied).isSortedAccordingTo((a, b) -> index(a) - index(b));
    }
  }

  @Test
  void aFailedCommitIsNeverReportedAsStored() {
    try (WriteAhead writes =
        new WriteAhead(
            "test-writer",
            () -> {
              throw new IllegalStateException("java.io.IOException: No space left on device");
            })) {
      writes.submit(() -> applied.add("payment"));

      assertThatThrownBy(writes::awaitDurable)
          .isInstanceOf(NotStored.class)
          .hasMessageNotContaining("java.")
          .hasMessageContaining("log");
    }
  }

  @Test
  void closingWritesWhatIsStillPending() {
    List<String> committedChanges = Collections.synchronizedList(new ArrayList<>());
    WriteAhead writes =
        new WriteAhead(
            "test-writer",
            () -> {
              pause();
              committedChanges.clear();
              committedChanges.addAll(applied);
            });
    for (int i = 0; i < 10; i++) {
      String change = "change " + i;
      writes.submit(() -> applied.add(change));
    }

    writes.close();

    assertThat(committedChanges).hasSize(10);
  }

  private static int index(String change) {
    return Integer.parseInt(change.substring("change ".length()));
  }

  private static void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
