package dev.preflight.report;

import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Verdict;
import dev.preflight.text.Messages;

/** One rule's finding on one scenario, kept with the scenario so its journal can be shown. */
public record RuleOutcome(ScenarioResult scenario, Finding finding) {

  public RuleVerdict verdict() {
    return RuleVerdict.of(finding.verdict());
  }

  /**
   * The finding's reason as a report in {@code m}'s language shows it. On a scenario that stopped
   * before its rules judged it, the harness gave each rule the scenario's stop reason (SKIPPED for
   * a precondition, REVIEW for a scenario it could not finish): that reason is said here in the
   * report's language. A rule's own reason is the finding's, as the rule wrote it.
   */
  public String reason(Messages m) {
    if (!stopped()) {
      return finding.reason();
    }
    String why = scenario.stopReason(m);
    return finding.verdict() == Verdict.SKIPPED
        ? m.get("stop.finding.skipped", why)
        : m.get("stop.finding.not-finished", why);
  }

  /** Whether its scenario stopped before the rule judged it, so the finding is the harness's. */
  public boolean stopped() {
    return scenario.status() != ScenarioStatus.PASSED && scenario.stopReason() != null;
  }
}
