package dev.preflight.simulator.ledger;

import java.util.List;
import java.util.function.Consumer;

/** A tenant together with its books and the outcomes armed for it. */
public record Account(Tenant tenant, Ledger ledger, Outcomes outcomes) {
  public Account(Tenant tenant) {
    this(tenant, StateListener.NONE);
  }

  /** A new account whose books and outcomes tell {@code listener} of every change. */
  public Account(Tenant tenant, StateListener listener) {
    this(tenant, new Ledger(books(tenant, listener)), new Outcomes(books(tenant, listener)));
  }

  private static Consumer<List<BooksChange>> books(Tenant tenant, StateListener listener) {
    return changes -> listener.booksChanged(tenant.userCode(), changes);
  }
}
