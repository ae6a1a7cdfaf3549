package dev.preflight.inspection;

/**
 * Something the harness did on the merchant's site, as the buyer or as the back office, from the
 * journal seq it began after. The rules need it where the journal alone cannot tell: who started a
 * cancel, or that the cart was under the minimum and the shop would not let the buyer pay.
 *
 * @param fromSeq the newest journal seq when the action began: what it caused comes after
 * @param detail what else the action was: the cart's kind for a payment, the selector of a pay
 *     control that stayed disabled; empty when nothing
 */
public record HarnessAction(Kind kind, long fromSeq, String detail) {

  /** The cart a payment was for, when it was under the minimum amount. */
  public static final String UNDER_MINIMUM = "under_minimum";

  /** What the harness did. */
  public enum Kind {
    /** The buyer pressed pay: {@code detail} is the cart's kind. */
    PAY(false),
    /**
     * The pay control stayed disabled, so the buyer could not press it: {@code detail} names it.
     */
    PAY_BLOCKED(false),
    /** The buyer signed up for a subscription. */
    SUBSCRIBE(false),
    /** The buyer cancelled an order from the shop's pages for buyers. */
    BUYER_CANCEL(true),
    /** The back office cancelled a whole order. */
    ADMIN_CANCEL(false),
    /** The back office cancelled part of an order. */
    ADMIN_PARTIAL_CANCEL(false),
    /** The buyer ended a subscription. */
    SUBSCRIPTION_CANCEL(true);

    private final boolean buyers;

    Kind(boolean buyers) {
      this.buyers = buyers;
    }

    /**
     * The requester a cancel started by this action must send: {@code customer} for the buyer's
     * own, {@code admin} for the back office's and for the shop's server acting on its own during a
     * payment (refunding a payment whose amount differs).
     */
    public String requester() {
      return buyers ? "customer" : "admin";
    }
  }

  public HarnessAction {
    detail = detail == null ? "" : detail;
  }
}
