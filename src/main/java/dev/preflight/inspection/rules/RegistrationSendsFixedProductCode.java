package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.List;
import java.util.Optional;

/**
 * NP-SUB-3: a registration sends {@code naverProductCode}, the same one each time for the same
 * product (here: the same {@code name}, in this scenario or an earlier one).
 */
public final class RegistrationSendsFixedProductCode extends ReviewRule {
  public RegistrationSendsFixedProductCode() {
    super("NP-SUB-3", Severity.WARN);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<Attempt> registrations = Registrations.of(observation);
    if (registrations.isEmpty()) {
      return skipped(
          observation, Registrations.notExercised(observation, "billing-key-registration"));
    }
    List<Attempt> all =
        Attempt.of(RestCalls.history(observation)).stream()
            .filter(Attempt::registrationIntended)
            .toList();
    for (Attempt attempt : registrations) {
      String code = JsonValues.text(attempt.params().path("naverProductCode"));
      String name = JsonValues.text(attempt.params().path("name"));
      Optional<String> other =
          all.stream()
              .filter(a -> a.call().seq() < attempt.call().seq())
              .filter(a -> name != null && name.equals(JsonValues.text(a.params().path("name"))))
              .map(a -> JsonValues.text(a.params().path("naverProductCode")))
              .filter(earlier -> earlier != null && !earlier.equals(code))
              .findFirst();
      if (code == null || other.isPresent()) {
        Evidence evidence =
            Evidence.of(says(observation, "expected", name), String.valueOf(code))
                .withJournal(attempt.call().seq())
                .with(
                    "params.naverProductCode",
                    JsonValues.typed(attempt.params().path("naverProductCode")))
                .with("params.name", name);
        return broken(
            observation,
            says(observation, code == null ? "no-code" : "different-codes"),
            other
                .map(earlier -> evidence.with("earlier_naverProductCode", earlier))
                .orElse(evidence));
      }
    }
    return passed(
        observation,
        says(observation, "passed"),
        Evidence.of(says(observation, "expected.all"), says(observation, "sent"))
            .withJournal(registrations.stream().mapToLong(a -> a.call().seq()).toArray()));
  }
}
