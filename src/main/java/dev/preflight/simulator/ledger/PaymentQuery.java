package dev.preflight.simulator.ledger;

/**
 * A listing of payments: those in one status (or all, when {@code status} is null) whose {@code
 * window} moment lies within {@code from}–{@code to} inclusive, sorted by {@code sort}.
 */
public record PaymentQuery(
    PaymentStatus status,
    PaymentOrder window,
    long from,
    long to,
    PaymentOrder sort,
    boolean descending) {

  /** Every payment in the status (all, when null), whenever started, by when it started. */
  public static PaymentQuery everyStarted(PaymentStatus status, boolean newestFirst) {
    return new PaymentQuery(
        status,
        PaymentOrder.STARTED,
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        PaymentOrder.STARTED,
        newestFirst);
  }
}
