package dev.preflight.inspection.rules;

/**
 * NP-SUB-2: a billing-key registration sends {@code buyer_tel}. buyer_tel is required for Naver Pay
 * recurring registration.
 */
public final class RegistrationSendsBuyerTel extends RegistrationSendsText {
  public RegistrationSendsBuyerTel() {
    super("NP-SUB-2", "buyer_tel");
  }
}
