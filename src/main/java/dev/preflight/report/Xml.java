package dev.preflight.report;

/**
 * Escaping for XML 1.0. Characters XML 1.0 cannot carry at all (most control characters, lone
 * surrogates) become U+FFFD: merchant text may hold them, and one would make the whole junit.xml
 * unreadable to CI.
 */
final class Xml {
  private Xml() {}

  /** For element content: line breaks stay as they are, for a reader of the raw file. */
  static String text(Object value) {
    return escape(value, false);
  }

  /**
   * For a double-quoted attribute value: line breaks and tabs become references, since a parser
   * turns literal ones into spaces there.
   */
  static String attribute(Object value) {
    return escape(value, true);
  }

  private static String escape(Object value, boolean attribute) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '&') {
        out.append("&amp;");
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '"') {
        out.append("&quot;");
      } else if (c == '\'') {
        out.append("&apos;");
      } else if (c == '\t' || c == '\n' || c == '\r') {
        out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
      } else {
        out.append(allowed(c) ? c : '\uFFFD');
      }
    }
    return out.toString();
  }

  private static boolean allowed(char c) {
    return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
  }
}
