package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NP-SUB-5: {@code naverUseCfm} (request_pay) or {@code extra.naverUseCfm} (again, each schedule),
 * when sent, is a yyyyMMdd date no earlier than the payment's date in Korea: the call's time, or
 * {@code schedule_at} for a schedule. Sent under a contract without completion-date settlement, it
 * is a warning.
 */
public final class UsageCompletionDateValid extends ReviewRule {
  public UsageCompletionDateValid() {
    super("NP-SUB-5", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<UsageCompletionDates.Sent> sent = UsageCompletionDates.sent(observation.journal());
    if (sent.isEmpty()) {
      return skipped(observation, says(observation, "not-sent"));
    }
    List<String> problems = new ArrayList<>();
    for (UsageCompletionDates.Sent one : sent) {
      Optional<LocalDate> date = JsonValues.yyyyMMdd(JsonValues.text(one.value()));
      if (date.isEmpty()) {
        problems.add(says(observation, "not-a-date", one.where(), one.value()));
      } else if (date.get().isBefore(one.paymentDate())) {
        problems.add(
            says(observation, "before-payment", one.where(), one.value(), one.paymentDate()));
      }
    }
    UsageCompletionDates.Sent first = sent.get(0);
    Evidence evidence =
        Evidence.of(
                says(observation, "expected", first.paymentDate()),
                problems.isEmpty() ? String.valueOf(first.value()) : String.join("; ", problems))
            .withJournal(sent.stream().mapToLong(s -> s.entry().seq()).distinct().toArray())
            .with(first.where(), JsonValues.typed(first.value()))
            .with("problems", problems)
            .with("completion_date_settlement", observation.merchant().completionDateSettlement());
    if (!problems.isEmpty()) {
      return broken(observation, says(observation, "broken"), evidence);
    }
    if (!observation.merchant().completionDateSettlement()) {
      return brokenAs(Severity.WARN, observation, says(observation, "uncontracted"), evidence);
    }
    return passed(observation, says(observation, "passed"), evidence);
  }
}
