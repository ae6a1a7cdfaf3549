package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;

/** NP-AMT-2: {@code request_pay}'s {@code amount} is a JSON number holding a whole number. */
public final class AmountIsANumber extends ReviewRule {
  public AmountIsANumber() {
    super("NP-AMT-2", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalEntry> calls = observation.requestPays();
    if (calls.isEmpty()) {
      return skipped(observation, sharedSays(observation, "common.no-request-pay"));
    }
    List<JournalEntry> wrong =
        calls.stream().filter(c -> !JsonValues.isIntegerNumber(c.param("amount"))).toList();
    JournalEntry shown = wrong.isEmpty() ? calls.get(calls.size() - 1) : wrong.get(0);
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                JsonValues.type(shown.param("amount")) + " " + shown.param("amount"))
            .withJournal(wrong.stream().mapToLong(JournalEntry::seq).toArray())
            .with("params.amount", JsonValues.typed(shown.param("amount")));
    return wrong.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence.withJournal(shown.seq()))
        : broken(observation, says(observation, "broken"), evidence);
  }
}
