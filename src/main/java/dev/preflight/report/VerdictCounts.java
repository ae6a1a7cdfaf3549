package dev.preflight.report;

import java.util.List;

/** How many rules ended with each overall verdict; they add up to the catalogue's size. */
public record VerdictCounts(
    int passed, int failed, int warning, int review, int skipped, int notRun) {

  static VerdictCounts of(List<RuleSummary> rules) {
    int[] counts = new int[RuleVerdict.values().length];
    rules.forEach(rule -> counts[rule.verdict().ordinal()]++);
    return new VerdictCounts(
        counts[RuleVerdict.PASSED.ordinal()],
        counts[RuleVerdict.FAILED.ordinal()],
        counts[RuleVerdict.WARNING.ordinal()],
        counts[RuleVerdict.REVIEW.ordinal()],
        counts[RuleVerdict.SKIPPED.ordinal()],
        counts[RuleVerdict.NOT_RUN.ordinal()]);
  }

  public int total() {
    return passed + failed + warning + review + skipped + notRun;
  }
}
