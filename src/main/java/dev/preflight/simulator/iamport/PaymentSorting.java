package dev.preflight.simulator.iamport;

import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentOrder;
import java.util.Comparator;

/**
 * The {@code sorting} query of payment lists: {@code -started} (default), {@code paid}, … Ties go
 * by creation order, reversed with the rest when descending.
 */
record PaymentSorting(PaymentOrder order, boolean descending) {

  static PaymentSorting parse(String sorting) {
    String value = sorting == null ? "-started" : sorting;
    boolean descending = value.startsWith("-");
    PaymentOrder order =
        switch (descending ? value.substring(1) : value) {
          case "started" -> PaymentOrder.STARTED;
          case "paid" -> PaymentOrder.PAID;
          case "updated" -> PaymentOrder.UPDATED;
          default ->
              throw ApiException.badParameter(
                  "지원되지 않는 정렬기준입니다: "
                      + value
                      + " (-started, started, -paid, paid, -updated, updated 중 하나)");
        };
    return new PaymentSorting(order, descending);
  }

  Comparator<Payment> comparator() {
    return descending ? order.ascending().reversed() : order.ascending();
  }
}
