package dev.preflight.harness.profile;

/**
 * The Naver Pay contract terms of the tenant, which change the parameters the rules expect:
 * high-risk merchants send purchaser details, marketplaces a {@code sellerId}, completion-date
 * settlement a {@code naverUseCfm}.
 */
public record ContractFlags(
    boolean highRisk, boolean marketplace, boolean completionDateSettlement, boolean escrow) {

  public static final ContractFlags STANDARD = new ContractFlags(false, false, false, false);
}
