package dev.preflight.report;

import java.util.List;

/**
 * What a run set out to judge and could not: the scenarios not driven to a verdict ({@link
 * ScenarioStatus#NOT_JUDGED}), and the rules they name, whose verdict therefore lacks those
 * scenarios. A rule skipped because the site lacks a capability is not among them.
 *
 * @param scenarios in the order they ran
 * @param rules in catalogue order
 */
public record NotJudged(List<ScenarioResult> scenarios, List<RuleSummary> rules) {

  public NotJudged {
    scenarios = List.copyOf(scenarios);
    rules = List.copyOf(rules);
  }

  static NotJudged of(List<ScenarioResult> scenarios, List<RuleSummary> rules) {
    return new NotJudged(
        scenarios.stream().filter(ScenarioResult::notJudged).toList(),
        rules.stream()
            .filter(rule -> rule.outcomes().stream().anyMatch(o -> o.scenario().notJudged()))
            .toList());
  }

  public boolean isEmpty() {
    return scenarios.isEmpty();
  }
}
