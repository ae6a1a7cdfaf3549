package dev.preflight.simulator.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outcomes armed for one tenant, consumed in the order they were armed. */
public final class Outcomes {
  private final List<ArmedOutcome> armed = new ArrayList<>();
  private long nextId = 1;

  public synchronized ArmedOutcome arm(
      String merchantUid,
      Long amount,
      String customerUid,
      ArmedOutcome.Kind kind,
      String errorCode,
      String errorMsg,
      Long paidAmount,
      int times) {
    ArmedOutcome outcome =
        new ArmedOutcome(
            nextId++,
            merchantUid,
            amount,
            customerUid,
            kind,
            errorCode,
            errorMsg,
            paidAmount,
            times);
    armed.add(outcome);
    return outcome;
  }

  /** Takes the first armed outcome matching this charge, using up one of its times. */
  public synchronized Optional<ArmedOutcome> take(
      String merchantUid, long amount, String customerUid) {
    for (int i = 0; i < armed.size(); i++) {
      ArmedOutcome outcome = armed.get(i);
      if (outcome.matches(merchantUid, amount, customerUid)) {
        ArmedOutcome used = outcome.used();
        if (used.remaining() > 0) {
          armed.set(i, used);
        } else {
          armed.remove(i);
        }
        return Optional.of(outcome);
      }
    }
    return Optional.empty();
  }

  public synchronized List<ArmedOutcome> list() {
    return List.copyOf(armed);
  }

  public synchronized void clear() {
    armed.clear();
  }
}
