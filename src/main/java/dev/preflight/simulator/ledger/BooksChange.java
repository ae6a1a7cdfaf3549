package dev.preflight.simulator.ledger;

/**
 * One change to a tenant's books or armed outcomes, as a {@link StateListener} hears it. Values are
 * immutable, so a listener may keep them and write them out later.
 */
public sealed interface BooksChange {
  /** A payment was recorded, settled or refunded: this is its value now. */
  record PaymentSaved(Payment payment) implements BooksChange {}

  record PreparedSaved(Prepared prepared) implements BooksChange {}

  record BillingKeySaved(BillingKey key) implements BooksChange {}

  record BillingKeyDeleted(String customerUid) implements BooksChange {}

  /** A schedule was booked, executed or revoked: this is its value now. */
  record ScheduleSaved(Schedule schedule) implements BooksChange {}

  /** The books were emptied (a reset). */
  record BooksCleared() implements BooksChange {}

  /** An outcome was armed or used once; with no times left it is gone. */
  record OutcomeSaved(ArmedOutcome outcome) implements BooksChange {}

  record OutcomesCleared() implements BooksChange {}
}
