package dev.preflight.report;

/** How the Cucumber scenario itself ended, apart from what the rules concluded from it. */
public enum ScenarioStatus {
  PASSED,
  FAILED,
  SKIPPED
}
