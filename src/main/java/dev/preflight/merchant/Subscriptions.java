package dev.preflight.merchant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shop's subscribers, by customer_uid, the charges made for each, and the ones that failed (a
 * scheduled charge's failure comes only as a webhook, so it is kept for the shop to see).
 */
final class Subscriptions {
  /**
   * One subscriber's plan, the merchant_uids charged or booked for it, and the failed ones with
   * i'mport's fail_reason.
   */
  record Subscription(
      String customerUid, String status, List<String> charges, Map<String, String> failures) {}

  private final Map<String, Subscription> byCustomer = new ConcurrentHashMap<>();

  void start(String customerUid, List<String> charges) {
    byCustomer.put(
        customerUid, new Subscription(customerUid, "active", List.copyOf(charges), Map.of()));
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
          return new Subscription(key, s.status(), List.copyOf(charges), s.failures());
        });
  }

  void failed(String customerUid, String merchantUid, String reason) {
    byCustomer.computeIfPresent(
        customerUid,
        (key, s) -> {
          Map<String, String> failures = new LinkedHashMap<>(s.failures());
          failures.put(merchantUid, reason);
          return new Subscription(
              key, s.status(), s.charges(), Collections.unmodifiableMap(failures));
        });
  }

  void cancel(String customerUid) {
    byCustomer.computeIfPresent(
        customerUid, (key, s) -> new Subscription(key, "cancelled", s.charges(), s.failures()));
  }
}
