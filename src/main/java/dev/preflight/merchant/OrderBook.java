package dev.preflight.merchant;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/** The shop's orders, in memory. */
final class OrderBook {
  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  String nextMerchantUid(String prefix) {
    return prefix + "-" + System.currentTimeMillis() + "-" + sequence.incrementAndGet();
  }

  Order put(Order order) {
    orders.put(order.merchantUid(), order);
    return order;
  }

  Optional<Order> get(String merchantUid) {
    return Optional.ofNullable(merchantUid == null ? null : orders.get(merchantUid));
  }

  Optional<Order> update(String merchantUid, UnaryOperator<Order> change) {
    return Optional.ofNullable(
        orders.computeIfPresent(merchantUid, (key, order) -> change.apply(order)));
  }

  List<Order> all() {
    return orders.values().stream()
        .sorted(Comparator.comparing(Order::merchantUid).reversed())
        .toList();
  }
}
