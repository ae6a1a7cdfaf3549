package dev.preflight.text;

import java.util.Locale;
import java.util.Optional;

/** The languages the CLI and the reports speak: Korean for the merchants, English beside it. */
public enum Lang {
  KO,
  EN;

  /** The code for {@code --lang} and {@code <html lang>}: {@code ko}, {@code en}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Korean when the locale's language is Korean, else English. */
  public static Lang of(Locale locale) {
    return "ko".equals(locale.getLanguage()) ? KO : EN;
  }

  /** The system's language, as {@link #of(Locale)} reads it. */
  public static Lang systemDefault() {
    return of(Locale.getDefault());
  }

  /** The language a code names, case-insensitively; empty for anything else. */
  public static Optional<Lang> parse(String code) {
    for (Lang lang : values()) {
      if (lang.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return Optional.of(lang);
      }
    }
    return Optional.empty();
  }
}
