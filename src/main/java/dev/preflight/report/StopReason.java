package dev.preflight.report;

import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.util.List;

/**
 * Why a scenario ended before a verdict, kept as a message key and its values rather than a
 * sentence, so that each report says it in its own language. The values are the site's data (a
 * selector, what the shop showed, a browser's error): they fill placeholders and are shown as they
 * are.
 *
 * @param key a {@code stop.} key of the message bundle
 * @param args the values of its placeholders, in order
 */
public record StopReason(String key, List<String> args) {
  private static final String AS_WRITTEN = "stop.as-written";

  public StopReason {
    args = List.copyOf(args);
  }

  public static StopReason of(String key, String... args) {
    return new StopReason(key, List.of(args));
  }

  /** A reason that is not the tool's to translate (a browser's error), shown as written. */
  public static StopReason asWritten(String text) {
    return of(AS_WRITTEN, text);
  }

  /** The reason in a language. */
  public String in(Messages m) {
    return m.get(key, args.toArray());
  }

  /** The reason in English: for exception messages, logs and report.json's stable fields. */
  public String english() {
    return in(Messages.of(Lang.EN));
  }

  @Override
  public String toString() {
    return english();
  }
}
