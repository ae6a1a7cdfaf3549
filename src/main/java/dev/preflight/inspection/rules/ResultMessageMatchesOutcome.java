package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.List;
import java.util.Optional;

/**
 * NP-ERR-3: no success message after a failure, no failure message after a success. A tampered
 * payment the merchant cancelled counts as failed; a payment cancelled later (by the buyer or the
 * back office) ends the scenario on the cancel's screen, not the payment's, and is not judged. When
 * the window claimed success, the server looked the payment up and the buyer was told it failed,
 * the lookup's answer decides and is not journaled: unless the simulator's webhook confirmed the
 * payment paid, the rule cannot tell a wrong message from a caught forgery, and skips.
 */
public final class ResultMessageMatchesOutcome extends ReviewRule {
  public ResultMessageMatchesOutcome() {
    super("NP-ERR-3", Severity.WARN);
  }

  @Override
  public Finding evaluate(Observation observation) {
    Optional<Attempt> last = Attempt.lastEnded(observation);
    if (last.isEmpty()) {
      return skipped(observation, sharedSays(observation, "common.nothing-ended"));
    }
    Attempt attempt = last.get();
    boolean cancelled =
        observation.journal().stream()
            .anyMatch(
                e ->
                    e.seq() > attempt.lastSeq()
                        && RestCalls.cancels(e, attempt.impUid(), attempt.merchantUid()));
    if (cancelled && !attempt.tampered()) {
      return skipped(observation, says(observation, "cancelled-later"));
    }
    boolean paid = attempt.succeeded() && !cancelled;
    List<String> wrong =
        paid ? Vocabulary.failureShown(observation.buyer()) : Vocabulary.successShown(observation);
    if (paid
        && !wrong.isEmpty()
        && !confirmedPaid(observation, attempt)
        && lookedUp(observation, attempt)) {
      return skipped(observation, says(observation, "lookup-decided"));
    }
    String outcome =
        says(observation, paid ? "succeeded" : cancelled ? "cancelled-by-merchant" : "failed");
    Evidence evidence =
        Evidence.of(
                says(observation, paid ? "expected.no-failure" : "expected.no-success"),
                wrong.isEmpty()
                    ? says(observation, "none-shown")
                    : sharedSays(observation, "common.shown", String.join(" | ", wrong)))
            .withJournal(attempt.seqs())
            .with("outcome", outcome)
            .with("error_code", attempt.errorCode())
            .with("contradicting_texts", wrong)
            .withScreenshot(observation.buyer().screenshot());
    return wrong.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(
            observation,
            paid
                ? says(observation, "failure-for-success")
                : says(observation, "success-for-failure", outcome),
            evidence);
  }

  private static boolean lookedUp(Observation observation, Attempt attempt) {
    return !RestCalls.confirmingLookups(
            observation.journal(), attempt, attempt.customerUid(), Long.MAX_VALUE)
        .isEmpty();
  }

  /** The simulator's notification said paid: the payment really succeeded. */
  private static boolean confirmedPaid(Observation observation, Attempt attempt) {
    return observation.journal().stream()
        .anyMatch(
            e ->
                "webhook".equals(e.kind())
                    && "paid".equals(JsonValues.text(e.param("status")))
                    && attempt.impUid() != null
                    && attempt.impUid().equals(JsonValues.text(e.param("imp_uid"))));
  }
}
