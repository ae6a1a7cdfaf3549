package dev.preflight.simulator.ledger;

/**
 * One refund on a payment, as listed in its {@code cancel_history}. The requester is not part of
 * the wire object but is kept so that the journal and the dashboard can show who asked.
 */
public record CancelEntry(
    String pgTid,
    long amount,
    long cancelledAt,
    String reason,
    String receiptUrl,
    String cancellationId,
    String requester) {}
