package dev.preflight.harness.profile;

/** The cheap checks of a CSS selector: what a browser would reject for sure. */
final class Selectors {
  private Selectors() {}

  /** What is unbalanced in the selector, or null when brackets and quotes pair up. */
  static String unbalanced(String selector) {
    int brackets = 0;
    int parens = 0;
    char quote = 0;
    for (char c : selector.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
        continue;
      }
      switch (c) {
        case '\'', '"' -> quote = c;
        case '[' -> brackets++;
        case ']' -> brackets--;
        case '(' -> parens++;
        case ')' -> parens--;
        default -> {}
      }
      if (brackets < 0 || parens < 0) {
        return "a closing " + c + " has no opening one";
      }
    }
    if (quote != 0) {
      return "a " + quote + " quote is not closed";
    }
    if (brackets != 0) {
      return "a [ is not closed";
    }
    return parens != 0 ? "a ( is not closed" : null;
  }
}
