package dev.preflight.inspection;

import java.util.Set;

/**
 * What the rules must know about the merchant beyond the scenario: what it offers, and the contract
 * its Naver Pay account has.
 *
 * @param capabilities {@code subscriptions}, {@code partial_cancel}, {@code mobile}, … — a rule
 *     about a missing capability is SKIPPED with the reason
 * @param channelCount how many payment channels the account has ({@code pg} must then name
 *     naverpay)
 */
public record MerchantContext(
    Set<String> capabilities,
    boolean highRisk,
    boolean marketplace,
    boolean completionDateSettlement,
    boolean escrow,
    long minimumAmount,
    int channelCount) {

  public static final String SUBSCRIPTIONS = "subscriptions";
  public static final String PARTIAL_CANCEL = "partial_cancel";
  public static final String MOBILE = "mobile";
  public static final String BUYER_CANCEL = "buyer_cancel";
  public static final String ADMIN_CANCEL = "admin_cancel";

  public MerchantContext {
    capabilities = Set.copyOf(capabilities);
  }

  public boolean can(String capability) {
    return capabilities.contains(capability);
  }
}
