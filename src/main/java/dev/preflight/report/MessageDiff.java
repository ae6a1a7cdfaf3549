package dev.preflight.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the shop did to Naver's error message on its way to the buyer: the text it added (a prefix
 * such as "결제에 실패하였습니다. 실패 사유: ", a suffix) and Naver's text it dropped or changed.
 *
 * <p>When one text holds the other whole, the rest is the whole difference, to the character, so a
 * bracket glued to the message is marked on its own. Otherwise the texts are compared word by word:
 * trimming a common start by characters would take the "결제" of "결제에 실패…" for Naver's "결제를 취소…", and
 * a Korean word changed in one syllable reads better struck out whole.
 */
final class MessageDiff {
  /**
   * Above this a comparison is not worth its table (n×m): the report shows both texts as they are.
   */
  static final int MAX_CHARS = 2_000;

  enum Kind {
    SAME,
    ADDED,
    MISSING
  }

  record Piece(Kind kind, String text) {}

  private MessageDiff() {}

  /** The pieces that turn {@code sent} into {@code shown}; empty when either is too long. */
  static Optional<List<Piece>> of(String sent, String shown) {
    if (sent.length() > MAX_CHARS || shown.length() > MAX_CHARS) {
      return Optional.empty();
    }
    List<Piece> pieces = new ArrayList<>();
    int at = sent.isEmpty() ? -1 : shown.indexOf(sent);
    if (at >= 0) {
      add(pieces, Kind.ADDED, shown.substring(0, at));
      add(pieces, Kind.SAME, sent);
      add(pieces, Kind.ADDED, shown.substring(at + sent.length()));
      return Optional.of(pieces);
    }
    at = shown.isEmpty() ? -1 : sent.indexOf(shown);
    if (at >= 0) {
      add(pieces, Kind.MISSING, sent.substring(0, at));
      add(pieces, Kind.SAME, shown);
      add(pieces, Kind.MISSING, sent.substring(at + shown.length()));
      return Optional.of(pieces);
    }
    compareWords(words(sent), words(shown), pieces);
    return Optional.of(absorbLoneSpaces(pieces));
  }

  /**
   * Of the texts the buyer saw, the one nearest Naver's message: fewest characters added and
   * missing. Texts too long to compare count as farthest.
   */
  static Optional<String> closest(String sent, List<String> shown) {
    String best = null;
    int fewest = Integer.MAX_VALUE;
    for (String text : shown) {
      int changed = of(sent, text).map(MessageDiff::changed).orElse(Integer.MAX_VALUE - 1);
      if (best == null || changed < fewest) {
        best = text;
        fewest = changed;
      }
    }
    return Optional.ofNullable(best);
  }

  static int changed(List<Piece> pieces) {
    return pieces.stream()
        .filter(p -> p.kind() != Kind.SAME)
        .mapToInt(p -> p.text().length())
        .sum();
  }

  /** Words and the runs of white space between them, so that joined they give the text back. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length()
          || Character.isWhitespace(text.charAt(i)) != Character.isWhitespace(text.charAt(from))) {
        words.add(text.substring(from, i));
        from = i;
      }
    }
    return words;
  }

  /** The longest common subsequence of words; what is not in it was dropped or added. */
  private static void compareWords(List<String> a, List<String> b, List<Piece> pieces) {
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    StringBuilder missing = new StringBuilder();
    StringBuilder added = new StringBuilder();
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        flush(pieces, missing, added);
        add(pieces, Kind.SAME, a.get(i));
        i++;
        j++;
      } else if (j == b.size() || i < a.size() && common[i + 1][j] >= common[i][j + 1]) {
        missing.append(a.get(i++));
      } else {
        added.append(b.get(j++));
      }
    }
    flush(pieces, missing, added);
  }

  private static void flush(List<Piece> pieces, StringBuilder missing, StringBuilder added) {
    // Naver's words first, then the shop's in their place: read as "this became that".
    add(pieces, Kind.MISSING, missing.toString());
    add(pieces, Kind.ADDED, added.toString());
    missing.setLength(0);
    added.setLength(0);
  }

  /**
   * A space the two texts share between two changes is no common text worth showing: it joins the
   * changes, so that "A B" replaced by "X Y" reads as one phrase replaced, not two words.
   */
  private static List<Piece> absorbLoneSpaces(List<Piece> pieces) {
    List<Piece> out = new ArrayList<>();
    for (int k = 0; k < pieces.size(); k++) {
      Piece piece = pieces.get(k);
      boolean between =
          piece.kind() == Kind.SAME
              && piece.text().isBlank()
              && k > 0
              && k < pieces.size() - 1
              && pieces.get(k - 1).kind() != Kind.SAME
              && pieces.get(k + 1).kind() != Kind.SAME;
      if (between) {
        out.add(new Piece(Kind.MISSING, piece.text()));
        out.add(new Piece(Kind.ADDED, piece.text()));
      } else {
        out.add(piece);
      }
    }
    return merged(out);
  }

  /** Neighbouring pieces of a kind joined, and Naver's part of each change before the shop's. */
  private static List<Piece> merged(List<Piece> pieces) {
    List<Piece> out = new ArrayList<>();
    int k = 0;
    while (k < pieces.size()) {
      if (pieces.get(k).kind() == Kind.SAME) {
        add(out, Kind.SAME, pieces.get(k++).text());
        continue;
      }
      StringBuilder missing = new StringBuilder();
      StringBuilder added = new StringBuilder();
      while (k < pieces.size() && pieces.get(k).kind() != Kind.SAME) {
        Piece change = pieces.get(k++);
        (change.kind() == Kind.MISSING ? missing : added).append(change.text());
      }
      flush(out, missing, added);
    }
    return out;
  }

  private static void add(List<Piece> pieces, Kind kind, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = pieces.size() - 1;
    if (last >= 0 && pieces.get(last).kind() == kind) {
      pieces.set(last, new Piece(kind, pieces.get(last).text() + text));
    } else {
      pieces.add(new Piece(kind, text));
    }
  }
}
