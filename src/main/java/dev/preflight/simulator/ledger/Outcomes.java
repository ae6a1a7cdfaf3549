package dev.preflight.simulator.ledger;

import dev.preflight.simulator.ledger.BooksChange.OutcomeSaved;
import dev.preflight.simulator.ledger.BooksChange.OutcomesCleared;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The outcomes armed for one tenant, consumed in the order they were armed. */
public final class Outcomes {
  private final List<ArmedOutcome> armed = new ArrayList<>();
  private final Consumer<List<BooksChange>> listener;
  private long nextId = 1;

  public Outcomes() {
    this(changes -> {});
  }

  /** Outcomes that tell {@code listener} of every change, under the lock that makes it. */
  public Outcomes(Consumer<List<BooksChange>> listener) {
    this.listener = listener;
  }

  /**
   * Puts back outcomes that were saved, in arming order, and the id the next one gets; nothing is
   * told to the listener.
   */
  public synchronized void restore(Collection<ArmedOutcome> saved, long savedNextId) {
    saved.stream().sorted(Comparator.comparingLong(ArmedOutcome::id)).forEach(armed::add);
    nextId = Math.max(nextId, savedNextId);
    saved.forEach(o -> nextId = Math.max(nextId, o.id() + 1));
  }

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
    listener.accept(List.of(new OutcomeSaved(outcome)));
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
        listener.accept(List.of(new OutcomeSaved(used)));
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
    listener.accept(List.of(new OutcomesCleared()));
  }
}
