package dev.preflight.simulator.ledger;

/**
 * An outcome armed ahead through the control API: the next matching payment or scheduled charge
 * ends this way whatever the buyer clicks.
 *
 * @param merchantUid match only this merchant_uid (null: any)
 * @param amount match only this amount (null: any)
 * @param customerUid match only this customer_uid (null: any)
 * @param kind approve, fail, or forge a success the ledger does not back
 * @param paidAmount when approving, report this paid amount instead of the requested one
 * @param remaining how many more matching charges it applies to
 */
public record ArmedOutcome(
    long id,
    String merchantUid,
    Long amount,
    String customerUid,
    Kind kind,
    String errorCode,
    String errorMsg,
    Long paidAmount,
    int remaining) {

  /**
   * How the charge ends. {@code FORGE_SUCCESS} stands for a tampered browser: the window tells the
   * page the payment succeeded while nothing was paid, which only a server-side lookup exposes.
   */
  public enum Kind {
    APPROVE,
    FAIL,
    FORGE_SUCCESS
  }

  public boolean approve() {
    return kind == Kind.APPROVE;
  }

  public boolean fails() {
    return kind == Kind.FAIL;
  }

  boolean matches(String merchantUid, long amount, String customerUid) {
    return (this.merchantUid == null || this.merchantUid.equals(merchantUid))
        && (this.amount == null || this.amount == amount)
        && (this.customerUid == null || this.customerUid.equals(customerUid));
  }

  ArmedOutcome used() {
    return new ArmedOutcome(
        id, merchantUid, amount, customerUid, kind, errorCode, errorMsg, paidAmount, remaining - 1);
  }
}
