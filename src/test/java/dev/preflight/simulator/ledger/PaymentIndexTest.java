package dev.preflight.simulator.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger's listings through its index give exactly what filtering and sorting every payment
 * gives, for every status, window, sorting and page, after payments moved between statuses.
 */
class PaymentIndexTest {
  private final Ledger ledger = new Ledger();
  private final Random random = new Random(11);

  @BeforeEach
  void books() {
    List<Payment> paid = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      // Few distinct moments, so that ties are common and the sequence must break them.
      long started = 1000 + random.nextInt(40);
      Payment.Builder draft =
          Payment.builder()
              .merchantUid("m" + i)
              .amount(1000)
              .startedAt(started)
              .customer(i % 7 == 0 ? "cu" + (i % 3) : null, null);
      switch (random.nextInt(3)) {
        case 0 -> draft.paid(started + random.nextInt(20), "0001");
        case 1 -> draft.failed(started + random.nextInt(20), "no");
        default -> draft.status(PaymentStatus.READY);
      }
      Payment payment = ledger.record(draft, "imp_");
      if (payment.status() == PaymentStatus.PAID) {
        paid.add(payment);
      }
    }
    for (Payment payment : paid.subList(0, paid.size() / 2)) {
      // A partial refund keeps it paid with a later update; a full one moves it to cancelled.
      Long amount = random.nextBoolean() ? 300L : null;
      ledger.cancel(
          new CancelRequest(payment.impUid(), null, amount, null, null, "r", "admin"),
          payment.paidAt() + random.nextInt(30));
    }
  }

  @Test
  void everyListingMatchesAFullScan() {
    List<PaymentStatus> statuses = new ArrayList<>(List.of(PaymentStatus.values()));
    statuses.add(null);
    long[][] windows = {{0, Long.MAX_VALUE}, {1010, 1030}, {1045, 1050}, {2000, 3000}, {5, 1}};
    int checked = 0;
    for (PaymentStatus status : statuses) {
      PaymentOrder window = PaymentOrder.entered(status);
      for (long[] range : windows) {
        for (PaymentOrder sort :
            List.of(PaymentOrder.STARTED, PaymentOrder.PAID, PaymentOrder.UPDATED)) {
          for (boolean descending : List.of(true, false)) {
            PaymentQuery query =
                new PaymentQuery(status, window, range[0], range[1], sort, descending);
            List<Payment> expected = scan(query);
            for (int offset : List.of(0, 7, 20, 150, 400)) {
              PaymentPage page = ledger.payments(query, offset, 20);
              assertThat(page.total()).as("%s", query).isEqualTo(expected.size());
              assertThat(page.items())
                  .as("%s from %d", query, offset)
                  .containsExactlyElementsOf(
                      expected.subList(
                          Math.min(offset, expected.size()),
                          Math.min(offset + 20, expected.size())));
              checked++;
            }
          }
        }
      }
    }
    assertThat(checked).isEqualTo(5 * 5 * 3 * 2 * 5);
  }

  @Test
  void aFullRefundMovesThePaymentFromPaidToCancelled() {
    PaymentQuery paid =
        new PaymentQuery(
            PaymentStatus.PAID, PaymentOrder.PAID, 0, Long.MAX_VALUE, PaymentOrder.STARTED, true);
    PaymentQuery cancelled =
        new PaymentQuery(
            PaymentStatus.CANCELLED,
            PaymentOrder.CANCELLED,
            0,
            Long.MAX_VALUE,
            PaymentOrder.STARTED,
            true);
    Payment payment = ledger.payments(paid, 0, 1).items().get(0);
    long paidBefore = ledger.payments(paid, 0, 1).total();
    long cancelledBefore = ledger.payments(cancelled, 0, 1).total();

    ledger.cancel(new CancelRequest(payment.impUid(), null, null, null, null, "r", "admin"), 5000);

    assertThat(ledger.payments(paid, 0, 1).total()).isEqualTo(paidBefore - 1);
    assertThat(ledger.payments(cancelled, 0, 1000).items())
        .hasSize((int) cancelledBefore + 1)
        .anyMatch(p -> p.impUid().equals(payment.impUid()) && p.cancelledAt() == 5000);
  }

  @Test
  void aCustomersPaymentsComeNewestFirst() {
    List<Payment> expected =
        ledger.payments(p -> "cu1".equals(p.customerUid())).stream()
            .sorted(PaymentOrder.STARTED.ascending().reversed())
            .toList();

    PaymentPage page = ledger.paymentsOfCustomer("cu1", 0, 1000);

    assertThat(expected).isNotEmpty();
    assertThat(page.total()).isEqualTo(expected.size());
    assertThat(page.items()).containsExactlyElementsOf(expected);
    assertThat(ledger.paymentsOfCustomer("nobody", 0, 20).total()).isZero();
  }

  @Test
  void aClearedLedgerListsNothing() {
    ledger.clear();

    assertThat(
            ledger
                .payments(
                    new PaymentQuery(
                        null, PaymentOrder.STARTED, 0, Long.MAX_VALUE, PaymentOrder.STARTED, true),
                    0,
                    20)
                .total())
        .isZero();
  }

  private List<Payment> scan(PaymentQuery query) {
    Comparator<Payment> order = query.sort().ascending();
    return ledger
        .payments(
            p ->
                (query.status() == null || p.status() == query.status())
                    && query.window().of(p) >= query.from()
                    && query.window().of(p) <= query.to())
        .stream()
        .sorted(query.descending() ? order.reversed() : order)
        .toList();
  }
}
