package dev.preflight.simulator.iamport;

import dev.preflight.simulator.ledger.LedgerException;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.simulator.ledger.Refusal;

/** Naver Pay 결제형 (naverpay) extras under {@code /payments/{imp_uid}/naver/}. */
public final class NaverApi {

  /** {@code GET …/naver/cash-amount}: what of the remaining amount counts for a cash receipt. */
  public Reply cashAmount(ApiRequest request) {
    Payment payment = naverPayment(request);
    long total = payment.cancellableAmount();
    long taxable = Math.max(0, total - payment.taxFree());
    long supply = Math.round(taxable / 1.1);
    return Reply.ok(
        out -> {
          out.writeStartObject();
          out.writeNumberField("amount_by_npoint", 0);
          out.writeNumberField("amount_by_primary", total);
          out.writeNumberField("amount_supply", supply);
          out.writeNumberField("amount_total", total);
          out.writeNumberField("amount_vat", taxable - supply);
          out.writeEndObject();
        });
  }

  /** {@code POST …/naver/confirm} (escrow purchase confirmation) and {@code …/naver/point}. */
  public Reply acknowledge(ApiRequest request) {
    Payment payment = naverPayment(request);
    if (payment.status() != PaymentStatus.PAID) {
      throw new LedgerException(Refusal.NAVER_REFUSED, payment.impUid());
    }
    return Reply.ok(
        out -> {
          out.writeStartObject();
          out.writeEndObject();
        });
  }

  private static Payment naverPayment(ApiRequest request) {
    Payment payment =
        request
            .ledger()
            .payment(request.path("imp_uid"))
            .orElseThrow(() -> new LedgerException(Refusal.PAYMENT_NOT_FOUND, null));
    if (!"naverpay".equals(payment.pgProvider())) {
      throw new LedgerException(Refusal.NOT_NAVERPAY, payment.impUid());
    }
    return payment;
  }
}
