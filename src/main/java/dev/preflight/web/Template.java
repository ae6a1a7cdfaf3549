package dev.preflight.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page template from the classpath with {@code {{name}}} placeholders, which are always
 * HTML-escaped, and {@code {{{name}}}} ones for markup the caller built (and escaped) itself. A
 * placeholder without a value is an error, so a typo cannot render silently.
 */
public final class Template {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\{([a-z_]+)}}}|\\{\\{([a-z_]+)}}");
  private final String source;
  private final String name;

  private Template(String name, String source) {
    this.name = name;
    this.source = source;
  }

  public static Template load(String resource) {
    try (InputStream in = Template.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("template not on the classpath: " + resource);
      }
      return new Template(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String render(Map<String, ?> values) {
    Matcher matcher = PLACEHOLDER.matcher(source);
    StringBuilder out = new StringBuilder(source.length() * 2);
    while (matcher.find()) {
      boolean raw = matcher.group(1) != null;
      String key = raw ? matcher.group(1) : matcher.group(2);
      if (!values.containsKey(key)) {
        throw new IllegalArgumentException(name + ": no value for {{" + key + "}}");
      }
      Object value = values.get(key);
      String text = raw ? (value == null ? "" : value.toString()) : Html.escape(value);
      matcher.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
