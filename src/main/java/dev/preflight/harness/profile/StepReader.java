package dev.preflight.harness.profile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads lists of steps. A step is a one-key mapping: {@code - open: /orders}, {@code - click:
 * "#pay"}, {@code - type: {selector: "#q", text: "{amount}"}}, {@code - select: {selector: "#bank",
 * value: "KB"}}, {@code - wait_for: "#orders"}.
 */
final class StepReader {
  private static final String KINDS = String.join(", ", Step.Kind.keys());
  private final Reader reader;

  StepReader(Reader reader) {
    this.reader = reader;
  }

  /** The steps, each checked to use only the placeholders {@code allowed} in this part. */
  List<Step> steps(Field field, boolean required, Set<String> allowed) {
    List<Step> steps = new ArrayList<>();
    for (Field element : reader.list(field, required, "steps (" + KINDS + ")")) {
      Step step = step(element, allowed);
      if (step != null) {
        steps.add(step);
      }
    }
    return List.copyOf(steps);
  }

  private Step step(Field element, Set<String> allowed) {
    if (!element.node().isObject() || element.node().isEmpty()) {
      reader.problem(
          element.path(),
          "expected a step such as click: \"#naverpay\" (one of "
              + KINDS
              + "), got "
              + element.describe());
      return null;
    }
    if (element.node().size() > 1) {
      List<String> keys = new ArrayList<>();
      element.node().fieldNames().forEachRemaining(keys::add);
      reader.problem(
          element.path(),
          "a step does one thing, but this one has "
              + String.join(" and ", keys)
              + "; put each in its own list item, starting with -");
      return null;
    }
    Iterator<String> keys = element.node().fieldNames();
    String key = keys.next();
    Field body = element.get(key);
    Optional<Step.Kind> kind = Step.Kind.byKey(key);
    if (kind.isEmpty()) {
      String hint =
          Suggestions.closest(key, Step.Kind.keys())
              .map(s -> " (did you mean " + s + "?)")
              .orElse("");
      reader.problem(body.path(), "unknown step '" + key + "'; use one of " + KINDS + hint);
      return null;
    }
    return switch (kind.get()) {
      case OPEN -> single(body, Step::open, reader.address(body, true), allowed);
      case CLICK -> single(body, Step::click, reader.selector(body, true), allowed);
      case WAIT_FOR -> single(body, Step::waitFor, reader.selector(body, true), allowed);
      case TYPE -> pair(body, "text", Step::type, allowed);
      case SELECT -> pair(body, "value", Step::select, allowed);
    };
  }

  private Step single(Field body, Function<String, Step> make, String text, Set<String> allowed) {
    if (text == null) {
      return null;
    }
    reader.placeholders(body, text, allowed);
    return make.apply(text);
  }

  private Step pair(
      Field body, String valueKey, BiFunction<String, String, Step> make, Set<String> allowed) {
    if (!reader.mapping(body, List.of("selector", valueKey))) {
      return null;
    }
    String selector = reader.selector(body.get("selector"), true);
    String value =
        reader.textOrNumber(body.get(valueKey), "the " + valueKey + " to " + verb(valueKey));
    reader.placeholders(body.get("selector"), selector, allowed);
    reader.placeholders(body.get(valueKey), value, allowed);
    return selector == null || value == null ? null : make.apply(selector, value);
  }

  private static String verb(String valueKey) {
    return valueKey.equals("text") ? "type" : "select (the option's value attribute)";
  }
}
