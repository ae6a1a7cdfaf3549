package dev.preflight.simulator.ledger;

/** An amount pre-registered for a merchant_uid with {@code POST /payments/prepare}. */
public record Prepared(String merchantUid, long amount, String currency) {}
