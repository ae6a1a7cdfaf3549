package dev.preflight.report;

import dev.preflight.inspection.Finding;

/** One rule's finding on one scenario, kept with the scenario so its journal can be shown. */
public record RuleOutcome(ScenarioResult scenario, Finding finding) {

  public RuleVerdict verdict() {
    return RuleVerdict.of(finding.verdict());
  }
}
