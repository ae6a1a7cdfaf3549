package dev.preflight.harness.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.harness.profile.BrowserSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The done mark's wait in a cancel: given up a moment after the gateway refused the cancel. */
class CancelSessionTest {

  @Test
  void stopsWaitingForTheDoneMarkOnceTheRefusalHadItsMoment() {
    PollingPage page = new PollingPage();
    AtomicBoolean refused = new AtomicBoolean();
    page.onPoll(polls -> refused.set(polls >= 3));

    assertThatThrownBy(() -> new CancelSession(page, refused::get).waitFor("#done"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refused the cancel");
    assertThat(page.waited).isGreaterThanOrEqualTo(CancelSession.ANSWER_AFTER_REFUSAL);
  }

  @Test
  void waitsTheWholeTimeoutWhileNothingWasRefused() {
    PollingPage page = new PollingPage();

    assertThatThrownBy(() -> new CancelSession(page, () -> false).waitFor("#done"))
        .hasMessageContaining("timed out");
  }

  @Test
  void aMarkThatShowsEndsTheWait() {
    PollingPage page = new PollingPage();
    page.onPoll(polls -> page.markShown = polls >= 2);

    new CancelSession(page, () -> true).waitFor("#done");

    assertThat(page.markShown).isTrue();
  }

  /** A page polled every 50 ms for four seconds at most, that shows #done once told to. */
  private static final class PollingPage implements BrowserSession {
    private static final Duration TIMEOUT = Duration.ofSeconds(4);
    boolean markShown;
    Duration waited = Duration.ZERO;
    private java.util.function.IntConsumer onPoll = polls -> {};

    void onPoll(java.util.function.IntConsumer action) {
      onPoll = action;
    }

    @Override
    public <T> T await(String what, Supplier<Optional<T>> probe) {
      Instant start = Instant.now();
      for (int polls = 0; Duration.between(start, Instant.now()).compareTo(TIMEOUT) < 0; polls++) {
        onPoll.accept(polls);
        waited = Duration.between(start, Instant.now());
        Optional<T> value = probe.get();
        if (value.isPresent()) {
          return value.get();
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      throw new IllegalStateException("timed out waiting for " + what);
    }

    @Override
    public Optional<String> text(String selector) {
      return markShown ? Optional.of("취소되었습니다") : Optional.empty();
    }

    @Override
    public void open(String url) {}

    @Override
    public void click(String selector) {}

    @Override
    public void type(String selector, String text) {}

    @Override
    public void select(String selector, String value) {}

    @Override
    public void waitFor(String selector) {}

    @Override
    public Optional<String> takeDialog() {
      return Optional.empty();
    }
  }
}
