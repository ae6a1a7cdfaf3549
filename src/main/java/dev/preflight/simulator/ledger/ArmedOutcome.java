package dev.preflight.simulator.ledger;

/**
 * An outcome armed ahead through the control API: the next matching payment or scheduled charge
 * ends this way whatever the buyer clicks.
 *
 * @param merchantUid match only this merchant_uid (null: any)
 * @param amount match only this amount (null: any)
 * @param customerUid match only this customer_uid (null: any)
 * @param approve true to approve, false to fail
 * @param paidAmount when approving, report this paid amount instead of the requested one
 * @param remaining how many more matching charges it applies to
 */
public record ArmedOutcome(
    long id,
    String merchantUid,
    Long amount,
    String customerUid,
    boolean approve,
    String errorCode,
    String errorMsg,
    Long paidAmount,
    int remaining) {

  boolean matches(String merchantUid, long amount, String customerUid) {
    return (this.merchantUid == null || this.merchantUid.equals(merchantUid))
        && (this.amount == null || this.amount == amount)
        && (this.customerUid == null || this.customerUid.equals(customerUid));
  }

  ArmedOutcome used() {
    return new ArmedOutcome(
        id,
        merchantUid,
        amount,
        customerUid,
        approve,
        errorCode,
        errorMsg,
        paidAmount,
        remaining - 1);
  }
}
