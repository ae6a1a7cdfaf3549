package dev.preflight.zoo.flowers;

import dev.preflight.zoo.flowers.Cart.Line;
import dev.preflight.zoo.flowers.Cart.Totals;
import java.time.Instant;
import java.util.List;

/**
 * An order: made when the buyer opens the checkout (주문서), paid only once the server has looked the
 * payment up at the gateway, refunded only from the back office.
 */
final class Order {

  enum Status {
    /** 주문서 작성 중: the window may or may not have opened. */
    WAITING("결제대기"),
    PAID("결제완료"),
    PARTLY_REFUNDED("부분환불"),
    REFUNDED("환불완료"),
    /** The gateway reported another amount; the payment was cancelled. */
    REFUSED("결제취소(금액불일치)");

    final String label;

    Status(String label) {
      this.label = label;
    }
  }

  final String merchantUid;
  final List<Line> lines;
  final Totals totals;
  final Instant created;
  private Status status = Status.WAITING;
  private String impUid;
  private String buyerName;
  private String buyerTel;
  private int refunded;

  Order(String merchantUid, List<Line> lines, Totals totals, Instant created) {
    this.merchantUid = merchantUid;
    this.lines = List.copyOf(lines);
    this.totals = totals;
    this.created = created;
  }

  int amount() {
    return totals.amount();
  }

  synchronized Status status() {
    return status;
  }

  synchronized String impUid() {
    return impUid;
  }

  synchronized String buyerName() {
    return buyerName;
  }

  synchronized String buyerTel() {
    return buyerTel;
  }

  synchronized int refunded() {
    return refunded;
  }

  synchronized int refundable() {
    return amount() - refunded;
  }

  synchronized boolean refundableNow() {
    return (status == Status.PAID || status == Status.PARTLY_REFUNDED) && refundable() > 0;
  }

  synchronized void paid(String impUid, String buyerName, String buyerTel) {
    this.impUid = impUid;
    this.buyerName = buyerName;
    this.buyerTel = buyerTel;
    this.status = Status.PAID;
  }

  synchronized void refused(String impUid) {
    this.impUid = impUid;
    this.status = Status.REFUSED;
  }

  /** Records what the gateway says has been cancelled so far, after a refund went through. */
  synchronized void cancelledSoFar(int cancelAmount) {
    this.refunded = Math.min(amount(), Math.max(refunded, cancelAmount));
    this.status = refunded >= amount() ? Status.REFUNDED : Status.PARTLY_REFUNDED;
  }

  /** The name the order goes by: the first item, with "외 N건" when there are more. */
  String title() {
    String first = lines.get(0).flower().name();
    return lines.size() == 1 ? first : first + " 외 " + (lines.size() - 1) + "건";
  }
}
