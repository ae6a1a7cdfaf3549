package dev.preflight.zoo.atelier;

import java.util.List;

/** One order of the shop: what was bought, for how much, and where its payment stands. */
final class Order {
  enum Status {
    READY("결제대기"),
    PAID("결제완료"),
    PARTIAL("부분취소"),
    CANCELLED("취소완료"),
    REFUSED("결제거절");

    final String label;

    Status(String label) {
      this.label = label;
    }
  }

  record Line(Catalogue.Goods goods, int count) {
    long total() {
      return goods.price() * count;
    }
  }

  final String merchantUid;
  final String buyer;
  final List<Line> lines;
  final long amount;
  private Status status = Status.READY;
  private String impUid;
  private long cancelled;
  private String note = "";

  Order(String merchantUid, String buyer, List<Line> lines) {
    this.merchantUid = merchantUid;
    this.buyer = buyer;
    this.lines = List.copyOf(lines);
    this.amount = lines.stream().mapToLong(Line::total).sum();
  }

  synchronized Status status() {
    return status;
  }

  synchronized String impUid() {
    return impUid;
  }

  synchronized long cancelled() {
    return cancelled;
  }

  synchronized long balance() {
    return amount - cancelled;
  }

  synchronized String note() {
    return note;
  }

  synchronized void paid(String impUid) {
    this.impUid = impUid;
    this.status = Status.PAID;
  }

  synchronized void refused(String impUid, String why) {
    this.impUid = impUid;
    this.status = Status.REFUSED;
    this.note = why;
  }

  synchronized void refunded(long part) {
    cancelled += part;
    status = cancelled >= amount ? Status.CANCELLED : Status.PARTIAL;
  }

  String title() {
    String first = lines.get(0).goods().name();
    return lines.size() == 1 ? first : first + " 외 " + (lines.size() - 1) + "건";
  }
}
