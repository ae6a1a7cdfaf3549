package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;

/** NP-SUB-6: {@code DELETE /subscribe/customers/{uid}} carries reason and extra[requester]. */
public final class BillingKeyDeletionCarriesReasonAndRequester extends ReviewRule {
  public BillingKeyDeletionCarriesReasonAndRequester() {
    super("NP-SUB-6", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalEntry> deletions =
        observation.entries(e -> e.isRest("DELETE", "/subscribe/customers/[^/]+"));
    if (deletions.isEmpty()) {
      return skipped(observation, Registrations.notExercised(observation, "billing-key-deletion"));
    }
    List<JournalEntry> wrong =
        deletions.stream()
            .filter(d -> JsonValues.text(d.param("reason")) == null || !Requester.valid(d))
            .toList();
    JournalEntry shown = wrong.isEmpty() ? deletions.get(deletions.size() - 1) : wrong.get(0);
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                says(observation, "actual", shown.params().get("reason"), Requester.of(shown)))
            .withJournal(
                (wrong.isEmpty() ? deletions : wrong)
                    .stream().mapToLong(JournalEntry::seq).toArray())
            .with("params.reason", JsonValues.typed(shown.param("reason")))
            .with("params.extra", JsonValues.typed(shown.param("extra")));
    return wrong.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }
}
