package dev.preflight.harness.profile;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The known name a misspelt one most likely meant: {@code baseUrl} for {@code base_url}. */
public final class Suggestions {
  private Suggestions() {}

  public static Optional<String> closest(String given, Collection<String> known) {
    String wanted = normalize(given);
    // Allow about one slip in three letters, and always two: short names differ by little.
    int allowed = Math.max(2, (int) Math.ceil(wanted.length() * 0.3));
    return known.stream()
        .filter(k -> distance(wanted, normalize(k)) <= allowed)
        .min(Comparator.comparingInt(k -> distance(wanted, normalize(k))));
  }

  /** Case, dashes, underscores and spaces do not tell names apart. */
  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
