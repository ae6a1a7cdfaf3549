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
      return skipped(observation, "no general payment request_pay was called");
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
                  "POST /payments/prepare for " + attempt.merchantUid() + " before request_pay",
                  prepare.map(p -> "prepared at seq " + p.seq()).orElse("not prepared"))
              .withJournal(attempt.call().seq())
              .with("merchant_uid", attempt.merchantUid())
              .with("params.amount", JsonValues.typed(attempt.params().path("amount")));
      if (prepare.isEmpty()) {
        return broken(observation, "the amount was not pre-registered", evidence);
      }
    }
    return passed(
        observation,
        "every amount was pre-registered",
        Evidence.of("POST /payments/prepare before request_pay", "prepared")
            .withJournal(payments.stream().mapToLong(a -> a.call().seq()).toArray()));
  }
}
