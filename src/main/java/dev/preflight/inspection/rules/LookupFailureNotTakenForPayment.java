package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.RuleKind;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;

/**
 * RES-1: when the server's payment lookup fails (a timeout, a 5xx, a dropped connection), the order
 * is not confirmed on the browser's word, and the buyer is not told the payment failed either:
 * Naver may well have taken the money, and a buyer told otherwise pays twice.
 */
public final class LookupFailureNotTakenForPayment extends ReviewRule {
  public LookupFailureNotTakenForPayment() {
    super("RES-1", Severity.FAIL, RuleKind.TOOL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalEntry> failed = observation.entries(Resilience::isFailedLookup);
    if (failed.isEmpty()) {
      return skipped(observation, says(observation, "no-failed-lookup"));
    }
    long lastFailure = failed.get(failed.size() - 1).seq();
    boolean answeredSince =
        observation.entries(Resilience::isAnsweredLookup).stream()
            .anyMatch(lookup -> lookup.seq() > lastFailure);
    List<String> success = Vocabulary.successShown(observation);
    List<String> failure = Vocabulary.failureShown(observation.buyer());
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                !success.isEmpty()
                    ? sharedSays(observation, "common.shown", String.join(" | ", success))
                    : !failure.isEmpty()
                        ? sharedSays(observation, "common.shown", String.join(" | ", failure))
                        : says(observation, "nothing-claimed"))
            .withJournal(failed.stream().mapToLong(JournalEntry::seq).toArray())
            .with("failed_lookups", failed.stream().map(JournalEntry::path).distinct().toList())
            .with("fault", failed.get(0).detail().path("fault").asText(null))
            .with("answered_after", answeredSince)
            .withScreenshot(observation.buyer().screenshot());
    if (!success.isEmpty() && !answeredSince) {
      return broken(observation, says(observation, "confirmed"), evidence);
    }
    if (!failure.isEmpty() && !answeredSince) {
      return broken(observation, says(observation, "told-failed"), evidence);
    }
    return passed(observation, says(observation, "passed"), evidence);
  }
}
