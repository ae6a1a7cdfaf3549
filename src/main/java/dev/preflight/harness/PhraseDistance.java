package dev.preflight.harness;

import dev.preflight.harness.profile.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a step's text is from a step expression, word by word: a misspelt word costs less than a
 * missing one, and a parameter ({@code {device}}, {@code {string}}, …) takes any one word or quoted
 * text for free. Good enough to rank the phrases a feature's author most likely meant.
 */
final class PhraseDistance {
  /** A quoted text is one word, as {@code {string}} takes it whole. */
  private static final Pattern WORD = Pattern.compile("\"[^\"]*\"|'[^']*'|\\S+");

  private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*\\}");

  /** "said," is the word "said". */
  private static final String PUNCTUATION = "[,.;:!?]";

  private PhraseDistance() {}

  static double between(String stepText, String expression) {
    List<String> step = words(stepText);
    List<String> phrase = words(expression);
    double[] previous = new double[phrase.size() + 1];
    double[] current = new double[phrase.size() + 1];
    for (int j = 0; j <= phrase.size(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= step.size(); i++) {
      current[0] = i;
      for (int j = 1; j <= phrase.size(); j++) {
        double replace = previous[j - 1] + wordCost(step.get(i - 1), phrase.get(j - 1));
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      double[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[phrase.size()];
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (word.find()) {
      words.add(word.group());
    }
    return words;
  }

  /** 0 for the same word or a parameter, up to 2 for a word with no letter in common. */
  private static double wordCost(String stepWord, String phraseWord) {
    if (PARAMETER.matcher(phraseWord).matches()) {
      return 0;
    }
    String a = stepWord.replaceAll(PUNCTUATION, "");
    String b = phraseWord.replaceAll(PUNCTUATION, "");
    int longer = Math.max(1, Math.max(a.length(), b.length()));
    return 2.0 * Suggestions.distance(a, b) / longer;
  }
}
