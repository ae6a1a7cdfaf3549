package dev.preflight.report;

import dev.preflight.text.Messages;
import java.util.Comparator;
import java.util.List;

/**
 * A rule across all scenarios: its overall verdict is the worst of its findings, so one failing
 * scenario fails the rule; a rule whose every finding was skipped is SKIPPED (with the reasons).
 *
 * @param outcomes worst first, then in scenario order
 */
public record RuleSummary(CatalogueEntry rule, RuleVerdict verdict, List<RuleOutcome> outcomes) {

  public RuleSummary {
    outcomes = List.copyOf(outcomes);
  }

  static RuleSummary of(CatalogueEntry rule, List<RuleOutcome> outcomes) {
    List<RuleOutcome> sorted =
        outcomes.stream().sorted(Comparator.comparing(RuleOutcome::verdict)).toList();
    RuleVerdict overall = sorted.isEmpty() ? RuleVerdict.NOT_RUN : sorted.get(0).verdict();
    return new RuleSummary(rule, overall, sorted);
  }

  public long count(RuleVerdict verdict) {
    return outcomes.stream().filter(outcome -> outcome.verdict() == verdict).count();
  }

  /** Why the rule did not apply, each reason once: what a SKIPPED rule shows. */
  public List<String> skipReasons(Messages m) {
    return outcomes.stream()
        .filter(outcome -> outcome.verdict() == RuleVerdict.SKIPPED)
        .map(outcome -> outcome.reason(m))
        .distinct()
        .toList();
  }
}
