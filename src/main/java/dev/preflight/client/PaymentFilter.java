package dev.preflight.client;

/**
 * Which payments {@link SimulatorControl#payments} lists ({@code GET /__sim/payments}); null fields
 * do not filter.
 *
 * @param tenant a user code such as {@code imp00000000}; without one, a client made by {@link
 *     SimulatorControl#forTenant} lists its own tenant and any other client every tenant
 * @param status {@code ready}, {@code paid}, {@code cancelled} or {@code failed}
 * @param merchantUid matched exactly, not as a prefix
 */
public record PaymentFilter(String tenant, String status, String merchantUid) {
  /** No filter. */
  public static PaymentFilter any() {
    return new PaymentFilter(null, null, null);
  }

  public PaymentFilter withTenant(String userCode) {
    return new PaymentFilter(userCode, status, merchantUid);
  }

  public PaymentFilter withStatus(String wanted) {
    return new PaymentFilter(tenant, wanted, merchantUid);
  }

  public PaymentFilter withMerchantUid(String exact) {
    return new PaymentFilter(tenant, status, exact);
  }
}
