package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * NP-UID-1: every {@code request_pay}, {@code again} and {@code schedule} uses a fresh
 * merchant_uid, across this scenario and the earlier ones. A merchant_uid counts as used once a
 * payment may have been made with it: a request_pay that did not end in failure, an accepted again
 * or schedule. A retry after a failed or refused attempt is no reuse: no payment exists under that
 * merchant_uid.
 */
public final class MerchantUidNeverReused extends ReviewRule {
  public MerchantUidNeverReused() {
    super("NP-UID-1", Severity.FAIL);
  }

  /** One use of a merchant_uid, and whether it may have made a payment. */
  record Use(String merchantUid, JournalEntry entry, boolean counts) {}

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalEntry> history = RestCalls.history(observation);
    List<Use> uses = uses(history);
    long firstOfScenario =
        observation.journal().isEmpty() ? Long.MAX_VALUE : observation.journal().get(0).seq();
    List<Use> current = uses.stream().filter(u -> u.entry().seq() >= firstOfScenario).toList();
    if (current.isEmpty()) {
      return skipped(observation, says(observation, "no-use"));
    }
    for (int i = 0; i < uses.size(); i++) {
      Use use = uses.get(i);
      for (int j = 0; j < i && use.entry().seq() >= firstOfScenario; j++) {
        Use before = uses.get(j);
        if (before.counts() && before.merchantUid().equals(use.merchantUid())) {
          return broken(
              observation,
              says(observation, "broken"),
              Evidence.of(says(observation, "expected"), use.merchantUid())
                  .withJournal(before.entry().seq(), use.entry().seq())
                  .with("merchant_uid", use.merchantUid())
                  .with("first_use", before.entry().method() + " " + before.entry().path())
                  .with("reuse", use.entry().method() + " " + use.entry().path()));
        }
      }
    }
    return passed(
        observation,
        says(observation, "passed"),
        Evidence.of(says(observation, "expected.all"), says(observation, "fresh"))
            .withJournal(current.stream().mapToLong(u -> u.entry().seq()).toArray())
            .with("merchant_uids", current.stream().map(Use::merchantUid).toList()));
  }

  private static List<Use> uses(List<JournalEntry> history) {
    List<Use> uses = new ArrayList<>();
    for (Attempt attempt : Attempt.of(history)) {
      if (attempt.merchantUid() != null) {
        uses.add(new Use(attempt.merchantUid(), attempt.call(), !attempt.failed()));
      }
    }
    for (JournalEntry entry : history) {
      if (entry.isRest("POST", "/subscribe/payments/again")) {
        String uid = JsonValues.text(entry.param("merchant_uid"));
        if (uid != null) {
          uses.add(new Use(uid, entry, RestCalls.accepted(entry)));
        }
      } else if (entry.isRest("POST", "/subscribe/payments/schedule")) {
        entry
            .param("schedules")
            .forEach(
                s -> {
                  String uid = JsonValues.text(s.path("merchant_uid"));
                  if (uid != null) {
                    uses.add(new Use(uid, entry, RestCalls.accepted(entry)));
                  }
                });
      }
    }
    uses.sort(java.util.Comparator.comparingLong(u -> u.entry().seq()));
    return uses;
  }
}
