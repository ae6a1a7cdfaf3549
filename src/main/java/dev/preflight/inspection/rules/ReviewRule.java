package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Rule;
import dev.preflight.inspection.RuleKind;
import dev.preflight.inspection.Severity;
import dev.preflight.inspection.Verdict;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;

/**
 * The id, severity and kind of a rule of the catalogue, so each rule class holds only its check;
 * its words (title, clause, how to fix) are in the message bundle under {@code rule.<id>.}.
 */
abstract class ReviewRule implements Rule {
  private final String id;
  private final Severity severity;
  private final RuleKind kind;
  private final String clause;

  /** One of Naver's rules. */
  ReviewRule(String id, Severity severity) {
    this(id, severity, RuleKind.NAVER);
  }

  ReviewRule(String id, Severity severity, RuleKind kind) {
    this.id = id;
    this.severity = severity;
    this.kind = kind;
    this.clause = Messages.of(Lang.EN).get("rule." + id + ".clause");
  }

  @Override
  public final RuleKind kind() {
    return kind;
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

  /**
   * One of this rule's sentences (a summary, why it was skipped, what was expected or seen) in the
   * check's language: {@code finding.<id>.<name>} of the bundle, the values (merchant data among
   * them) filling its placeholders, never its pattern.
   */
  final String says(Observation observation, String name, Object... values) {
    return observation.messages().get("finding." + id + "." + name, values);
  }

  /**
   * A sentence several rules share, from a helper that judges for them all: {@code finding.<key>}.
   */
  static String sharedSays(Observation observation, String key, Object... values) {
    return observation.messages().get("finding." + key, values);
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
