package dev.preflight.simulator.ledger;

import java.util.List;

/** One page of a listing, with how many payments the whole listing holds. */
public record PaymentPage(long total, List<Payment> items) {
  public PaymentPage {
    items = List.copyOf(items);
  }
}
