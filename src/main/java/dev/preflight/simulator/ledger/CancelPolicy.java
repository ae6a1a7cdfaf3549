package dev.preflight.simulator.ledger;

/**
 * What status a payment has after a refund. The real gateway's choice for a partial cancel is not
 * documented: this simulator keeps it {@code paid} until nothing is left to refund. Change it here
 * and nowhere else.
 */
public final class CancelPolicy {
  private CancelPolicy() {}

  public static PaymentStatus statusAfterCancel(long remainingAmount) {
    return remainingAmount > 0 ? PaymentStatus.PAID : PaymentStatus.CANCELLED;
  }
}
