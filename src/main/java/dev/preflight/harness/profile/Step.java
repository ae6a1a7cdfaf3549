package dev.preflight.harness.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a buyer or an admin does on the site. Its text may hold {@code {name}} placeholders,
 * which the harness fills for each action ({@code {merchant_uid}}, {@code {amount}}, …).
 *
 * @param target the address for {@code open}; the CSS selector for every other kind
 * @param value the text to type, or the option value to select; null for the other kinds
 */
public record Step(Kind kind, String target, String value) {

  /** What a step does, by the key it is written with in YAML. */
  public enum Kind {
    OPEN("open"),
    CLICK("click"),
    TYPE("type"),
    SELECT("select"),
    WAIT_FOR("wait_for");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /**
     * The YAML key: {@code open}, {@code click}, {@code type}, {@code select}, {@code wait_for}.
     */
    public String key() {
      return key;
    }

    public static Optional<Kind> byKey(String key) {
      return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
      return Arrays.stream(values()).map(Kind::key).toList();
    }

    /** Whether the step types or picks a value besides its selector. */
    public boolean takesValue() {
      return this == TYPE || this == SELECT;
    }
  }

  public Step {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    if (kind.takesValue() != (value != null)) {
      throw new IllegalArgumentException(kind.key() + " step with value " + value);
    }
  }

  public static Step open(String address) {
    return new Step(Kind.OPEN, address, null);
  }

  public static Step click(String selector) {
    return new Step(Kind.CLICK, selector, null);
  }

  public static Step type(String selector, String text) {
    return new Step(Kind.TYPE, selector, text);
  }

  public static Step select(String selector, String optionValue) {
    return new Step(Kind.SELECT, selector, optionValue);
  }

  public static Step waitFor(String selector) {
    return new Step(Kind.WAIT_FOR, selector, null);
  }

  /**
   * The step with its placeholders filled. In an address the values are URL-encoded, because a cart
   * such as {@code BOOK-1:2,CD-7:1} must arrive as one query parameter; in a selector or a typed
   * text they go in as they are.
   */
  public Step fill(Map<String, String> values) {
    String filledTarget =
        kind == Kind.OPEN
            ? Placeholders.fillEncoded(target, values)
            : Placeholders.fill(target, values);
    return new Step(kind, filledTarget, value == null ? null : Placeholders.fill(value, values));
  }

  Step resolve(Variables variables, String path) {
    String at = path + "." + kind.key();
    if (!kind.takesValue()) {
      return new Step(kind, variables.fill(at, target), null);
    }
    String valueKey = kind == Kind.TYPE ? "text" : "value";
    return new Step(
        kind, variables.fill(at + ".selector", target), variables.fill(at + "." + valueKey, value));
  }
}
