package dev.preflight.harness.profile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two kinds of blanks in a profile's text. {@code {name}} is filled by the harness for each
 * action (the order, the amount); {@code ${name}} is filled once, when a run starts, from values
 * such as the merchant's address or a password kept out of the file.
 */
public final class Placeholders {
  /** {@code {merchant_uid}}, but not the inside of {@code ${merchant}}. */
  static final Pattern ACTION = Pattern.compile("(?<!\\$)\\{([a-z_]+)\\}");

  static final Pattern RUN = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)\\}");

  private Placeholders() {}

  /** The action placeholders a text uses, in order of first use. */
  public static Set<String> actionNames(String text) {
    return names(ACTION, text);
  }

  /** The run-time variables a text uses, in order of first use. */
  public static Set<String> runNames(String text) {
    return names(RUN, text);
  }

  /** Whether a {@code ${…}} is left open or holds something that is not a name. */
  static boolean hasMalformedRunVariable(String text) {
    return RUN.matcher(text).replaceAll("").contains("${");
  }

  /** Fills the action placeholders that have a value; leaves the others as they are. */
  public static String fill(String text, Map<String, String> values) {
    return replace(text, values, UnaryOperator.identity());
  }

  /**
   * Fills the action placeholders with percent-encoded values; a space becomes {@code %20}, not
   * {@code +}, which reads as a space in a query but as a plus sign in a path.
   */
  public static String fillEncoded(String text, Map<String, String> values) {
    return replace(
        text, values, v -> URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  private static String replace(
      String text, Map<String, String> values, UnaryOperator<String> encode) {
    Matcher m = ACTION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? m.group() : encode.apply(value)));
    }
    return m.appendTail(out).toString();
  }

  private static Set<String> names(Pattern pattern, String text) {
    Set<String> found = new LinkedHashSet<>();
    if (text != null) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        found.add(m.group(1));
      }
    }
    return found;
  }
}
