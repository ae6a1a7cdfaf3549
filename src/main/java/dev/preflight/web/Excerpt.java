package dev.preflight.web;

/**
 * The start of a text that came from outside, short enough to quote in an error message: a message
 * that repeats a whole hostile value can be as large as the value itself.
 */
public final class Excerpt {
  /** How much of a bad value an error message quotes. */
  public static final int DEFAULT_LENGTH = 40;

  private Excerpt() {}

  public static String of(Object value) {
    return of(value, DEFAULT_LENGTH);
  }

  /** At most {@code length} characters of {@code value}, with "…" when cut; "null" for null. */
  public static String of(Object value, int length) {
    String text = String.valueOf(value);
    if (text.length() <= length) {
      return text;
    }
    int end = length;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
