package dev.preflight.inspection;

/**
 * Whose rule it is: Naver's review (rules.md's clauses), or the tool's own resilience checks, which
 * Naver does not run. Only Naver's rules count towards "Naver would likely reject".
 */
public enum RuleKind {
  NAVER,
  TOOL
}
