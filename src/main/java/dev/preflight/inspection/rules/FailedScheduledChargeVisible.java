package dev.preflight.inspection.rules;

import dev.preflight.inspection.BuyerView;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.RuleKind;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;

/**
 * RES-3: a scheduled charge that failed shows where the subscription is looked after: its
 * merchant_uid, the gateway's fail_reason, or a failure said in words. A failure nobody sees is a
 * subscriber served for free, or cut off without a word.
 */
public final class FailedScheduledChargeVisible extends ReviewRule {
  public FailedScheduledChargeVisible() {
    super("RES-3", Severity.WARN, RuleKind.TOOL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalEntry> failed = observation.entries(Resilience::isFailedScheduledCharge);
    if (failed.isEmpty()) {
      return skipped(observation, says(observation, "no-failed-charge"));
    }
    JournalEntry charge = failed.get(failed.size() - 1);
    String merchantUid = charge.detail().path("merchant_uid").asText("");
    String reason = charge.detail().path("fail_reason").asText("");
    BuyerView buyer = observation.buyer();
    List<String> mentions =
        buyer.everything().stream()
            .map(BuyerView::normalize)
            .filter(
                text ->
                    !merchantUid.isEmpty() && text.contains(merchantUid)
                        || !reason.isEmpty() && text.contains(BuyerView.normalize(reason)))
            .toList();
    List<String> said = mentions.isEmpty() ? Vocabulary.failureShown(buyer) : mentions;
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                said.isEmpty()
                    ? says(observation, "not-mentioned")
                    : sharedSays(
                        observation,
                        "common.shown",
                        String.join(
                            " | ", buyer.closestTo(reason.isEmpty() ? merchantUid : reason))))
            .withJournal(charge.seq())
            .with("merchant_uid", merchantUid)
            .with("fail_reason", reason)
            .with("page_url", buyer.pageUrl())
            .withScreenshot(buyer.screenshot());
    return said.isEmpty()
        ? broken(observation, says(observation, "broken"), evidence)
        : passed(observation, says(observation, "passed"), evidence);
  }
}
