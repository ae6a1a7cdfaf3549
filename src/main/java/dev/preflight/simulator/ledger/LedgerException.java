package dev.preflight.simulator.ledger;

/** A request the ledger refused; nothing was changed. */
public final class LedgerException extends RuntimeException {
  private final Refusal refusal;
  private final String subject;

  public LedgerException(Refusal refusal, String subject) {
    super(refusal + (subject == null ? "" : ": " + subject), null, false, false);
    this.refusal = refusal;
    this.subject = subject;
  }

  public Refusal refusal() {
    return refusal;
  }

  /** The identifier the refusal is about (a customer_uid, a merchant_uid), for the message. */
  public String subject() {
    return subject;
  }
}
