package dev.preflight.client;

import java.util.List;

/**
 * One page of {@code GET /__sim/payments}, newest first.
 *
 * @param total how many payments the whole listing holds
 * @param page from 1
 * @param limit the page size asked for
 * @param payments this page's payments, each with the tenant it belongs to
 */
public record PaymentListing(long total, long page, int limit, List<TenantPayment> payments) {
  public PaymentListing {
    payments = List.copyOf(payments);
  }

  /** A payment of the listing and the user code of the tenant whose books hold it. */
  public record TenantPayment(String tenant, GatewayPayment payment) {}
}
