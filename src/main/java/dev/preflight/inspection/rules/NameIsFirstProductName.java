package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** NP-PRD-3: {@code name} is the first product's name, without an "외 N건" suffix. */
public final class NameIsFirstProductName extends ReviewRule {
  static final Pattern COUNT_SUFFIX =
      Pattern.compile(
          "(외|및)\\s*\\d+\\s*(건|개|종|품목)|\\band\\s+\\d+\\s+(others?|more|items?)\\b",
          Pattern.CASE_INSENSITIVE);

  public NameIsFirstProductName() {
    super("NP-PRD-3", Severity.WARN);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<Attempt> payments =
        Attempt.of(observation.journal()).stream().filter(a -> !a.registrationIntended()).toList();
    if (payments.isEmpty()) {
      return skipped(observation, "no general payment request_pay was called");
    }
    for (Attempt attempt : payments) {
      String name = JsonValues.text(attempt.params().path("name"));
      String first = JsonValues.text(attempt.params().path("naverProducts").path(0).path("name"));
      boolean suffixed = name != null && COUNT_SUFFIX.matcher(name).find();
      boolean differs = first != null && !first.equals(name);
      if (suffixed || differs) {
        return broken(
            observation,
            suffixed ? "name carries a count suffix" : "name differs from naverProducts[0].name",
            Evidence.of(first == null ? "no count suffix" : first, String.valueOf(name))
                .withJournal(attempt.call().seq())
                .with("params.name", JsonValues.typed(attempt.params().path("name")))
                .with("naverProducts[0].name", first));
      }
    }
    return passed(
        observation,
        "name was the first product's name",
        Evidence.of("naverProducts[0].name", "equal")
            .withJournal(payments.stream().mapToLong(a -> a.call().seq()).toArray()));
  }
}
