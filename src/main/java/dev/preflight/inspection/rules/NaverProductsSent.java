package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.List;

/** NP-PRD-1: a general payment sends {@code naverProducts}, a non-empty array. */
public final class NaverProductsSent extends ReviewRule {
  public NaverProductsSent() {
    super("NP-PRD-1", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<Attempt> payments =
        Attempt.of(observation.journal()).stream().filter(a -> !a.registrationIntended()).toList();
    if (payments.isEmpty()) {
      return skipped(observation, sharedSays(observation, "common.no-payment"));
    }
    List<Attempt> wrong =
        payments.stream()
            .filter(
                a ->
                    !a.params().path("naverProducts").isArray()
                        || a.params().path("naverProducts").isEmpty())
            .toList();
    Attempt shown = wrong.isEmpty() ? payments.get(payments.size() - 1) : wrong.get(0);
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                JsonValues.type(shown.params().path("naverProducts")))
            .withJournal(
                (wrong.isEmpty() ? payments : wrong)
                    .stream().mapToLong(a -> a.call().seq()).toArray())
            .with("params.naverProducts", JsonValues.typed(shown.params().path("naverProducts")));
    return wrong.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }
}
