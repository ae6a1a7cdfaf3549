package dev.preflight.cli;

/**
 * Pads a cell of a console table by the width a terminal gives it: Hangul and other wide characters
 * take two columns, so {@code %-10s} would misalign a Korean table.
 */
final class Columns {
  private Columns() {}

  static String pad(String text, int width) {
    int shown = width(text);
    return shown >= width ? text : text + " ".repeat(width - shown);
  }

  static int width(String text) {
    return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6);
  }
}
