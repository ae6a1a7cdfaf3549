package dev.preflight.simulator.ledger;

import java.util.List;

/**
 * Hears every change to tenants, their books and the clock. Each call is made under the lock that
 * made the change, so calls about one thing arrive in the order the changes happened; what one call
 * carries happened as one step. {@link #NONE} hears nothing: without a state file, changes cost
 * nothing.
 */
public interface StateListener {
  StateListener NONE = new StateListener() {};

  default void tenantAdded(Tenant tenant) {}

  /** Every tenant was dropped (a reset with {@code tenants: true}), their books with them. */
  default void tenantsDropped() {}

  default void booksChanged(String tenant, List<BooksChange> changes) {}

  /** The clock now runs {@code offsetSeconds} ahead of real time (0: real time). */
  default void clockMoved(long offsetSeconds) {}
}
