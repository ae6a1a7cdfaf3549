package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;
import java.util.Optional;

/** NP-AMT-4: each order's amount is registered with {@code /payments/prepare} before the window. */
public final class AmountPreRegistered extends ReviewRule {
  public AmountPreRegistered() {
    super("NP-AMT-4", Severity.WARN);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<Attempt> payments =
        Attempt.of(observation.journal()).stream()
            .filter(a -> !a.registrationIntended() && a.merchantUid() != null)
            .toList();
    if (payments.isEmpty()) {
      return skipped(observation, sharedSays(observation, "common.no-payment"));
    }
    List<JournalEntry> history = RestCalls.history(observation);
    for (Attempt attempt : payments) {
      Optional<JournalEntry> prepare =
          history.stream()
              .filter(e -> e.seq() < attempt.call().seq())
              .filter(
                  e ->
                      e.isRest("POST", "/payments/prepare") || e.isRest("PUT", "/payments/prepare"))
              .filter(e -> attempt.merchantUid().equals(JsonValues.text(e.param("merchant_uid"))))
              .reduce((first, second) -> second);
      Evidence evidence =
          Evidence.of(
                  says(observation, "expected", attempt.merchantUid()),
                  prepare
                      .map(p -> says(observation, "prepared-at", p.seq()))
                      .orElse(says(observation, "not-prepared")))
              .withJournal(attempt.call().seq())
              .with("merchant_uid", attempt.merchantUid())
              .with("params.amount", JsonValues.typed(attempt.params().path("amount")));
      if (prepare.isEmpty()) {
        return broken(observation, says(observation, "broken"), evidence);
      }
    }
    return passed(
        observation,
        says(observation, "passed"),
        Evidence.of(says(observation, "expected.all"), says(observation, "prepared"))
            .withJournal(payments.stream().mapToLong(a -> a.call().seq()).toArray()));
  }
}
