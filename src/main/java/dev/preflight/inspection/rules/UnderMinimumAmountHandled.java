package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.HarnessAction;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.List;

/**
 * NP-AMT-1: an order below the minimum is either stopped before {@code request_pay} with a message
 * naming the minimum, or the window's refusal is shown verbatim; it is never approved.
 */
public final class UnderMinimumAmountHandled extends ReviewRule {
  static final long DEFAULT_MINIMUM = 100;

  public UnderMinimumAmountHandled() {
    super("NP-AMT-1", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    long minimum =
        observation.merchant().minimumAmount() > 0
            ? observation.merchant().minimumAmount()
            : DEFAULT_MINIMUM;
    List<Attempt> below =
        Attempt.of(observation.journal()).stream()
            .filter(a -> !a.registrationIntended())
            .filter(
                a ->
                    Attempt.UNDER_MINIMUM.equals(a.errorCode())
                        || a.requestedAmount().stream().anyMatch(amount -> amount < minimum))
            .toList();
    List<String> named = Vocabulary.minimumShown(observation.buyer(), minimum);
    if (below.isEmpty()) {
      return stoppedBeforeTheWindow(observation, minimum, named);
    }
    for (Attempt attempt : below) {
      if (attempt.succeeded()) {
        return broken(
            observation,
            says(observation, "approved"),
            Evidence.of(
                    says(observation, "expected.no-approval", minimum),
                    says(observation, "approved.actual"))
                .withJournal(attempt.seqs())
                .with("params.amount", JsonValues.typed(attempt.params().path("amount")))
                .with("paid_amount", attempt.response().path("paid_amount")));
      }
    }
    Attempt last = below.get(below.size() - 1);
    if (!last.ended()) {
      return skipped(observation, says(observation, "never-ended"));
    }
    boolean shown = observation.buyer().shows(last.errorMsg());
    Evidence evidence =
        Evidence.of(
                says(observation, "expected.refusal", last.errorMsg()),
                shown
                    ? sharedSays(observation, "verbatim.shown")
                    : VerbatimMessage.instead(observation, observation.buyer(), last.errorMsg()))
            .withJournal(last.seqs())
            .with("minimum", minimum)
            .with("params.amount", JsonValues.typed(last.params().path("amount")))
            .with("error_code", last.errorCode())
            .with("error_msg", last.errorMsg())
            .with("shown", observation.buyer().closestTo(last.errorMsg()))
            .withScreenshot(observation.buyer().screenshot());
    return shown
        ? passed(observation, says(observation, "passed.refusal"), evidence)
        : broken(observation, says(observation, "broken.refusal"), evidence);
  }

  private String amountOf(Observation observation, Attempt attempt) {
    var amount = attempt.requestedAmount();
    return amount.isPresent()
        ? String.valueOf(amount.getAsLong())
        : says(observation, "unreadable-amount");
  }

  /**
   * No request_pay below the minimum: the shop stopped the order itself, which passes only with a
   * message naming the minimum. Without a cart under the minimum there is nothing to judge.
   */
  private Finding stoppedBeforeTheWindow(
      Observation observation, long minimum, List<String> named) {
    boolean underMinimumCart =
        observation.actions().stream()
            .anyMatch(
                a ->
                    a.kind() == HarnessAction.Kind.PAY
                        && HarnessAction.UNDER_MINIMUM.equals(a.detail()));
    boolean blocked = observation.did(HarnessAction.Kind.PAY_BLOCKED);
    List<Attempt> asked =
        Attempt.of(observation.journal()).stream().filter(a -> !a.registrationIntended()).toList();
    if (underMinimumCart && !asked.isEmpty()) {
      return skipped(
          observation,
          says(
              observation,
              "cart-not-under",
              amountOf(observation, asked.get(asked.size() - 1)),
              minimum));
    }
    String how = says(observation, blocked ? "stayed-disabled" : "never-called");
    Evidence evidence =
        Evidence.of(
                says(observation, "expected.naming", minimum),
                named.isEmpty() ? says(observation, "not-named", how) : String.join(" | ", named))
            .with("minimum", minimum)
            .with("stopped", how)
            .with("shown", named)
            .withScreenshot(observation.buyer().screenshot());
    if (!named.isEmpty()) {
      return passed(observation, says(observation, "passed.stopped"), evidence);
    }
    return underMinimumCart
        ? broken(
            observation,
            says(observation, "broken.untold"),
            evidence.with("dialogs", observation.buyer().dialogs()))
        : skipped(observation, says(observation, "no-order-below", minimum));
  }
}
