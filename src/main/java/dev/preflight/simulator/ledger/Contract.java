package dev.preflight.simulator.ledger;

/**
 * The Naver Pay contract terms of a merchant account that change which request parameters are
 * expected: high-risk merchants send purchaser details, marketplaces send {@code sellerId},
 * completion-date settlement uses {@code naverUseCfm}.
 */
public record Contract(
    boolean highRisk, boolean marketplace, boolean completionDateSettlement, boolean escrow) {

  public static final Contract STANDARD = new Contract(false, false, false, false);
}
