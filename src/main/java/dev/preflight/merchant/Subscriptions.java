package dev.preflight.merchant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The shop's subscribers, by customer_uid, and the charges made for each. */
final class Subscriptions {
  /** One subscriber's plan and the merchant_uids charged or booked for it. */
  record Subscription(String customerUid, String status, List<String> charges) {}

  private final Map<String, Subscription> byCustomer = new ConcurrentHashMap<>();

  void start(String customerUid, List<String> charges) {
    byCustomer.put(customerUid, new Subscription(customerUid, "active", List.copyOf(charges)));
  }

  Optional<Subscription> get(String customerUid) {
    return Optional.ofNullable(customerUid == null ? null : byCustomer.get(customerUid));
  }

  void charged(String customerUid, String merchantUid) {
    byCustomer.computeIfPresent(
        customerUid,
        (key, s) -> {
          List<String> charges = new ArrayList<>(s.charges());
          if (!charges.contains(merchantUid)) {
            charges.add(merchantUid);
          }
          return new Subscription(key, s.status(), List.copyOf(charges));
        });
  }

  void cancel(String customerUid) {
    byCustomer.computeIfPresent(
        customerUid, (key, s) -> new Subscription(key, "cancelled", s.charges()));
  }
}
