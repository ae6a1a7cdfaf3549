package dev.preflight.harness.profile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A browser that records what it is told to do and shows what the test put on its page: enough to
 * check what a driver does, without a browser.
 */
final class RecordingBrowser implements BrowserSession {
  final List<String> actions = new ArrayList<>();
  private final Map<String, String> page = new HashMap<>();
  private final Deque<String> dialogs = new ArrayDeque<>();
  private int polls;

  /** Puts an element with this text on the page after the given number of polls. */
  private final Map<String, Integer> appearsAfter = new HashMap<>();

  private final Map<String, Integer> appearsAfterReads = new HashMap<>();
  private final Map<String, Integer> reads = new HashMap<>();

  RecordingBrowser shows(String selector, String text) {
    page.put(selector, text);
    return this;
  }

  RecordingBrowser showsLater(String selector, String text, int afterPolls) {
    appearsAfter.put(selector, afterPolls);
    return shows(selector, text);
  }

  /**
   * Puts an element with this text on the page once it has been read the given number of times: a
   * page that changes between two reads of the same poll.
   */
  RecordingBrowser showsAfterReads(String selector, String text, int reads) {
    appearsAfterReads.put(selector, reads);
    return shows(selector, text);
  }

  RecordingBrowser alerts(String text) {
    dialogs.add(text);
    return this;
  }

  @Override
  public void open(String url) {
    actions.add("open " + url);
  }

  @Override
  public void click(String selector) {
    actions.add("click " + selector);
  }

  @Override
  public void type(String selector, String text) {
    actions.add("type " + selector + " <- " + text);
  }

  @Override
  public void select(String selector, String value) {
    actions.add("select " + selector + " <- " + value);
  }

  @Override
  public void waitFor(String selector) {
    actions.add("wait for " + selector);
  }

  @Override
  public Optional<String> text(String selector) {
    int read = reads.merge(selector, 1, Integer::sum);
    if (read <= appearsAfterReads.getOrDefault(selector, 0)) {
      return Optional.empty();
    }
    if (polls < appearsAfter.getOrDefault(selector, 0)) {
      return Optional.empty();
    }
    return Optional.ofNullable(page.get(selector));
  }

  @Override
  public Optional<String> takeDialog() {
    return Optional.ofNullable(dialogs.poll());
  }

  @Override
  public <T> T await(String what, Supplier<Optional<T>> probe) {
    for (polls = 0; polls < 10; polls++) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
    }
    throw new IllegalStateException("timed out waiting for " + what);
  }
}
