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
    boolean descending) {}
