package dev.preflight.inspection.rules;

import dev.preflight.inspection.BuyerView;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import java.util.List;
import java.util.Optional;

/**
 * NP-ERR-1 and NP-ERR-2 ask the same of two paths: the last failure of the scenario (its result is
 * what the final screen shows) reaches the buyer as a whole text equal to {@code error_msg}. An
 * under-minimum refusal is NP-AMT-1's, so one mistake is reported once.
 */
final class VerbatimMessage {
  private VerbatimMessage() {}

  static Finding judge(ReviewRule rule, Observation observation, Attempt.Path path) {
    Optional<Attempt> last = Attempt.lastEnded(observation);
    if (last.isEmpty()) {
      return rule.skipped(observation, "no payment window ended and no request_pay was refused");
    }
    Attempt attempt = last.get();
    if (attempt.succeeded()) {
      return rule.skipped(observation, "the payment succeeded: there was no error_msg to show");
    }
    if (attempt.errorMsg() == null) {
      return rule.skipped(observation, "the failure carried no error_msg");
    }
    if (Attempt.UNDER_MINIMUM.equals(attempt.errorCode())) {
      return rule.skipped(observation, "the failure was UnderMinimumAmount, which NP-AMT-1 judges");
    }
    if (attempt.path() != path) {
      return rule.skipped(observation, elsewhere(attempt.path()));
    }
    BuyerView buyer = observation.buyer();
    boolean shown = buyer.shows(attempt.errorMsg());
    Evidence evidence =
        Evidence.of(
                "a dialog or element whose whole text is error_msg: " + attempt.errorMsg(),
                shown ? "shown verbatim" : instead(buyer, attempt.errorMsg()))
            .withJournal(attempt.seqs())
            .with("error_code", attempt.errorCode())
            .with("error_msg", attempt.errorMsg())
            .with("choice", attempt.choice())
            .with("shown", buyer.closestTo(attempt.errorMsg()))
            .with("page_url", buyer.pageUrl())
            .withScreenshot(buyer.screenshot());
    if (shown && !buyer.inTheEnd().shows(attempt.errorMsg())) {
      // Shown for a moment is shown, as a toast is; replaced by the shop's own words is not.
      List<String> replacedBy = replacements(buyer, attempt.errorMsg());
      if (!replacedBy.isEmpty()) {
        return rule.broken(
            observation,
            "error_msg was shown for a moment, then replaced by another message",
            evidence.with("replaced_by", replacedBy));
      }
    }
    return shown
        ? rule.passed(observation, "error_msg was shown exactly as sent", evidence)
        : rule.broken(observation, "error_msg was not shown exactly as sent", evidence);
  }

  /**
   * The failure messages that appeared after Naver's passed and are still on the final page: the
   * shop put its own words in place of Naver's.
   */
  private static List<String> replacements(BuyerView buyer, String message) {
    String wanted = BuyerView.normalize(message);
    List<String> glimpsed = buyer.glimpsed().stream().map(BuyerView::normalize).toList();
    int first = glimpsed.indexOf(wanted);
    if (first < 0) {
      return List.of();
    }
    List<String> finalTexts = buyer.texts().stream().map(BuyerView::normalize).toList();
    BuyerView later =
        new BuyerView(
            List.of(), glimpsed.subList(first + 1, glimpsed.size()), buyer.pageUrl(), 0, null);
    return Vocabulary.failureShown(later).stream()
        .filter(text -> !text.contains(wanted) && finalTexts.contains(text))
        .distinct()
        .toList();
  }

  /** What the buyer read instead: the texts nearest to the message, or that there were none. */
  static String instead(BuyerView buyer, String message) {
    if (buyer.everything().isEmpty()) {
      return "nothing was shown";
    }
    List<String> closest = buyer.closestTo(message);
    return closest.isEmpty()
        ? "nothing resembling it was shown (see the screenshot)"
        : "shown instead: " + String.join(" | ", closest);
  }

  private static String elsewhere(Attempt.Path path) {
    return switch (path) {
      case CALLBACK -> "the result came back to the callback (popup path, NP-ERR-1 judges it)";
      case REDIRECT -> "the result came back to m_redirect_url (redirect path, NP-ERR-2 judges it)";
      case NOWHERE ->
          "the result had nowhere to go: no callback and no m_redirect_url (NP-MODE-1/2/4 judge it)";
    };
  }
}
