package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * NP-AMT-3: when the window reports a paid amount other than the one requested, the server looks
 * the payment up and cancels it. What the buyer was told is NP-VER-1's and NP-ERR-3's to judge.
 */
public final class TamperedAmountCancelled extends ReviewRule {
  public TamperedAmountCancelled() {
    super("NP-AMT-3", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<Attempt> tampered =
        Attempt.of(observation.journal()).stream()
            .filter(a -> !a.registration() && a.tampered())
            .toList();
    if (tampered.isEmpty()) {
      return skipped(observation, says(observation, "no-tampering"));
    }
    Attempt attempt = tampered.get(tampered.size() - 1);
    if (attempt.path() == Attempt.Path.NOWHERE) {
      return skipped(observation, says(observation, "nowhere"));
    }
    List<JournalEntry> after =
        observation.journal().stream().filter(e -> e.seq() > attempt.lastSeq()).toList();
    List<JournalEntry> lookups =
        after.stream()
            .filter(e -> RestCalls.isLookupOf(e, attempt.impUid(), attempt.merchantUid(), null))
            .toList();
    List<JournalEntry> cancels =
        after.stream()
            .filter(e -> RestCalls.cancels(e, attempt.impUid(), attempt.merchantUid()))
            .toList();
    // What the buyer was told is NP-VER-1's and NP-ERR-3's: this rule reads the server's calls.
    // The success shown is kept as evidence.
    List<String> success = Vocabulary.successShown(observation.buyer().inTheEnd());
    List<String> missing = new ArrayList<>();
    if (lookups.isEmpty()) {
      missing.add(says(observation, "no-lookup"));
    }
    if (cancels.isEmpty()) {
      missing.add(says(observation, "no-cancel"));
    }
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                missing.isEmpty()
                    ? says(observation, "looked-up-and-cancelled")
                    : String.join(", ", missing))
            .withJournal(attempt.seqs())
            .withJournal(lookups.stream().mapToLong(JournalEntry::seq).toArray())
            .withJournal(cancels.stream().mapToLong(JournalEntry::seq).toArray())
            .with("requested_amount", attempt.requestedAmount().getAsLong())
            .with("paid_amount", attempt.paidAmount().getAsLong())
            .with("imp_uid", attempt.impUid())
            .with("success_shown", success);
    return missing.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }
}
