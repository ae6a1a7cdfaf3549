package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;
import java.util.Optional;

/**
 * NP-VER-1: before the buyer is told the order is complete, the server has looked the payment up.
 * The lookup must come after the window's result and no later than the journal seq the harness
 * noted when the result was on screen ({@code BuyerView.journalSeqAtResult}; 0 means not noted, and
 * then any later lookup counts).
 */
public final class PaymentVerifiedBeforeSuccessShown extends ReviewRule {
  public PaymentVerifiedBeforeSuccessShown() {
    super("NP-VER-1", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    Optional<Attempt> last = Attempt.lastEnded(observation);
    if (last.isEmpty() || !last.get().succeeded()) {
      return skipped(observation, says(observation, "no-success"));
    }
    Attempt attempt = last.get();
    List<String> success = Vocabulary.successShown(observation);
    // A success said in an alert or a toast counts from the moment it was shown, not from the end.
    long atResult = observation.buyer().seenBy(success);
    long deadline = atResult > 0 ? atResult : Long.MAX_VALUE;
    List<JournalEntry> lookups =
        RestCalls.confirmingLookups(
            observation.journal(),
            attempt,
            attempt.registration() ? attempt.customerUid() : null,
            deadline);
    Evidence evidence =
        Evidence.of(
                says(observation, "expected", attempt.impUid()),
                says(observation, lookups.isEmpty() ? "not-looked-up" : "looked-up"))
            .withJournal(attempt.seqs())
            .withJournal(lookups.stream().mapToLong(JournalEntry::seq).toArray())
            .with("imp_uid", attempt.impUid())
            .with("journal_seq_at_result", atResult)
            .with("success_shown", success)
            .withScreenshot(observation.buyer().screenshot());
    if (success.isEmpty()) {
      return passed(observation, says(observation, "no-success-shown"), evidence);
    }
    return lookups.isEmpty()
        ? broken(observation, says(observation, "broken"), evidence)
        : passed(observation, says(observation, "passed"), evidence);
  }
}
