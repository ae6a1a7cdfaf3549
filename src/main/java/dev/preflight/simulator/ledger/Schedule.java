package dev.preflight.simulator.ledger;

import java.util.List;

/**
 * A charge booked for later with {@code POST /subscribe/payments/schedule}. It becomes a payment
 * when the clock reaches {@code scheduleAt}.
 *
 * @param paymentStatus null until executed, then the status of the payment it produced
 * @param naverUseCfm the {@code extra.naverUseCfm} it was booked with, if any
 */
public record Schedule(
    long sequence,
    String customerUid,
    String merchantUid,
    String impUid,
    long scheduleAt,
    long executedAt,
    long revokedAt,
    long amount,
    long taxFree,
    String currency,
    String name,
    Buyer buyer,
    String customData,
    List<String> noticeUrls,
    String naverUseCfm,
    ScheduleStatus status,
    PaymentStatus paymentStatus,
    String failReason,
    String pgProvider,
    String pgId) {

  public Schedule {
    noticeUrls = noticeUrls == null ? List.of() : List.copyOf(noticeUrls);
  }

  public Schedule executed(Payment payment, long at) {
    return new Schedule(
        sequence,
        customerUid,
        merchantUid,
        payment.impUid(),
        scheduleAt,
        at,
        revokedAt,
        amount,
        taxFree,
        currency,
        name,
        buyer,
        customData,
        noticeUrls,
        naverUseCfm,
        ScheduleStatus.EXECUTED,
        payment.status(),
        payment.failReason(),
        pgProvider,
        pgId);
  }

  public Schedule revoked(long at) {
    return new Schedule(
        sequence,
        customerUid,
        merchantUid,
        impUid,
        scheduleAt,
        executedAt,
        at,
        amount,
        taxFree,
        currency,
        name,
        buyer,
        customData,
        noticeUrls,
        naverUseCfm,
        ScheduleStatus.REVOKED,
        paymentStatus,
        failReason,
        pgProvider,
        pgId);
  }

  /** A schedule as requested, before the ledger gives it a sequence and a billing key. */
  public record Draft(
      String merchantUid,
      long scheduleAt,
      long amount,
      long taxFree,
      String currency,
      String name,
      Buyer buyer,
      String customData,
      List<String> noticeUrls,
      String naverUseCfm) {

    Schedule toSchedule(long sequence, String customerUid, BillingKey key) {
      return new Schedule(
          sequence,
          customerUid,
          merchantUid,
          null,
          scheduleAt,
          0,
          0,
          amount,
          taxFree,
          currency == null ? "KRW" : currency,
          name,
          buyer,
          customData,
          noticeUrls,
          naverUseCfm,
          ScheduleStatus.SCHEDULED,
          null,
          null,
          key.pgProvider(),
          key.pgId());
    }
  }
}
