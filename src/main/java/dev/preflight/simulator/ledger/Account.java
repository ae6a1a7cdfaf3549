package dev.preflight.simulator.ledger;

/** A tenant together with its books and the outcomes armed for it. */
public record Account(Tenant tenant, Ledger ledger, Outcomes outcomes) {
  public Account(Tenant tenant) {
    this(tenant, new Ledger(), new Outcomes());
  }
}
