package dev.preflight.inspection.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * NP-SUB-4: {@code again} and {@code schedule} name a registered customer_uid, send a merchant_uid
 * never used before (by a payment, a registration, or another charge) and send amounts as numbers.
 * A form-encoded body cannot carry a number, so there digits pass; a JSON body must carry one.
 */
public final class RecurringChargesUseRegisteredCustomer extends ReviewRule {
  public RecurringChargesUseRegisteredCustomer() {
    super("NP-SUB-4", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalEntry> charges =
        observation.entries(
            e ->
                e.isRest("POST", "/subscribe/payments/again")
                    || e.isRest("POST", "/subscribe/payments/schedule"));
    if (charges.isEmpty()) {
      return skipped(observation, Registrations.notExercised(observation, "recurring-charge"));
    }
    Set<String> registered = Registrations.registeredCustomers(observation);
    Set<String> used = usedBefore(observation, charges.get(0).seq());
    List<String> problems = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    for (JournalEntry charge : charges) {
      int before = problems.size();
      String where = "seq " + charge.seq() + " " + charge.path();
      String customer = JsonValues.text(charge.param("customer_uid"));
      if (customer == null) {
        problems.add(says(observation, "no-customer", where));
      } else if (!registered.isEmpty() && !registered.contains(customer)) {
        problems.add(says(observation, "unregistered", where, customer));
      }
      boolean form =
          charge.bodyFormat() == null
              ? JsonValues.allLeavesStrings(charge.params())
              : charge.bodyFormat().equals("form");
      if (charge.path().endsWith("/again")) {
        check(observation, charge.params(), where, form, used, problems);
      } else {
        JsonNode schedules = charge.param("schedules");
        if (!schedules.isArray() || schedules.isEmpty()) {
          problems.add(says(observation, "no-schedules", where));
        }
        for (int i = 0; schedules.isArray() && i < schedules.size(); i++) {
          check(
              observation, schedules.get(i), where + " schedules[" + i + "]", form, used, problems);
        }
      }
      if (problems.size() > before) {
        seqs.add(charge.seq());
      }
    }
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                problems.isEmpty() ? says(observation, "as-expected") : String.join("; ", problems))
            .withJournal(
                (problems.isEmpty() ? charges.stream().map(JournalEntry::seq).toList() : seqs)
                    .stream().mapToLong(Long::longValue).toArray())
            .with("registered_customer_uids", registered)
            .with("problems", problems);
    return problems.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }

  /**
   * The merchant_uids used before the first charge: by request_pay calls (registrations included)
   * in this scenario and earlier ones.
   */
  private static Set<String> usedBefore(Observation observation, long seq) {
    Set<String> used = new java.util.HashSet<>();
    java.util.stream.Stream.concat(observation.earlier().stream(), observation.journal().stream())
        .filter(e -> e.seq() < seq && e.isRequestPay())
        .map(e -> JsonValues.text(e.param("merchant_uid")))
        .filter(uid -> uid != null)
        .forEach(used::add);
    return used;
  }

  /** Checks one charge; a fresh merchant_uid joins the used ones, so a repeat is caught too. */
  private void check(
      Observation observation,
      JsonNode charge,
      String where,
      boolean form,
      Set<String> used,
      List<String> problems) {
    String merchantUid = JsonValues.text(charge.path("merchant_uid"));
    if (merchantUid == null) {
      problems.add(says(observation, "no-merchant-uid", where));
    } else if (!used.add(merchantUid)) {
      problems.add(says(observation, "used-before", where, merchantUid));
    }
    JsonNode amount = charge.path("amount");
    boolean number =
        JsonValues.isIntegerNumber(amount) || (form && JsonValues.wholeNumber(amount).isPresent());
    if (!number) {
      problems.add(says(observation, "amount", where, JsonValues.type(amount), amount));
    }
  }
}
