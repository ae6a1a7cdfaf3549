package dev.preflight.harness.profile;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The few things a {@link SiteDriver} does in the browser. The harness implements it over Selenium
 * with explicit waits; keeping Selenium's types out of this interface lets site drivers compile
 * against the main jar alone, and lets tests drive a fake.
 *
 * <p>Every operation waits, up to the session's timeout, for the element it needs, and fails with
 * an exception naming the selector when it does not come.
 */
public interface BrowserSession {

  /** Loads an absolute address in the current window. */
  void open(String url);

  /**
   * Clicks the first element the CSS selector matches, once it is visible and enabled.
   *
   * @throws ControlDisabled when the element is visible but stays disabled
   */
  void click(String selector);

  /** Clears the field and types the text into it. */
  void type(String selector, String text);

  /**
   * Picks an option of a {@code <select>}: the one whose value is the text (an option without a
   * {@code value} attribute has its text as its value), else the one whose visible text is it.
   */
  void select(String selector, String value);

  /** Waits until an element the selector matches is visible. */
  void waitFor(String selector);

  /** The text of the first visible element the selector matches, now, without waiting. */
  Optional<String> text(String selector);

  /** The text of an open {@code alert} or {@code confirm}, which it accepts; empty when none. */
  Optional<String> takeDialog();

  /**
   * Whether the page has not changed (text, page, dialog) for {@code quiet}, as far as the session
   * can tell; false when it cannot, so that callers wait their full window.
   */
  default boolean restingFor(java.time.Duration quiet) {
    return false;
  }

  /**
   * Polls the probe until it gives a value, up to the session's timeout.
   *
   * @param what what is awaited, for the timeout's message
   */
  <T> T await(String what, Supplier<Optional<T>> probe);
}
