package dev.preflight.report;

import dev.preflight.inspection.Verdict;

/**
 * A rule's verdict over the whole run: a scenario verdict, or NOT_RUN when no scenario exercised
 * the rule. Declared worst first, so the order is the precedence.
 */
public enum RuleVerdict {
  FAILED,
  WARNING,
  REVIEW,
  PASSED,
  SKIPPED,
  NOT_RUN;

  public static RuleVerdict of(Verdict verdict) {
    return valueOf(verdict.name());
  }

  public boolean isWorseThan(RuleVerdict other) {
    return ordinal() < other.ordinal();
  }

  /** Whether the merchant has something to fix or look at. */
  public boolean needsAttention() {
    return this == FAILED || this == WARNING || this == REVIEW;
  }
}
