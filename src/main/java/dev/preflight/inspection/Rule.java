package dev.preflight.inspection;

/**
 * One of Naver's review rules (rules.md), judged from what a scenario recorded. Rules read evidence
 * only: they never drive a browser or call the gateway.
 */
public interface Rule {
  /** The id in rules.md, e.g. {@code NP-ERR-1}. */
  String id();

  Severity severity();

  /** Naver's review rule, or one of the tool's own resilience checks. */
  RuleKind kind();

  /**
   * The clause of the guide or review form it enforces, in English, as the catalogue gives it (the
   * reports show it in their own language from the catalogue).
   */
  String clause();

  /** The verdict for this scenario's observations. */
  Finding evaluate(Observation observation);

  default Finding passed(Observation observation, String summary, Evidence evidence) {
    return new Finding(
        id(), severity(), clause(), observation.scenario(), Verdict.PASSED, summary, evidence);
  }

  default Finding broken(Observation observation, String summary, Evidence evidence) {
    return new Finding(
        id(),
        severity(),
        clause(),
        observation.scenario(),
        Verdict.broken(severity()),
        summary,
        evidence);
  }

  default Finding skipped(Observation observation, String reason) {
    return new Finding(
        id(),
        severity(),
        clause(),
        observation.scenario(),
        Verdict.SKIPPED,
        reason,
        Evidence.of("", ""));
  }

  default Finding review(Observation observation, String summary, Evidence evidence) {
    return new Finding(
        id(), severity(), clause(), observation.scenario(), Verdict.REVIEW, summary, evidence);
  }
}
