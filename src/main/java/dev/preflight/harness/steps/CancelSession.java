package dev.preflight.harness.steps;

import dev.preflight.harness.profile.BrowserSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The browser a cancel is driven in. A shop shows its "done" mark only for a cancel that went
 * through: once the gateway has refused the cancel (as the resilience scenarios make it), a wait
 * for the mark ends a moment after the refusal, time enough for the shop to show what it makes of
 * it, instead of the whole timeout for a mark that cannot come.
 */
final class CancelSession implements BrowserSession {
  /** How long after the refusal the shop has to answer the buyer. */
  static final Duration ANSWER_AFTER_REFUSAL = Duration.ofSeconds(2);

  /** The journal is asked at most this often while a mark is awaited. */
  private static final Duration JOURNAL_POLL = Duration.ofMillis(250);

  private final BrowserSession browser;
  private final BooleanSupplier refused;

  /**
   * @param refused whether the gateway has refused (or failed) the cancel the steps asked for
   */
  CancelSession(BrowserSession browser, BooleanSupplier refused) {
    this.browser = browser;
    this.refused = refused;
  }

  /**
   * Waits for the element, or until the shop has had its moment after the gateway refused the
   * cancel; then fails as a wait in vain does.
   */
  @Override
  public void waitFor(String selector) {
    Instant[] refusedAt = {null};
    Instant[] askedAt = {Instant.MIN};
    browser.await(
        selector,
        () -> {
          if (browser.text(selector).isPresent()) {
            return Optional.of(Boolean.TRUE);
          }
          Instant now = Instant.now();
          if (refusedAt[0] == null && now.isAfter(askedAt[0].plus(JOURNAL_POLL))) {
            askedAt[0] = now;
            if (refused.getAsBoolean()) {
              refusedAt[0] = now;
            }
          }
          if (refusedAt[0] != null && now.isAfter(refusedAt[0].plus(ANSWER_AFTER_REFUSAL))) {
            throw new IllegalStateException(
                "waiting for " + selector + ": the gateway refused the cancel, it will not come");
          }
          return Optional.empty();
        });
  }

  @Override
  public void open(String url) {
    browser.open(url);
  }

  @Override
  public void click(String selector) {
    browser.click(selector);
  }

  @Override
  public void type(String selector, String text) {
    browser.type(selector, text);
  }

  @Override
  public void select(String selector, String value) {
    browser.select(selector, value);
  }

  @Override
  public Optional<String> text(String selector) {
    return browser.text(selector);
  }

  @Override
  public Optional<String> takeDialog() {
    return browser.takeDialog();
  }

  @Override
  public <T> T await(String what, Supplier<Optional<T>> probe) {
    return browser.await(what, probe);
  }
}
