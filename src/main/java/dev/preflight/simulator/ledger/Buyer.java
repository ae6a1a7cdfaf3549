package dev.preflight.simulator.ledger;

/** The buyer fields that payments, schedules and billing keys carry. */
public record Buyer(String name, String email, String tel, String addr, String postcode) {
  public static final Buyer NONE = new Buyer(null, null, null, null, null);
}
