package dev.preflight.report;

/**
 * How the scenario itself ended, apart from what the rules concluded from it. The line between
 * {@link #SKIPPED} and {@link #NOT_JUDGED} is whether the scenario applies to the site: a scenario
 * for a capability the profile does not list is rightly skipped, one the check could not drive is a
 * gap in the verdict.
 */
public enum ScenarioStatus {
  /** It ran to its end and its rules judged it, whatever their verdicts. */
  PASSED,
  /**
   * It does not apply to the site: the profile lacks the capability, or says the site works in a
   * way the scenario cannot exercise (no popup to close in redirect mode, no cart under the
   * minimum). Its rules are SKIPPED with that reason.
   */
  SKIPPED,
  /**
   * It should have run but was not driven to a verdict: the check refused to drive the site (it
   * failed its probe), a step threw (the site errored, a selector never appeared), or an earlier
   * step did not end as it must (no payment completed for the cancel to cancel). Its rules were not
   * judged on it, and the run cannot pass.
   */
  NOT_JUDGED
}
