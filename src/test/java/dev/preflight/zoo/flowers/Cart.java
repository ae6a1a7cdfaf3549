package dev.preflight.zoo.flowers;

import dev.preflight.zoo.flowers.Catalog.Flower;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One visitor's cart, kept under the visitor's cookie. */
final class Cart {

  /** A cart line, frozen into an order at checkout. */
  record Line(Flower flower, int quantity) {
    int total() {
      return flower.price() * quantity;
    }
  }

  /** The money of a cart or an order. */
  record Totals(int subtotal, int delivery, int discount, int amount) {}

  private final Map<String, Integer> quantities = new LinkedHashMap<>();
  private String coupon;
  private String notice;

  synchronized void add(Flower flower, int quantity) {
    quantities.merge(flower.id(), quantity, (a, b) -> Math.min(99, a + b));
  }

  synchronized void remove(String id) {
    quantities.remove(id);
  }

  synchronized void clear() {
    quantities.clear();
    coupon = null;
  }

  synchronized List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    quantities.forEach(
        (id, quantity) -> Catalog.find(id).ifPresent(f -> lines.add(new Line(f, quantity))));
    return lines;
  }

  synchronized boolean isEmpty() {
    return quantities.isEmpty();
  }

  synchronized String coupon() {
    return coupon;
  }

  synchronized void coupon(String code) {
    this.coupon = code;
  }

  /** A one-time message for the cart page (a coupon that does not exist, …). */
  synchronized void notice(String text) {
    this.notice = text;
  }

  synchronized String takeNotice() {
    String text = notice;
    notice = null;
    return text;
  }

  synchronized Totals totals() {
    return totals(lines(), coupon);
  }

  static Totals totals(List<Line> lines, String coupon) {
    int subtotal = lines.stream().mapToInt(Line::total).sum();
    boolean delivered = lines.stream().anyMatch(l -> l.flower().delivered());
    int delivery = delivered ? Catalog.DELIVERY_FEE : 0;
    int discount = Math.min(subtotal + delivery, Catalog.coupon(coupon).orElse(0));
    return new Totals(subtotal, delivery, discount, subtotal + delivery - discount);
  }
}
