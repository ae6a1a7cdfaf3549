package dev.preflight.simulator.ledger;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A charge of a billing key, from {@code again} or from a due schedule, and how it ends: an armed
 * outcome first, then the tenant's minimum amount, else approval.
 *
 * @param usage {@code payment} for {@code again}, {@code payment.scheduled} for schedules
 */
public record Charge(
    String customerUid,
    String merchantUid,
    long amount,
    long taxFree,
    String currency,
    String name,
    Buyer buyer,
    String customData,
    String usage) {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  /**
   * The payment this charge produces at {@code now}. Consumes a matching armed outcome, so call it
   * only once the charge is certain to be recorded.
   */
  public Payment.Builder draft(Account account, long now) {
    Tenant tenant = account.tenant();
    Optional<BillingKey> key = account.ledger().billingKey(customerUid);
    Payment.Builder draft =
        Payment.builder()
            .merchantUid(merchantUid)
            .channel("api")
            .pgProvider(key.map(BillingKey::pgProvider).orElse("naverpay"))
            .pgId(key.map(BillingKey::pgId).orElse(null))
            .name(name)
            .amount(amount)
            .taxFree(taxFree)
            .currency(currency)
            .buyer(buyer)
            .customData(customData)
            .startedAt(now)
            .customer(customerUid, usage);
    if (key.isEmpty()) {
      return draft.failed(now, "등록되지 않은 구매자입니다.");
    }
    Optional<ArmedOutcome> armed = account.outcomes().take(merchantUid, amount, customerUid);
    // A forged success needs a browser to lie to; an API charge has none, so it is refused too.
    if (armed.isPresent() && !armed.get().approve()) {
      ArmedOutcome outcome = armed.get();
      String message =
          outcome.errorMsg() != null
              ? outcome.errorMsg()
              : NaverPayFailure.INSUFFICIENT_BALANCE.message(tenant);
      return draft.failed(now, message);
    }
    if (amount < tenant.minimumAmount()) {
      return draft.failed(now, NaverPayFailure.UNDER_MINIMUM.message(tenant));
    }
    armed.map(ArmedOutcome::paidAmount).ifPresent(draft::amount);
    return draft.pgTid(naverPaymentId(now)).paid(now, approvalNumber());
  }

  /** A Naver Pay paymentId-shaped transaction id: the day in Seoul, "NP", ten digits. */
  public static String naverPaymentId(long now) {
    return DAY.format(Instant.ofEpochSecond(now).atZone(SEOUL))
        + "NP"
        + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
  }

  public static String approvalNumber() {
    return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }
}
