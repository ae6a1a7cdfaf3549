package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Rule;
import dev.preflight.inspection.Severity;
import dev.preflight.inspection.Verdict;

/** The id, severity and clause of a rule of rules.md, so each rule class holds only its check. */
abstract class ReviewRule implements Rule {
  private final String id;
  private final Severity severity;
  private final String clause;

  ReviewRule(String id, Severity severity, String clause) {
    this.id = id;
    this.severity = severity;
    this.clause = clause;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String clause() {
    return clause;
  }

  /** A broken rule at a lower severity than its own (NP-SUB-5's contract warning). */
  final Finding brokenAs(Severity as, Observation observation, String summary, Evidence evidence) {
    return new Finding(
        id, as, clause, observation.scenario(), Verdict.broken(as), summary, evidence);
  }

  @Override
  public String toString() {
    return id + " " + getClass().getSimpleName();
  }
}
