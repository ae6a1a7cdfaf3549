package dev.preflight.inspection.rules;

import dev.preflight.inspection.BuyerView;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an {@code error_msg} becomes when a page inserts it as HTML instead of text. */
final class Markup {
  private static final Pattern TAG = Pattern.compile("<[A-Za-z/!][^>]*>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

  private Markup() {}

  /** Whether HTML would show this text differently: it has a tag or a character reference. */
  static boolean changesAsHtml(String text) {
    return text != null && (TAG.matcher(text).find() || ENTITY.matcher(text).find());
  }

  /** The text an HTML parser shows for it (tags dropped, references decoded), normalized. */
  static String asHtmlShows(String text, String tagReplacement) {
    String withoutTags = TAG.matcher(text).replaceAll(tagReplacement);
    Matcher reference = ENTITY.matcher(withoutTags);
    StringBuilder shown = new StringBuilder();
    while (reference.find()) {
      reference.appendReplacement(shown, Matcher.quoteReplacement(decode(reference.group(1))));
    }
    reference.appendTail(shown);
    return BuyerView.normalize(shown.toString());
  }

  private static String decode(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default ->
          Character.toString(
              name.startsWith("#x") || name.startsWith("#X")
                  ? Integer.parseInt(name.substring(2), 16)
                  : Integer.parseInt(name.substring(1)));
    };
  }
}
