package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.RuleKind;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;

/**
 * RES-2: a cancel the gateway refused, or that never got an answer, is not reported as done: the
 * buyer or the back office would believe the money refunded when it was not.
 */
public final class FailedCancelNotReportedAsDone extends ReviewRule {
  public FailedCancelNotReportedAsDone() {
    super("RES-2", Severity.FAIL, RuleKind.TOOL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalEntry> failed = observation.entries(JournalEntry::isFailedCancel);
    if (failed.isEmpty()) {
      return skipped(observation, says(observation, "no-failed-cancel"));
    }
    long lastFailure = failed.get(failed.size() - 1).seq();
    boolean cancelledSince =
        observation.entries(RestCalls::isCancel).stream()
            .anyMatch(c -> c.seq() > lastFailure && Resilience.succeeded(c));
    List<String> claimed = Vocabulary.cancelShown(observation.buyer());
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                claimed.isEmpty()
                    ? says(observation, "none-claimed")
                    : sharedSays(observation, "common.shown", String.join(" | ", claimed)))
            .withJournal(failed.stream().mapToLong(JournalEntry::seq).toArray())
            .with(
                "failure",
                failed.get(0).kind().equals(Resilience.FAULT)
                    ? failed.get(0).detail().path("fault").asText(null)
                    : says(observation, "refused", failed.get(0).code()))
            .withScreenshot(observation.buyer().screenshot());
    return !claimed.isEmpty() && !cancelledSince
        ? broken(observation, says(observation, "broken"), evidence)
        : passed(observation, says(observation, "passed"), evidence);
  }
}
