package dev.preflight.inspection;

/**
 * What a rule concluded for one scenario. {@code SKIPPED} always carries the reason (the merchant
 * lacks the capability the rule is about); {@code REVIEW} needs a person's look at the evidence.
 */
public enum Verdict {
  PASSED,
  FAILED,
  WARNING,
  SKIPPED,
  REVIEW;

  /** The verdict for a broken rule of this severity. */
  public static Verdict broken(Severity severity) {
    return severity == Severity.FAIL ? FAILED : severity == Severity.WARN ? WARNING : REVIEW;
  }
}
