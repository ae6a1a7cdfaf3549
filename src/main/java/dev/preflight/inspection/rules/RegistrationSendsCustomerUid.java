package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.List;

/**
 * NP-SUB-1: a billing-key registration sends {@code customer_uid}. Registration is recognised by
 * customer_uid or a recurring-only parameter (naverProductCode, naverProductCount).
 */
public final class RegistrationSendsCustomerUid extends ReviewRule {
  public RegistrationSendsCustomerUid() {
    super(
        "NP-SUB-1",
        Severity.FAIL,
        "Registration sends customer_uid (without it the call becomes a normal payment).");
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<Attempt> registrations = Registrations.of(observation);
    if (registrations.isEmpty()) {
      return skipped(
          observation, Registrations.notExercised(observation, "billing-key registration"));
    }
    List<Attempt> wrong =
        registrations.stream()
            .filter(a -> !JsonValues.isNonEmptyString(a.params().path("customer_uid")))
            .toList();
    Attempt shown = wrong.isEmpty() ? registrations.get(registrations.size() - 1) : wrong.get(0);
    Evidence evidence =
        Evidence.of(
                "customer_uid: a non-empty string",
                String.valueOf(shown.params().get("customer_uid")))
            .withJournal(
                (wrong.isEmpty() ? registrations : wrong)
                    .stream().mapToLong(a -> a.call().seq()).toArray())
            .with("params.customer_uid", JsonValues.typed(shown.params().path("customer_uid")));
    return wrong.isEmpty()
        ? passed(observation, "every registration sent customer_uid", evidence)
        : broken(observation, "a registration was sent without customer_uid", evidence);
  }
}
