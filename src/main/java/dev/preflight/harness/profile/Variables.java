package dev.preflight.harness.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Fills {@code ${name}} in every text of a profile when a run starts, and remembers each one that
 * had no value, so that the run stops once with all of them named.
 */
final class Variables {
  private final Map<String, String> values;
  private final List<Problem> problems = new ArrayList<>();

  Variables(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  String fill(String path, String text) {
    if (text == null) {
      return null;
    }
    Matcher m = Placeholders.RUN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        problems.add(new Problem(path, 0, missing(m.group(1))));
        value = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  void problem(String path, String message) {
    problems.add(new Problem(path, 0, message));
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  private static String missing(String name) {
    if (name.equals(MerchantProfile.MERCHANT_VARIABLE)) {
      return "no value for ${merchant}: it is the reference merchant's address, known only when"
          + " the harness runs the reference merchant; give this site's own address instead";
    }
    return "no value for ${"
        + name
        + "}: the run takes these from the environment, so set the environment variable "
        + name;
  }
}
