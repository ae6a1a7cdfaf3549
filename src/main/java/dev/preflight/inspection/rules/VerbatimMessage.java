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
      return rule.skipped(observation, ReviewRule.sharedSays(observation, "common.nothing-ended"));
    }
    Attempt attempt = last.get();
    if (attempt.succeeded()) {
      return rule.skipped(observation, says(observation, "succeeded"));
    }
    if (attempt.errorMsg() == null) {
      return rule.skipped(observation, says(observation, "no-error-msg"));
    }
    if (Attempt.UNDER_MINIMUM.equals(attempt.errorCode())) {
      return rule.skipped(observation, says(observation, "under-minimum"));
    }
    if (attempt.path() != path) {
      return rule.skipped(observation, says(observation, elsewhere(attempt.path())));
    }
    BuyerView buyer = observation.buyer();
    boolean shown = buyer.shows(attempt.errorMsg());
    Evidence evidence =
        Evidence.of(
                says(observation, "expected", attempt.errorMsg()),
                shown
                    ? says(observation, "shown")
                    : instead(observation, buyer, attempt.errorMsg()))
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
            observation, says(observation, "replaced"), evidence.with("replaced_by", replacedBy));
      }
    }
    return shown
        ? rule.passed(observation, says(observation, "passed"), evidence)
        : rule.broken(observation, says(observation, "broken"), evidence);
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
  static String instead(Observation observation, BuyerView buyer, String message) {
    if (buyer.everything().isEmpty()) {
      return says(observation, "nothing-shown");
    }
    List<String> closest = buyer.closestTo(message);
    return closest.isEmpty()
        ? says(observation, "nothing-resembling")
        : says(observation, "instead", String.join(" | ", closest));
  }

  /** Where the result went, when it is the other rule's path: the end of its sentence's key. */
  private static String elsewhere(Attempt.Path path) {
    return switch (path) {
      case CALLBACK -> "path.callback";
      case REDIRECT -> "path.redirect";
      case NOWHERE -> "path.nowhere";
    };
  }

  /** A sentence NP-ERR-1 and NP-ERR-2 share: {@code finding.verbatim.<name>}. */
  private static String says(Observation observation, String name, Object... values) {
    return ReviewRule.sharedSays(observation, "verbatim." + name, values);
  }
}
