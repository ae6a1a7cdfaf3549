package dev.preflight.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Korean particles that take their form from the word before them: 이/가, 을/를, 은/는, 과/와, (으)로. A
 * Korean pattern writes the particle marked, {@code {0}을(를)}, since a placeholder's value is only
 * known when the message is made; here the marked form becomes the one that reads right after the
 * value ("결제하기를", "우전 녹차가", "HTTP 500으로"). Only what can be read for sure is decided — a Hangul
 * syllable or a number; after Latin letters, a URL or a symbol, how the reader pronounces it
 * decides, so the marked form stays.
 *
 * <p>Works on the pattern, never on the formatted text: a merchant's own text that happens to
 * contain "을(를)" is shown as it is.
 */
final class KoreanParticles {
  /** A particle's marked form and its two real ones. */
  record Particle(String marked, String afterConsonant, String afterVowel) {
    /** (으)로 follows a final ㄹ as it follows a vowel: 서울로, 1로. */
    boolean rieulReadsAsVowel() {
      return "(으)로".equals(marked);
    }
  }

  private static final List<Particle> PARTICLES =
      List.of(
          new Particle("이(가)", "이", "가"),
          new Particle("을(를)", "을", "를"),
          new Particle("은(는)", "은", "는"),
          new Particle("과(와)", "과", "와"),
          new Particle("(으)로", "으로", "로"));

  /** Closing marks a particle can follow without changing its form: {@code ''{0}''은(는)}. */
  private static final String CLOSERS = "'\"`)]}>’”」』";

  /** What the reader passes over to the last sound: closing marks and a sentence's end. */
  private static final String UNSPOKEN = CLOSERS + ".!?…~";

  private static final int HANGUL_FIRST = 0xAC00;
  private static final int HANGUL_LAST = 0xD7A3;
  private static final int FINALS = 28;
  private static final int FINAL_RIEUL = 8;

  /**
   * A pattern with its particles made ready: those after fixed text are decided now; each one right
   * after a placeholder becomes a placeholder of its own, numbered from {@code firstFree}, that
   * {@link #fill} decides from that placeholder's value.
   */
  record Prepared(String pattern, List<Pending> pending) {
    /** How many values the prepared pattern reads. */
    int width(int firstFree) {
      return pending.isEmpty() ? 0 : firstFree + pending.size();
    }

    /** The values with each pending particle's form added after them. */
    Object[] fill(Object[] values, int firstFree) {
      Object[] all = new Object[Math.max(values.length, width(firstFree))];
      System.arraycopy(values, 0, all, 0, values.length);
      for (int i = 0; i < pending.size(); i++) {
        Pending particle = pending.get(i);
        Object value = particle.argument() < values.length ? values[particle.argument()] : null;
        all[firstFree + i] = choose(particle.particle(), value == null ? "" : value.toString());
      }
      return all;
    }
  }

  /** A particle to decide from the value of placeholder {@code argument}. */
  record Pending(int argument, Particle particle) {}

  private KoreanParticles() {}

  /** Prepares a MessageFormat pattern; see {@link Prepared}. */
  static Prepared prepare(String pattern, int firstFree) {
    StringBuilder out = new StringBuilder();
    List<Pending> pending = new ArrayList<>();
    int i = 0;
    while (i < pattern.length()) {
      Particle particle = particleAt(pattern, i);
      if (particle == null) {
        out.append(pattern.charAt(i));
        i++;
        continue;
      }
      int argument = placeholderBefore(out);
      if (argument >= 0) {
        out.append('{').append(firstFree + pending.size()).append('}');
        pending.add(new Pending(argument, particle));
      } else {
        out.append(choose(particle, out.toString().replace("''", "'")));
      }
      i += particle.marked().length();
    }
    return new Prepared(out.toString(), List.copyOf(pending));
  }

  /** The particle's form after {@code text}, or its marked form when the text cannot tell. */
  static String choose(String particleMarked, String text) {
    for (Particle particle : PARTICLES) {
      if (particle.marked().equals(particleMarked)) {
        return choose(particle, text);
      }
    }
    throw new IllegalArgumentException("not a marked particle: " + particleMarked);
  }

  private static String choose(Particle particle, String text) {
    Ending ending = ending(text);
    return switch (ending) {
      case VOWEL -> particle.afterVowel();
      case RIEUL ->
          particle.rieulReadsAsVowel() ? particle.afterVowel() : particle.afterConsonant();
      case CONSONANT -> particle.afterConsonant();
      case UNKNOWN -> particle.marked();
    };
  }

