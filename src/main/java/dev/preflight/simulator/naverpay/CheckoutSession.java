package dev.preflight.simulator.naverpay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.ledger.Account;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One {@code IMP.request_pay} that passed pre-validation: its ready payment, how it was asked for
 * (popup or redirect, PC or mobile, payment or billing-key registration) and, once the buyer is
 * done, its result.
 *
 * @param params the request_pay parameters exactly as the page gave them
 * @param productCode for a registration, the {@code naverProductCode} (random when none was sent)
 */
public record CheckoutSession(
    String id,
    Account account,
    String impUid,
    String merchantUid,
    long amount,
    ObjectNode params,
    boolean popup,
    boolean mobile,
    boolean registration,
    String customerUid,
    String productCode,
    String redirectUrl,
    boolean hasCallback,
    List<String> noticeUrls,
    AtomicReference<WindowResult> result) {

  public boolean settled() {
    return result.get() != null;
  }
}
