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
      return skipped(observation, sharedSays(observation, "common.no-payment"));
    }
    boolean compared = false;
    for (Attempt attempt : payments) {
      String name = JsonValues.text(attempt.params().path("name"));
      String first = JsonValues.text(attempt.params().path("naverProducts").path(0).path("name"));
      boolean suffixed = name != null && COUNT_SUFFIX.matcher(name).find();
      boolean differs = first != null && !first.equals(name);
      compared |= first != null;
      if (suffixed || differs) {
        return broken(
            observation,
            says(observation, suffixed ? "suffixed" : "differs"),
            Evidence.of(
                    first == null ? says(observation, "expected.no-suffix") : first,
                    String.valueOf(name))
                .withJournal(attempt.call().seq())
                .with("params.name", JsonValues.typed(attempt.params().path("name")))
                .with("naverProducts[0].name", first));
      }
    }
    if (!compared) {
      // Nothing to compare name with: NP-PRD-1 judges the missing naverProducts.
      return skipped(observation, says(observation, "no-products"));
    }
    return passed(
        observation,
        says(observation, "passed"),
        Evidence.of("naverProducts[0].name", says(observation, "equal"))
            .withJournal(payments.stream().mapToLong(a -> a.call().seq()).toArray()));
  }
}
