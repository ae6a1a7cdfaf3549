package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.HarnessAction;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;
import java.util.Optional;

/**
 * NP-CXL-3: {@code requester} names who started the cancel. Who that was is what the harness did
 * just before it: the profile's buyer cancel means {@code customer}; its back-office cancels, and
 * the shop's server acting on its own during a payment (refunding a payment whose amount differs,
 * NP-AMT-3), mean {@code admin}. A cancel with no requester is NP-CXL-2's.
 */
public final class CancelRequesterMatchesInitiator extends ReviewRule {
  public CancelRequesterMatchesInitiator() {
    super("NP-CXL-3", Severity.WARN);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalEntry> cancels = observation.entries(RestCalls::isCancel);
    if (cancels.isEmpty()) {
      return skipped(observation, "no POST /payments/cancel was made");
    }
    cancels = cancels.stream().filter(c -> Requester.of(c) != null).toList();
    if (cancels.isEmpty()) {
      return skipped(observation, "no cancel sent a requester (NP-CXL-2 judges that)");
    }
    JournalEntry judged = null;
    HarnessAction judgedBy = null;
    for (JournalEntry cancel : cancels) {
      Optional<HarnessAction> startedBy = observation.actionBefore(cancel.seq());
      if (startedBy.isEmpty()) {
        continue;
      }
      String expected = startedBy.get().kind().requester();
      String sent = Requester.of(cancel);
      if (!sent.equals(expected)) {
        return broken(
            observation,
            "requester does not match who started the cancel",
            evidence(expected, sent, cancel, startedBy.get()));
      }
      judged = cancel;
      judgedBy = startedBy.get();
    }
    if (judged == null) {
      return skipped(
          observation, "who started the cancel is not known: the harness did nothing before it");
    }
    return passed(
        observation,
        "requester matched who started the cancel",
        evidence(judgedBy.kind().requester(), Requester.of(judged), judged, judgedBy));
  }

  private static Evidence evidence(
      String expected, String sent, JournalEntry cancel, HarnessAction startedBy) {
    return Evidence.of(expected, String.valueOf(sent))
        .withJournal(cancel.seq())
        .with("params.extra", JsonValues.typed(cancel.param("extra")))
        .with("started_by", startedBy(startedBy.kind()));
  }

  private static String startedBy(HarnessAction.Kind kind) {
    return switch (kind) {
      case BUYER_CANCEL -> "the buyer, from the shop's pages (profile: buyer_cancel)";
      case SUBSCRIPTION_CANCEL ->
          "the buyer, ending the subscription (profile: subscription.cancel)";
      case ADMIN_CANCEL -> "the back office, cancelling the whole order (profile: admin_cancel)";
      case ADMIN_PARTIAL_CANCEL ->
          "the back office, cancelling part of the order (profile: admin_partial_cancel)";
      case PAY, PAY_BLOCKED, SUBSCRIBE ->
          "the shop's server on its own, while confirming the payment";
    };
  }
}
