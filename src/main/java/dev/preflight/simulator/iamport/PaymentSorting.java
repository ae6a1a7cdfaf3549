package dev.preflight.simulator.iamport;

import dev.preflight.simulator.ledger.Payment;
import java.util.Comparator;
import java.util.function.ToLongFunction;

/** The {@code sorting} query of payment lists: {@code -started} (default), {@code paid}, … */
final class PaymentSorting {
  private PaymentSorting() {}

  static Comparator<Payment> parse(String sorting) {
    String value = sorting == null ? "-started" : sorting;
    boolean descending = value.startsWith("-");
    ToLongFunction<Payment> key =
        switch (descending ? value.substring(1) : value) {
          case "started" -> Payment::startedAt;
          case "paid" -> Payment::paidAt;
          case "updated" -> Payment::updatedAt;
          default ->
              throw ApiException.badParameter(
                  "지원되지 않는 정렬기준입니다: "
                      + value
                      + " (-started, started, -paid, paid, -updated, updated 중 하나)");
        };
    Comparator<Payment> order = Comparator.comparingLong(key).thenComparingLong(Payment::sequence);
    return descending ? order.reversed() : order;
  }
}
