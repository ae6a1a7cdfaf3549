package dev.preflight.harness.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads typed values out of the YAML tree and collects a problem, with its fix, for each one that
 * is missing or of the wrong kind. It never stops at the first: the reader returns null and goes
 * on, so one run names everything to fix.
 */
final class Reader {
  private final List<Problem> problems = new ArrayList<>();
  private final Locations locations;

  Reader(Locations locations) {
    this.locations = locations;
  }

  void problem(String path, String message) {
    problems.add(new Problem(path, locations.line(path), message));
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * How many problems so far. A check across fields runs only when the fields it reads had none, so
   * that one slip gives one message, not a cascade.
   */
  int count() {
    return problems.size();
  }

  /** Whether the field is a mapping; reports each key that is not one of {@code known}. */
  boolean mapping(Field field, Collection<String> known) {
    if (!field.node().isObject()) {
      problem(
          field.path(),
          "expected a mapping of " + String.join(", ", known) + ", got " + field.describe());
      return false;
    }
    for (Iterator<String> keys = field.node().fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!known.contains(key)) {
        problem(field.get(key).path(), unknownField(key, known));
      }
    }
    return true;
  }

  private static String unknownField(String key, Collection<String> known) {
    return Suggestions.closest(key, known)
        .map(s -> "unknown field '" + key + "'; did you mean " + s + "?")
        .orElse("unknown field '" + key + "'; the fields here are " + String.join(", ", known));
  }

  /** A text; {@code what} says what belongs there when it is missing. */
  String text(Field field, boolean required, String what) {
    if (field.absent()) {
      if (field.node().isNull()) {
        problem(field.path(), noValue(what));
      } else if (required) {
        problem(field.path(), "missing; give " + what);
      }
      return null;
    }
    if (field.node().isNumber() && !field.node().isTextual()) {
      problem(field.path(), "expected text, got " + field.describe() + "; put it in quotes");
      return null;
    }
    if (!field.node().isTextual()) {
      String hint =
          field.node().isObject()
              ? " (in quotes when it starts with {: YAML reads {…} as a mapping)"
              : "";
      problem(field.path(), "expected " + what + ", got " + field.describe() + hint);
      return null;
    }
    String text = field.node().asText();
    if (text.isBlank()) {
      problem(field.path(), noValue(what));
      return null;
    }
    if (Placeholders.hasMalformedRunVariable(text)) {
      problem(field.path(), "a ${ is not closed, or holds more than a name; write ${NAME}");
      return null;
    }
    return text;
  }

  /** {@code key:} with nothing after it, often a {@code #} that YAML took for a comment. */
  private static String noValue(String what) {
    return "has no value; give "
        + what
        + " (in quotes when it starts with #: YAML reads the rest as a comment)";
  }

  /** A text where a number is fine too, such as a typed amount or an option value. */
  String textOrNumber(Field field, String what) {
    if (field.present() && field.node().isNumber()) {
      return field.node().asText();
    }
    return text(field, true, what);
  }

  /** A CSS selector, with the slips that are cheap to see before a browser does. */
  String selector(Field field, boolean required) {
    String selector = text(field, required, "a CSS selector string, such as #naverpay");
    if (selector == null) {
      return null;
    }
    String trimmed = selector.strip();
    if (trimmed.startsWith("/") || trimmed.startsWith("(/") || trimmed.startsWith("./")) {
      problem(
          field.path(),
          "looks like XPath; expected a CSS selector string, such as button[data-action=pay]");
      return null;
    }
    String unbalanced = Selectors.unbalanced(trimmed);
    if (unbalanced != null) {
      problem(field.path(), "expected a CSS selector string; " + unbalanced);
      return null;
    }
    return selector;
  }

  /** An address a step opens: a path under {@code base_url}, or an absolute http(s) URL. */
  String address(Field field, boolean required) {
    String address =
        text(field, required, "an address: a path such as /checkout, or an http(s) URL");
    if (address != null && !Addresses.isOpenable(address.strip())) {
      problem(
          field.path(),
          "'"
              + address
              + "' is not an address; give a path starting with / (appended to base_url) or an"
              + " absolute http(s) URL");
      return null;
    }
    return address;
  }

  /** A whole number of won, at least {@code min}. */
  Long won(Field field, boolean required, long min) {
    if (field.absent()) {
      if (required) {
        problem(field.path(), "missing; give a whole number of won, such as 14000");
      }
      return null;
    }
    if (!field.node().isIntegralNumber() || !field.node().canConvertToLong()) {
      String hint = field.node().isTextual() ? "; write it without quotes or commas" : "";
      problem(
          field.path(),
          "expected a whole number of won, such as 14000, got " + field.describe() + hint);
      return null;
    }
    long value = field.node().asLong();
    if (value < min) {
      problem(field.path(), "expected " + min + " won or more, got " + value);
      return null;
    }
    return value;
  }

  /** true or false; absent is false. */
  boolean flag(Field field) {
    if (field.absent()) {
      return false;
    }
    if (!field.node().isBoolean()) {
      String text = field.node().asText();
      boolean quoted = text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
      String hint = field.node().isTextual() && quoted ? "; write it without quotes" : "";
      problem(field.path(), "expected true or false, got " + field.describe() + hint);
      return false;
    }
    return field.node().asBoolean();
  }

  /** The elements of a list; empty when absent or not a list. */
  List<Field> list(Field field, boolean required, String what) {
    if (field.absent()) {
      if (required) {
        problem(field.path(), "missing; give a list of " + what);
      }
      return List.of();
    }
    if (!field.node().isArray()) {
      problem(field.path(), "expected a list of " + what + ", got " + field.describe());
      return List.of();
    }
    if (required && field.node().isEmpty()) {
      problem(field.path(), "is empty; list " + what);
    }
    List<Field> elements = new ArrayList<>();
    for (int i = 0; i < field.node().size(); i++) {
      elements.add(field.get(i));
    }
    return elements;
  }

  /** Reports each {@code {name}} in the text that is not filled in this part of the profile. */
  void placeholders(Field field, String text, Set<String> allowed) {
    if (text == null) {
      return;
    }
    for (String name : Placeholders.actionNames(text)) {
      if (!allowed.contains(name)) {
        problem(
            field.path(),
            "unknown placeholder {"
                + name
                + "} here; "
                + (allowed.isEmpty()
                    ? "nothing is filled in this part (write ${NAME} for a run-time value)"
                    : "this part fills "
                        + allowed.stream()
                            .sorted()
                            .map(a -> "{" + a + "}")
                            .collect(Collectors.joining(", "))));
      }
    }
  }
}
