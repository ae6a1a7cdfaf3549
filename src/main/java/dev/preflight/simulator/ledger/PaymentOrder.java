package dev.preflight.simulator.ledger;

import java.util.Comparator;
import java.util.function.ToLongFunction;

/**
 * A moment of a payment that lists are sorted or windowed by. Ties go to the older payment (the
 * lower sequence), so every order is total and a page boundary never splits a tie unpredictably.
 */
public enum PaymentOrder {
  STARTED(Payment::startedAt),
  PAID(Payment::paidAt),
  UPDATED(Payment::updatedAt),
  FAILED(Payment::failedAt),
  CANCELLED(Payment::cancelledAt);

  private final ToLongFunction<Payment> key;
  private final Comparator<Payment> ascending;

  PaymentOrder(ToLongFunction<Payment> key) {
    this.key = key;
    this.ascending = Comparator.comparingLong(key).thenComparingLong(Payment::sequence);
  }

  /**
   * The moment a payment entered a status, which a listing by that status is windowed by; the start
   * for {@code ready} and for all statuses together (null).
   */
  public static PaymentOrder entered(PaymentStatus status) {
    if (status == null) {
      return STARTED;
    }
    return switch (status) {
      case READY -> STARTED;
      case PAID -> PAID;
      case FAILED -> FAILED;
      case CANCELLED -> CANCELLED;
    };
  }

  public long of(Payment payment) {
    return key.applyAsLong(payment);
  }

  public Comparator<Payment> ascending() {
    return ascending;
  }
}
