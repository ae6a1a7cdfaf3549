package dev.preflight.inspection;

/**
 * One rule's verdict on one scenario, with everything the report needs to explain it.
 *
 * @param reason for SKIPPED, why the rule does not apply; otherwise a one-line summary
 */
public record Finding(
    String ruleId,
    Severity severity,
    String clause,
    String scenario,
    Verdict verdict,
    String reason,
    Evidence evidence) {

  public boolean failed() {
    return verdict == Verdict.FAILED;
  }
}
