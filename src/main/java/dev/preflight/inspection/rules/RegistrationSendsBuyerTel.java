package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.List;

/**
 * NP-SUB-2: a billing-key registration sends {@code buyer_tel}. buyer_tel is required for Naver Pay
 * recurring registration.
 */
public final class RegistrationSendsBuyerTel extends ReviewRule {
  public RegistrationSendsBuyerTel() {
    super("NP-SUB-2", Severity.FAIL, "Registration sends buyer_tel (required for naverpay).");
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
            .filter(a -> !JsonValues.isNonEmptyString(a.params().path("buyer_tel")))
            .toList();
    Attempt shown = wrong.isEmpty() ? registrations.get(registrations.size() - 1) : wrong.get(0);
    Evidence evidence =
        Evidence.of(
                "buyer_tel: a non-empty string", String.valueOf(shown.params().get("buyer_tel")))
            .withJournal(
                (wrong.isEmpty() ? registrations : wrong)
                    .stream().mapToLong(a -> a.call().seq()).toArray())
            .with("params.buyer_tel", JsonValues.typed(shown.params().path("buyer_tel")));
    return wrong.isEmpty()
        ? passed(observation, "every registration sent buyer_tel", evidence)
        : broken(observation, "a registration was sent without buyer_tel", evidence);
  }
}
