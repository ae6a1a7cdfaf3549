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
            "a payment below the minimum was approved",
            Evidence.of("no approval below " + minimum + "원", "approved")
                .withJournal(attempt.seqs())
                .with("params.amount", JsonValues.typed(attempt.params().path("amount")))
                .with("paid_amount", attempt.response().path("paid_amount")));
      }
    }
    Attempt last = below.get(below.size() - 1);
    if (!last.ended()) {
      return skipped(
          observation, "request_pay below the minimum was sent but the window never ended");
    }
    boolean shown = observation.buyer().shows(last.errorMsg());
    Evidence evidence =
        Evidence.of(
                "the refusal shown verbatim: " + last.errorMsg(),
                shown
                    ? "shown verbatim"
                    : VerbatimMessage.instead(observation.buyer(), last.errorMsg()))
            .withJournal(last.seqs())
            .with("minimum", minimum)
            .with("params.amount", JsonValues.typed(last.params().path("amount")))
            .with("error_code", last.errorCode())
            .with("error_msg", last.errorMsg())
            .with("shown", observation.buyer().closestTo(last.errorMsg()))
            .withScreenshot(observation.buyer().screenshot());
    return shown
        ? passed(observation, "the minimum-amount refusal was shown verbatim", evidence)
        : broken(
            observation,
            "an amount below the minimum reached the window and its refusal was not shown verbatim",
            evidence);
  }

  private static String amountOf(Attempt attempt) {
    var amount = attempt.requestedAmount();
    return amount.isPresent() ? String.valueOf(amount.getAsLong()) : "an unreadable amount";
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
          "the profile's cart under the minimum came to "
              + amountOf(asked.get(asked.size() - 1))
              + " won at request_pay, not under "
              + minimum
              + " won; fix under_minimum in the profile");
    }
    String how = blocked ? "the pay control stayed disabled" : "request_pay was never called";
    Evidence evidence =
        Evidence.of(
                "a message naming the minimum " + minimum + "원",
                named.isEmpty() ? "nothing naming it (" + how + ")" : String.join(" | ", named))
            .with("minimum", minimum)
            .with("stopped", how)
            .with("shown", named)
            .withScreenshot(observation.buyer().screenshot());
    if (!named.isEmpty()) {
      return passed(observation, "the order was stopped before request_pay", evidence);
    }
    return underMinimumCart
        ? broken(
            observation,
            "the order under the minimum was stopped, but the buyer was not told the minimum",
            evidence.with("dialogs", observation.buyer().dialogs()))
        : skipped(observation, "no order below the minimum of " + minimum + "원 was exercised");
  }
}
