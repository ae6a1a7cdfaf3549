package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;

/** NP-CXL-1: {@code POST /payments/cancel} carries a non-empty {@code reason}. */
public final class CancelCarriesReason extends ReviewRule {
  public CancelCarriesReason() {
    super("NP-CXL-1", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalEntry> cancels = observation.entries(RestCalls::isCancel);
    if (cancels.isEmpty()) {
      return skipped(observation, sharedSays(observation, "common.no-cancel"));
    }
    List<JournalEntry> wrong =
        cancels.stream().filter(c -> JsonValues.text(c.param("reason")) == null).toList();
    JournalEntry shown = wrong.isEmpty() ? cancels.get(cancels.size() - 1) : wrong.get(0);
    Evidence evidence =
        Evidence.of(says(observation, "expected"), String.valueOf(shown.params().get("reason")))
            .withJournal(
                (wrong.isEmpty() ? cancels : wrong).stream().mapToLong(JournalEntry::seq).toArray())
            .with("params.reason", JsonValues.typed(shown.param("reason")));
    return wrong.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }
}
