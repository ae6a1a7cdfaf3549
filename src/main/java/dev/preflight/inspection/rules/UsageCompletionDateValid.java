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
      return skipped(observation, "no naverUseCfm was sent");
    }
    List<String> problems = new ArrayList<>();
    for (UsageCompletionDates.Sent one : sent) {
      Optional<LocalDate> date = JsonValues.yyyyMMdd(JsonValues.text(one.value()));
      if (date.isEmpty()) {
        problems.add(one.where() + " " + one.value() + " is not yyyyMMdd");
      } else if (date.get().isBefore(one.paymentDate())) {
        problems.add(
            one.where() + " " + one.value() + " is before the payment date " + one.paymentDate());
      }
    }
    UsageCompletionDates.Sent first = sent.get(0);
    Evidence evidence =
        Evidence.of(
                "yyyyMMdd on or after " + first.paymentDate(),
                problems.isEmpty() ? String.valueOf(first.value()) : String.join("; ", problems))
            .withJournal(sent.stream().mapToLong(s -> s.entry().seq()).distinct().toArray())
            .with(first.where(), JsonValues.typed(first.value()))
            .with("problems", problems)
            .with("completion_date_settlement", observation.merchant().completionDateSettlement());
    if (!problems.isEmpty()) {
      return broken(observation, "naverUseCfm was malformed or in the past", evidence);
    }
    if (!observation.merchant().completionDateSettlement()) {
      return brokenAs(
          Severity.WARN,
          observation,
          "naverUseCfm was sent although the contract has no completion-date settlement",
          evidence);
    }
    return passed(observation, "naverUseCfm was a valid date", evidence);
  }
}
