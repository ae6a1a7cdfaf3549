package dev.preflight.inspection.rules;

import dev.preflight.inspection.MerchantContext;
import dev.preflight.inspection.Observation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Billing-key registrations: request_pay calls meant to register (NP-SUB-1..3) and their keys. */
final class Registrations {
  private Registrations() {}

  /** This scenario's request_pay calls with customer_uid or a recurring-only parameter. */
  static List<Attempt> of(Observation observation) {
    return Attempt.of(observation.journal()).stream()
        .filter(Attempt::registrationIntended)
        .toList();
  }

  /** The customer_uids registered so far, in this scenario or an earlier one. */
  static Set<String> registeredCustomers(Observation observation) {
    return Attempt.of(RestCalls.history(observation)).stream()
        .filter(a -> a.registration() && a.succeeded() && a.customerUid() != null)
        .map(Attempt::customerUid)
        .collect(Collectors.toSet());
  }

  /**
   * Why a subscription rule had nothing to judge, naming a missing capability first.
   *
   * @param what the call not made: {@code billing-key-registration}, {@code billing-key-deletion}
   *     or {@code recurring-charge}
   */
  static String notExercised(Observation observation, String what) {
    return observation.merchant().can(MerchantContext.SUBSCRIPTIONS)
        ? ReviewRule.sharedSays(observation, "subscriptions.no-" + what)
        : ReviewRule.sharedSays(observation, "subscriptions.off");
  }
}
