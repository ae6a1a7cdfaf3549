package dev.preflight.inspection;

import java.util.List;

/**
 * What the buyer saw at the end of a scenario, captured by the harness from the browser.
 *
 * @param dialogs the texts of alert and confirm dialogs, in order
 * @param texts the whole text of each visible element of the final page, whitespace trimmed and
 *     runs of whitespace collapsed (see {@link #normalize})
 * @param glimpsed short texts that appeared on the page after the buyer's action, even for a moment
 *     (a toast, a message replaced by another), in order
 * @param firstSeenAt for a text (normalized) shown in a dialog or for a moment, the journal seq
 *     when it was first seen, at the latest
 * @param pageUrl the address of the final page
 * @param journalSeqAtResult the last journal seq when the result was on screen: REST calls after it
 *     came too late to protect the buyer
 * @param screenshot a PNG file name, or null where the browser cannot take one
 * @param successMarks the texts the merchant's profile names as its success (the completed order's
 *     mark, a success dialog) that the site showed: a success in the shop's own words, whatever
 *     they are
 */
public record BuyerView(
    List<String> dialogs,
    List<String> texts,
    List<String> glimpsed,
    java.util.Map<String, Long> firstSeenAt,
    String pageUrl,
    long journalSeqAtResult,
    String screenshot,
    List<String> successMarks) {

  public BuyerView {
    dialogs = List.copyOf(dialogs);
    texts = List.copyOf(texts);
    glimpsed = List.copyOf(glimpsed);
    firstSeenAt = java.util.Map.copyOf(firstSeenAt);
    successMarks = List.copyOf(successMarks);
  }

  /** A view watched as it changed, with no success mark read. */
  public BuyerView(
      List<String> dialogs,
      List<String> texts,
      List<String> glimpsed,
      java.util.Map<String, Long> firstSeenAt,
      String pageUrl,
      long journalSeqAtResult,
      String screenshot) {
    this(dialogs, texts, glimpsed, firstSeenAt, pageUrl, journalSeqAtResult, screenshot, List.of());
  }

  /** What a page showed that was watched only at the end. */
  public BuyerView(
      List<String> dialogs,
      List<String> texts,
      String pageUrl,
      long journalSeqAtResult,
      String screenshot) {
    this(dialogs, texts, List.of(), java.util.Map.of(), pageUrl, journalSeqAtResult, screenshot);
  }

  /**
   * This view with the shop's success mark, read when the result came back at journal seq {@code
   * seq}: the mark was on screen by then, whenever the final view was taken.
   */
  public BuyerView withSuccessMark(String text, long seq) {
    String mark = normalize(text);
    if (mark.isEmpty()) {
      return this;
    }
    java.util.Map<String, Long> seen = new java.util.HashMap<>(firstSeenAt);
    seen.merge(mark, seq, Math::min);
    List<String> marks = new java.util.ArrayList<>(successMarks);
    marks.add(mark);
    return new BuyerView(
        dialogs, texts, glimpsed, seen, pageUrl, journalSeqAtResult, screenshot, marks);
  }

  public static final BuyerView NOTHING = new BuyerView(List.of(), List.of(), null, 0, null);

  /**
   * The journal seq by which the buyer had been shown one of these texts: the earliest moment any
   * was seen in a dialog or for a moment, else the final view's.
   */
  public long seenBy(List<String> shown) {
    long first = journalSeqAtResult;
    for (String text : shown) {
      Long at = firstSeenAt.get(normalize(text));
      if (at != null && (first <= 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  /**
   * What the buyer is left with: the dialogs and the final page, without the texts that only
   * passed. A rule about what the shop did in the end (fulfilled an order or not) reads this.
   */
  public BuyerView inTheEnd() {
    List<String> marksLeft =
        successMarks.stream()
            .filter(mark -> texts.stream().anyMatch(text -> normalize(text).contains(mark)))
            .toList();
    return new BuyerView(
        dialogs,
        texts,
        List.of(),
        java.util.Map.of(),
        pageUrl,
        journalSeqAtResult,
        screenshot,
        marksLeft);
  }

  /** Trims and collapses runs of whitespace (line breaks included) to single spaces. */
  public static String normalize(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  /**
   * Whether a dialog or a visible element shows exactly this text, once normalized, at the end or
   * for a moment after the buyer's action.
   */
  public boolean shows(String text) {
    String wanted = normalize(text);
    return everything().stream().map(BuyerView::normalize).anyMatch(wanted::equals);
  }

  /**
   * The few texts on screen nearest to a message, for evidence of what was shown instead of it: a
   * page shows dozens of texts, and an element's text repeats inside its parents'. Texts holding
   * the whole message come first (the shortest of them: a prefixed or wrapped message), then those
   * sharing the longest run of characters with it; dialogs always count.
   */
  public List<String> closestTo(String message) {
    String wanted = normalize(message);
    List<String> candidates =
        everything().stream()
            .map(BuyerView::normalize)
            .filter(t -> !t.isEmpty())
            .distinct()
            .toList();
    List<String> holding =
        candidates.stream()
            .filter(t -> t.contains(wanted))
            .sorted(java.util.Comparator.comparingInt(String::length))
            .limit(1)
            .toList();
    if (!holding.isEmpty()) {
      return holding;
    }
    int best = 0;
    for (String text : candidates) {
      best = Math.max(best, sharedRun(text, wanted));
    }
    int longest = best;
    List<String> near =
        longest < MEANINGFUL_RUN
            ? List.of()
            : candidates.stream()
                .filter(t -> sharedRun(t, wanted) == longest)
                .sorted(java.util.Comparator.comparingInt(String::length))
                .limit(CLOSEST)
                .toList();
    List<String> closest =
        new java.util.ArrayList<>(dialogs.stream().map(BuyerView::normalize).toList());
    near.stream().filter(t -> !closest.contains(t)).forEach(closest::add);
    return List.copyOf(closest);
  }

  /** Fewer shared characters than this is chance, not a reworded message. */
  private static final int MEANINGFUL_RUN = 4;

  private static final int CLOSEST = 3;

  /** The length of the longest run of characters both texts hold. */
  private static int sharedRun(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int best = 0;
    for (int i = 1; i <= a.length(); i++) {
      int[] row = new int[b.length() + 1];
      for (int j = 1; j <= b.length(); j++) {
        if (a.charAt(i - 1) == b.charAt(j - 1)) {
          row[j] = previous[j - 1] + 1;
          best = Math.max(best, row[j]);
        }
      }
      previous = row;
    }
    return best;
  }

  /**
   * Every dialog, every text that appeared for a moment, and every visible text of the final page,
   * for evidence of what was shown instead.
   */
  public List<String> everything() {
    List<String> all = new java.util.ArrayList<>(dialogs);
    all.addAll(glimpsed);
    all.addAll(texts);
    return List.copyOf(all);
  }
}
