package dev.preflight.inspection.rules;

/**
 * NP-SUB-1: a billing-key registration sends {@code customer_uid}. Registration is recognised by
 * customer_uid or a recurring-only parameter (naverProductCode, naverProductCount).
 */
public final class RegistrationSendsCustomerUid extends RegistrationSendsText {
  public RegistrationSendsCustomerUid() {
    super("NP-SUB-1", "customer_uid");
  }
}
