package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;

/** NP-CXL-2: a cancel carries {@code extra.requester}, {@code customer} or {@code admin}. */
public final class CancelCarriesRequester extends ReviewRule {
  public CancelCarriesRequester() {
    super("NP-CXL-2", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalEntry> cancels = observation.entries(RestCalls::isCancel);
    if (cancels.isEmpty()) {
      return skipped(observation, sharedSays(observation, "common.no-cancel"));
    }
    List<JournalEntry> wrong = cancels.stream().filter(c -> !Requester.valid(c)).toList();
    JournalEntry shown = wrong.isEmpty() ? cancels.get(cancels.size() - 1) : wrong.get(0);
    Evidence evidence =
        Evidence.of(says(observation, "expected"), String.valueOf(Requester.of(shown)))
            .withJournal(
                (wrong.isEmpty() ? cancels : wrong).stream().mapToLong(JournalEntry::seq).toArray())
            .with("params.extra", JsonValues.typed(shown.param("extra")));
    return wrong.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }
}
