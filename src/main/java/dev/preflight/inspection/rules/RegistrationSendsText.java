package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.List;

/** The shape of the registration rules that require one request_pay parameter as a string. */
abstract class RegistrationSendsText extends ReviewRule {
  private final String param;

  RegistrationSendsText(String id, String param) {
    super(id, Severity.FAIL);
    this.param = param;
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<Attempt> registrations = Registrations.of(observation);
    if (registrations.isEmpty()) {
      return skipped(
          observation, Registrations.notExercised(observation, "billing-key-registration"));
    }
    List<Attempt> wrong =
        registrations.stream()
            .filter(a -> !JsonValues.isNonEmptyString(a.params().path(param)))
            .toList();
    Attempt shown = wrong.isEmpty() ? registrations.get(registrations.size() - 1) : wrong.get(0);
    Evidence evidence =
        Evidence.of(
                sharedSays(observation, "registration.expected", param),
                String.valueOf(shown.params().get(param)))
            .withJournal(
                (wrong.isEmpty() ? registrations : wrong)
                    .stream().mapToLong(a -> a.call().seq()).toArray())
            .with("params." + param, JsonValues.typed(shown.params().path(param)));
    return wrong.isEmpty()
        ? passed(observation, sharedSays(observation, "registration.passed", param), evidence)
        : broken(observation, sharedSays(observation, "registration.broken", param), evidence);
  }
}
