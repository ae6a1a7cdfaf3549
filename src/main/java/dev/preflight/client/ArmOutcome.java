package dev.preflight.client;

/**
 * An outcome to arm for coming charges ({@code POST /__sim/outcomes}): the next matching payment,
 * {@code again} charge or scheduled charge ends this way whatever the buyer does.
 *
 * <pre>
 * control.arm(ArmOutcome.named("insufficient_balance").forCustomer("sub-1"));
 * </pre>
 *
 * @param outcome {@code approve}, {@code fail}, {@code forge_success}, or a named failure such as
 *     {@code insufficient_balance}, {@code limit_exceeded}, {@code owner_auth_fail}, {@code
 *     time_expired}
 * @param merchantUid match only this merchant_uid (null: any)
 * @param amount match only this amount (null: any)
 * @param customerUid match only this customer_uid (null: any)
 * @param errorCode a failure's code instead of the named failure's (null: its own)
 * @param errorMsg a failure's message instead of the named failure's (null: its own)
 * @param times how many matching charges it applies to
 * @param paidAmount with {@code approve}: report this amount paid instead of the one asked for
 */
public record ArmOutcome(
    String outcome,
    String merchantUid,
    Long amount,
    String customerUid,
    String errorCode,
    String errorMsg,
    int times,
    Long paidAmount) {

  public static ArmOutcome named(String outcome) {
    return new ArmOutcome(outcome, null, null, null, null, null, 1, null);
  }

  public static ArmOutcome approve() {
    return named("approve");
  }

  public static ArmOutcome fail() {
    return named("fail");
  }

  public static ArmOutcome insufficientBalance() {
    return named("insufficient_balance");
  }

  /** The window tells the page the payment succeeded while nothing was paid. */
  public static ArmOutcome forgeSuccess() {
    return named("forge_success");
  }

  public ArmOutcome forMerchantUid(String value) {
    return new ArmOutcome(
        outcome, value, amount, customerUid, errorCode, errorMsg, times, paidAmount);
  }

  public ArmOutcome forAmount(long value) {
    return new ArmOutcome(
        outcome, merchantUid, value, customerUid, errorCode, errorMsg, times, paidAmount);
  }

  public ArmOutcome forCustomer(String value) {
    return new ArmOutcome(
        outcome, merchantUid, amount, value, errorCode, errorMsg, times, paidAmount);
  }

  public ArmOutcome withError(String code, String message) {
    return new ArmOutcome(
        outcome, merchantUid, amount, customerUid, code, message, times, paidAmount);
  }

  public ArmOutcome times(int value) {
    return new ArmOutcome(
        outcome, merchantUid, amount, customerUid, errorCode, errorMsg, value, paidAmount);
  }

  public ArmOutcome reportingPaid(long value) {
    return new ArmOutcome(
        outcome, merchantUid, amount, customerUid, errorCode, errorMsg, times, value);
  }
}
