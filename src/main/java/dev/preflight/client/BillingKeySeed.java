package dev.preflight.client;

/**
 * A Naver Pay billing key to register for a customer ({@code POST /__sim/billing-keys}), as if the
 * buyer had gone through the registration window: start with {@link #forCustomer(String)}.
 */
public record BillingKeySeed(
    String customerUid, String customerName, String customerTel, String customerEmail) {

  public static BillingKeySeed forCustomer(String customerUid) {
    return new BillingKeySeed(customerUid, null, null, null);
  }

  public BillingKeySeed holder(String name, String tel, String email) {
    return new BillingKeySeed(customerUid, name, tel, email);
  }
}
