package dev.preflight.zoo.flowers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shop's page templates, in {@code zoo/flowers/web/}: {@code {{name}}} is filled with the value
 * escaped for HTML, {@code {{{name}}}} with the value as it is (markup the server built itself).
 */
final class Html {

  private static final String WEB = "/zoo/flowers/web/";
  private static final Pattern SLOT = Pattern.compile("\\{\\{(\\{?)([a-z_]+)\\}?\\}\\}");
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Html() {}

  /** A page: its body template filled in, inside the layout. */
  static String page(String title, int cartCount, String template, Map<String, String> values) {
    return fill(
        load("layout.html"),
        Map.of(
            "title", title,
            "cart_count", String.valueOf(cartCount),
            "main", fill(load(template), values)));
  }

  static String fill(String template, Map<String, String> values) {
    Matcher slot = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (slot.find()) {
      String value = values.get(slot.group(2));
      if (value == null) {
        throw new IllegalStateException("template slot without a value: " + slot.group(2));
      }
      boolean raw = !slot.group(1).isEmpty();
      slot.appendReplacement(out, Matcher.quoteReplacement(raw ? value : escape(value)));
    }
    slot.appendTail(out);
    return out.toString();
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String won(int amount) {
    return NumberFormat.getIntegerInstance(Locale.KOREA).format(amount) + "원";
  }

  /** A file of {@code web/}, as text; null when there is none. */
  static String load(String name) {
    return CACHE.computeIfAbsent(
        name,
        n -> {
          byte[] bytes = bytes(n);
          if (bytes == null) {
            throw new IllegalStateException("missing template " + WEB + n);
          }
          return new String(bytes, StandardCharsets.UTF_8);
        });
  }

  static byte[] bytes(String name) {
    if (name.contains("..") || name.contains("/")) {
      return null;
    }
    try (InputStream in = Html.class.getResourceAsStream(WEB + name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
