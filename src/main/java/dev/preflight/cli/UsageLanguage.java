package dev.preflight.cli;

import dev.preflight.text.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The language of picocli's usage help. picocli builds the help before any command runs, so the
 * language is read from the arguments themselves: a {@code --lang} given before {@code --help},
 * else the system's, the same default {@code check --lang} has. English help is the annotations'
 * own; Korean comes from {@code help/usage_ko.properties}.
 */
final class UsageLanguage {
  private static final String KOREAN = "/help/usage_ko.properties";
  private static final List<String> HELP = List.of("-h", "--help", "help");

  private UsageLanguage() {}

  /** The language the arguments ask for before their help option; the system's without one. */
  static Lang of(String... args) {
    Optional<Lang> asked = Optional.empty();
    for (int i = 0; i < args.length && !HELP.contains(args[i]); i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        asked = Lang.parse(args[i + 1]);
      } else if (args[i].startsWith("--lang=")) {
        asked = Lang.parse(args[i].substring("--lang=".length()));
      }
    }
    return asked.orElseGet(Lang::systemDefault);
  }

  /** The bundle picocli reads the help from in {@code lang}; empty for English. */
  static Optional<ResourceBundle> bundle(Lang lang) {
    if (lang != Lang.KO) {
      return Optional.empty();
    }
    try (InputStream in = UsageLanguage.class.getResourceAsStream(KOREAN)) {
      if (in == null) {
        throw new IllegalStateException(KOREAN + " is missing from the jar");
      }
      return Optional.of(
          new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
