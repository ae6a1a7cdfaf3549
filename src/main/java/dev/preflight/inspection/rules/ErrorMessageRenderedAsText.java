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
      return skipped(observation, says(observation, "no-markup"));
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
        Evidence.of(
                says(observation, "expected", message),
                VerbatimMessage.instead(observation, buyer, message))
            .withJournal(attempt.seqs())
            .with("error_msg", message)
            .with("as_html_shows", Markup.asHtmlShows(message, ""))
            .with("shown", rendered.isEmpty() ? buyer.closestTo(message) : rendered)
            .withScreenshot(buyer.screenshot());
    String raw = BuyerView.normalize(message);
    if (buyer.everything().stream().map(BuyerView::normalize).anyMatch(t -> t.contains(raw))) {
      return passed(observation, says(observation, "passed"), evidence);
    }
    if (!rendered.isEmpty()) {
      return broken(observation, says(observation, "broken"), evidence);
    }
    return skipped(observation, says(observation, "not-shown"));
  }
}
