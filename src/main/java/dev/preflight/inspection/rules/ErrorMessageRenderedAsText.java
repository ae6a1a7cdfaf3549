package dev.preflight.inspection.rules;

import dev.preflight.inspection.BuyerView;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.List;
import java.util.Optional;

/**
 * NP-ERR-4: an {@code error_msg} holding markup ({@code <b>}, {@code &amp;}) is shown with those
 * characters. Seeing the HTML-rendered form instead (tags gone, references decoded) means it went
 * in through innerHTML.
 */
public final class ErrorMessageRenderedAsText extends ReviewRule {
  public ErrorMessageRenderedAsText() {
    super("NP-ERR-4", Severity.WARN);
  }

  @Override
  public Finding evaluate(Observation observation) {
    Optional<Attempt> last = Attempt.lastEnded(observation).filter(Attempt::failed);
    if (last.isEmpty() || !Markup.changesAsHtml(last.get().errorMsg())) {
      return skipped(observation, "no error_msg containing a tag or character reference was sent");
    }
    Attempt attempt = last.get();
    String message = attempt.errorMsg();
    BuyerView buyer = observation.buyer();
    List<String> rendered =
        buyer.everything().stream()
            .map(BuyerView::normalize)
            .filter(
                text ->
                    text.contains(Markup.asHtmlShows(message, ""))
                        || text.contains(Markup.asHtmlShows(message, " ")))
            .toList();
    Evidence evidence =
        Evidence.of("error_msg shown as text: " + message, VerbatimMessage.instead(buyer, message))
            .withJournal(attempt.seqs())
            .with("error_msg", message)
            .with("as_html_shows", Markup.asHtmlShows(message, ""))
            .with("shown", rendered.isEmpty() ? buyer.closestTo(message) : rendered)
            .withScreenshot(buyer.screenshot());
    String raw = BuyerView.normalize(message);
    if (buyer.everything().stream().map(BuyerView::normalize).anyMatch(t -> t.contains(raw))) {
      return passed(observation, "the markup in error_msg was shown as characters", evidence);
    }
    if (!rendered.isEmpty()) {
      return broken(observation, "error_msg was rendered as HTML", evidence);
    }
    return skipped(
        observation,
        "error_msg was not shown at all, so how it is rendered cannot be told (NP-ERR-1/2)");
  }
}
