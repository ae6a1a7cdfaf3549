package dev.preflight.report;

import dev.preflight.text.Messages;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario's name in the report's language. The Gherkin stays English; the bundle holds a title
 * for each of the tool's own scenarios under {@code scenario.<slug of the English name>}, and an
 * outline's example, appended in parentheses, under {@code scenario.example.<value>} when it is one
 * of the buyer's outcomes. A name with no entry (a merchant's own feature) is shown as written.
 */
public final class ScenarioTitles {
  private static final Pattern EXAMPLE = Pattern.compile("^(.+) \\(([^()]+)\\)$");

  private ScenarioTitles() {}

  /** The title of a scenario named {@code name} (as Cucumber names it) in {@code m}'s language. */
  public static String of(Messages m, String name) {
    if (name == null) {
      return "";
    }
    if (m.has(key(name))) {
      return m.get(key(name));
    }
    Matcher outline = EXAMPLE.matcher(name);
    if (outline.matches() && m.has(key(outline.group(1)))) {
      String example = outline.group(2);
      String exampleKey = "scenario.example." + example;
      return m.get(
          "scenario.with-example",
          m.get(key(outline.group(1))),
          m.has(exampleKey) ? m.get(exampleKey) : example);
    }
    return name;
  }

  /** The bundle key of a scenario's English name: {@code scenario.} and its words, dashed. */
  public static String key(String name) {
    String slug =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return "scenario." + slug;
  }
}
