package dev.preflight.merchant;

/**
 * An order as the shop keeps it. Status moves from {@code pending} to {@code paid}, then maybe
 * {@code cancelled} (or {@code partially_cancelled}); {@code failed} when the payment did not
 * happen or did not match; {@code unconfirmed} while a payment the buyer made could not be looked
 * up yet.
 */
public record Order(
    String merchantUid, Cart cart, long amount, String impUid, String status, long cancelled) {

  public Order paid(String paidImpUid) {
    return new Order(merchantUid, cart, amount, paidImpUid, "paid", cancelled);
  }

  /** Paid in the browser, not yet confirmed with i'mport: the imp_uid is kept for the next try. */
  public Order unconfirmed(String unconfirmedImpUid) {
    return new Order(merchantUid, cart, amount, unconfirmedImpUid, "unconfirmed", cancelled);
  }

  public boolean awaitsPayment() {
    return status.equals("pending") || status.equals("unconfirmed");
  }

  public Order withStatus(String value, long cancelledAmount) {
    return new Order(merchantUid, cart, amount, impUid, value, cancelledAmount);
  }

  public long balance() {
    return amount - cancelled;
  }
}
