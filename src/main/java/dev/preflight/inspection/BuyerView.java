package dev.preflight.inspection;

import java.util.List;

/**
 * What the buyer saw at the end of a scenario, captured by the harness from the browser.
 *
 * @param dialogs the texts of alert and confirm dialogs, in order
 * @param texts the whole text of each visible element of the final page, whitespace trimmed and
 *     runs of whitespace collapsed (see {@link #normalize})
 * @param pageUrl the address of the final page
 * @param journalSeqAtResult the last journal seq when the result was on screen: REST calls after it
 *     came too late to protect the buyer
 * @param screenshot a PNG file name, or null where the browser cannot take one
 */
public record BuyerView(
    List<String> dialogs,
    List<String> texts,
    String pageUrl,
    long journalSeqAtResult,
    String screenshot) {

  public BuyerView {
    dialogs = List.copyOf(dialogs);
    texts = List.copyOf(texts);
  }

  public static final BuyerView NOTHING = new BuyerView(List.of(), List.of(), null, 0, null);

  /** Trims and collapses runs of whitespace (line breaks included) to single spaces. */
  public static String normalize(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  /** Whether a dialog or a visible element shows exactly this text, once normalized. */
  public boolean shows(String text) {
    String wanted = normalize(text);
    return dialogs.stream().map(BuyerView::normalize).anyMatch(wanted::equals)
        || texts.stream().map(BuyerView::normalize).anyMatch(wanted::equals);
  }

  /** Every dialog and visible text, for evidence of what was shown instead. */
  public List<String> everything() {
    return java.util.stream.Stream.concat(dialogs.stream(), texts.stream()).toList();
  }
}
