package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.MerchantContext;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;
import java.util.OptionalLong;

/**
 * NP-CXL-4: a partial cancel sends {@code amount} and a {@code checksum} equal to the cancellable
 * balance before it. The balance is the paid amount the window reported, less the accepted cancels
 * before; when the payment is not in the journal, only the checksum's presence is judged.
 */
public final class PartialCancelCarriesChecksum extends ReviewRule {
  public PartialCancelCarriesChecksum() {
    super("NP-CXL-4", Severity.WARN);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalEntry> history = RestCalls.history(observation);
    List<Attempt> attempts = Attempt.of(history);
    Evidence lastRight = null;
    for (JournalEntry cancel : observation.entries(RestCalls::isCancel)) {
      OptionalLong amount = JsonValues.wholeNumber(cancel.param("amount"));
      OptionalLong balance = balanceBefore(cancel, attempts, history);
      boolean partial =
          amount.isPresent()
              && amount.getAsLong() > 0
              && (balance.isEmpty() || amount.getAsLong() < balance.getAsLong());
      if (!partial) {
        continue;
      }
      OptionalLong checksum = JsonValues.wholeNumber(cancel.param("checksum"));
      boolean right = checksum.isPresent() && (balance.isEmpty() || checksum.equals(balance));
      Evidence evidence =
          Evidence.of(
                  balance.isPresent()
                      ? says(observation, "expected", balance.getAsLong())
                      : says(observation, "expected.unobserved"),
                  says(observation, "actual", cancel.params().path("checksum")))
              .withJournal(cancel.seq())
              .with("params.amount", JsonValues.typed(cancel.param("amount")))
              .with("params.checksum", JsonValues.typed(cancel.param("checksum")))
              .with("cancellable_balance", balance.isPresent() ? balance.getAsLong() : null);
      if (!right) {
        return broken(observation, says(observation, "broken"), evidence);
      }
      lastRight = evidence;
    }
    if (lastRight != null) {
      return passed(observation, says(observation, "passed"), lastRight);
    }
    return skipped(
        observation,
        observation.merchant().can(MerchantContext.PARTIAL_CANCEL)
            ? says(observation, "no-partial-cancel")
            : says(observation, "no-partial-cancels"));
  }

  private static OptionalLong balanceBefore(
      JournalEntry cancel, List<Attempt> attempts, List<JournalEntry> history) {
    for (Attempt attempt : attempts) {
      if (attempt.succeeded()
          && RestCalls.cancels(cancel, attempt.impUid(), attempt.merchantUid())) {
        long balance = attempt.paidAmount().orElse(0);
        for (JournalEntry earlier : history) {
          if (earlier.seq() < cancel.seq()
              && RestCalls.accepted(earlier)
              && RestCalls.cancels(earlier, attempt.impUid(), attempt.merchantUid())) {
            long cancelled = JsonValues.wholeNumber(earlier.param("amount")).orElse(0);
            balance = cancelled <= 0 ? 0 : balance - cancelled;
          }
        }
        return OptionalLong.of(balance);
      }
    }
    return OptionalLong.empty();
  }
}
