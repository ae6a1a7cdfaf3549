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
      return skipped(observation, sharedSays(observation, "common.no-cancel"));
    }
    cancels = cancels.stream().filter(c -> Requester.of(c) != null).toList();
    if (cancels.isEmpty()) {
      return skipped(observation, says(observation, "no-requester"));
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
            says(observation, "broken"),
            evidence(observation, expected, sent, cancel, startedBy.get()));
      }
      judged = cancel;
      judgedBy = startedBy.get();
    }
    if (judged == null) {
      return skipped(observation, says(observation, "initiator-unknown"));
    }
    return passed(
        observation,
        says(observation, "passed"),
        evidence(observation, judgedBy.kind().requester(), Requester.of(judged), judged, judgedBy));
  }

  private Evidence evidence(
      Observation observation,
      String expected,
      String sent,
      JournalEntry cancel,
      HarnessAction startedBy) {
    return Evidence.of(expected, String.valueOf(sent))
        .withJournal(cancel.seq())
        .with("params.extra", JsonValues.typed(cancel.param("extra")))
        .with("started_by", says(observation, "started-by." + startedBy(startedBy.kind())));
  }

  /** Who started a cancel, as the last part of its sentence's key. */
  private static String startedBy(HarnessAction.Kind kind) {
    return switch (kind) {
      case BUYER_CANCEL -> "buyer";
      case SUBSCRIPTION_CANCEL -> "subscriber";
      case ADMIN_CANCEL -> "admin";
      case ADMIN_PARTIAL_CANCEL -> "admin-partial";
      case PAY, PAY_BLOCKED, SUBSCRIBE -> "server";
    };
  }
}
