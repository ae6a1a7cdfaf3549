package dev.preflight.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every text the CLI and the reports show, in one language, from {@code
 * messages/messages_<lang>.properties} (UTF-8). Keys are grouped by area ({@code cli.}, {@code
 * html.}, {@code junit.}, {@code rule.<ID>.} …). Patterns are ours: merchant text only ever fills a
 * placeholder, so a quote or a brace in it is shown as it is.
 */
public final class Messages {
  private static final Map<Lang, Messages> LOADED = new EnumMap<>(Lang.class);

  /** Where the placeholders a Korean particle adds start: past any a pattern of ours uses. */
  static final int PARTICLE_ARGUMENTS = 50;

  private final Lang lang;
  private final Properties patterns;

  private Messages(Lang lang, Properties patterns) {
    this.lang = lang;
    this.patterns = patterns;
  }

  /** The messages of a language, read once. */
  public static synchronized Messages of(Lang lang) {
    return LOADED.computeIfAbsent(lang, Messages::load);
  }

  public Lang lang() {
    return lang;
  }

  /**
   * The text of a key, its placeholders filled with {@code args}; the arguments are values, never
   * patterns, and a number is written as is (no grouping), as counts and ids are.
   */
  public String get(String key, Object... args) {
    String pattern = patterns.getProperty(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no message " + key + " in " + lang.code());
    }
    Object[] values = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = args[i] instanceof Number number ? String.valueOf(number) : args[i];
    }
    if (lang == Lang.KO) {
      // 을(를) and its kind take their form from the value before them: see KoreanParticles.
      KoreanParticles.Prepared prepared = KoreanParticles.prepare(pattern, PARTICLE_ARGUMENTS);
      pattern = prepared.pattern();
      values = prepared.fill(values, PARTICLE_ARGUMENTS);
    }
    return new MessageFormat(pattern, java.util.Locale.forLanguageTag(lang.code())).format(values);
  }

  /** Whether the key exists: a rule added to the catalogue may not have its texts yet. */
  public boolean has(String key) {
    return patterns.containsKey(key);
  }

  /** The raw pattern, for the bundle's own tests. */
  public String pattern(String key) {
    return patterns.getProperty(key);
  }

  public Set<String> keys() {
    return new TreeSet<>(patterns.stringPropertyNames());
  }

  /**
   * One of two words by count, for the English bundle's "1 rule" / "2 rules"; Korean has one form,
   * so its two keys hold the same word.
   */
  public String counted(long count, String key) {
    return get(key + (count == 1 ? ".one" : ".many"), count);
  }

  private static Messages load(Lang lang) {
    String resource = "/messages/messages_" + lang.code() + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      Properties patterns = new Properties();
      patterns.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new Messages(lang, patterns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