  /** How the text's last sound ends, as far as it can be read. */
  private enum Ending {
    VOWEL,
    CONSONANT,
    RIEUL,
    UNKNOWN
  }

  private static Ending ending(String text) {
    int end = text.length();
    while (end > 0
        && (UNSPOKEN.indexOf(text.charAt(end - 1)) >= 0
            || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    if (end == 0) {
      return Ending.UNKNOWN;
    }
    char last = text.charAt(end - 1);
    if (last >= HANGUL_FIRST && last <= HANGUL_LAST) {
      int finalSound = (last - HANGUL_FIRST) % FINALS;
      return finalSound == 0
          ? Ending.VOWEL
          : finalSound == FINAL_RIEUL ? Ending.RIEUL : Ending.CONSONANT;
    }
    if (last >= '0' && last <= '9') {
      return numberEnding(text.substring(0, end));
    }
    return Ending.UNKNOWN;
  }

  /**
   * How a number read in Korean ends: its last digit that is not zero (일, 이, 삼 …), or the unit its
   * trailing zeros make (십, 백, 천, 만, 억, 조); 0 alone is 영. Commas between digits are grouping.
   */
  private static Ending numberEnding(String text) {
    int end = text.length();
    int zeros = 0;
    int start = end;
    while (start > 0
        && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == ',')) {
      start--;
    }
    if (!standsAlone(text, start)) {
      return Ending.UNKNOWN;
    }
    String digits = text.substring(start, end).replace(",", "");
    for (int i = digits.length() - 1; i >= 0 && digits.charAt(i) == '0'; i--) {
      zeros++;
    }
    if (zeros == digits.length()) {
      return Ending.CONSONANT; // 영
    }
    // A decimal's last digit is read as the digit: 1.50 is 일 점 오 영.
    boolean decimal = start > 0 && text.charAt(start - 1) == '.';
    if (zeros == 0 || decimal) {
      return digitEnding(digits.charAt(digits.length() - 1));
    }
    // 십 백 천 만 억 end in a consonant; 조 (twelve zeros and up to fifteen) in a vowel.
    return zeros >= 12 && zeros < 16 ? Ending.VOWEL : Ending.CONSONANT;
  }

  /**
   * Whether the number starting at {@code start} is read as a number: on its own or after a word
   * and a space ("HTTP 500"), not the end of an address or a name ("127.0.0.1:8080", "v2").
   */
  private static boolean standsAlone(String text, int start) {
    int before = start;
    if (before > 1
        && text.charAt(before - 1) == '.'
        && Character.isDigit(text.charAt(before - 2))) {
      before--;
      while (before > 0 && Character.isDigit(text.charAt(before - 1))) {
        before--;
      }
    }
    if (before == 0) {
      return true;
    }
    char previous = text.charAt(before - 1);
    return Character.isWhitespace(previous)
        || "([{'\"#₩-".indexOf(previous) >= 0
        || (previous >= HANGUL_FIRST && previous <= HANGUL_LAST);
  }

  /** 영 일 이 삼 사 오 육 칠 팔 구. */
  private static Ending digitEnding(char digit) {
    return switch (digit) {
      case '0', '3', '6' -> Ending.CONSONANT;
      case '1', '7', '8' -> Ending.RIEUL;
      default -> Ending.VOWEL;
    };
  }

  private static Particle particleAt(String pattern, int at) {
    for (Particle particle : PARTICLES) {
      if (pattern.startsWith(particle.marked(), at)) {
        return particle;
      }
    }
    return null;
  }

  /**
   * The index of the placeholder the text ends with (closing marks after it allowed), or -1 when
   * fixed text comes last.
   */
  private static int placeholderBefore(CharSequence text) {
    int end = text.length();
    while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0 && text.charAt(end - 1) != '}') {
      end--;
    }
    if (end == 0 || text.charAt(end - 1) != '}') {
      return -1;
    }
    int open = end - 2;
    while (open >= 0 && text.charAt(open) != '{') {
      open--;
    }
    if (open < 0) {
      return -1;
    }
    String inside = text.subSequence(open + 1, end - 1).toString();
    String index = inside.contains(",") ? inside.substring(0, inside.indexOf(',')) : inside;
    try {
      return Integer.parseInt(index.strip());
    } catch (NumberFormatException notAnArgument) {
      return -1;
    }
  }
}
