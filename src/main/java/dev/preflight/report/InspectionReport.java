package dev.preflight.report;

import dev.preflight.inspection.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one check run found, as the three report formats read it.
 *
 * @param rules the catalogue, so a rule no scenario exercised still shows, as NOT RUN
 * @param problems why the check could not run at all (a port in use, a feature it cannot read), one
 *     line each; empty when it ran
 */
public record InspectionReport(
    RunInfo run,
    List<ScenarioResult> scenarios,
    List<CatalogueEntry> rules,
    List<String> problems) {

  public InspectionReport {
    scenarios = List.copyOf(scenarios);
    rules = List.copyOf(rules);
    problems = List.copyOf(problems);
  }

  /** The report of a check that ran. */
  public InspectionReport(RunInfo run, List<ScenarioResult> scenarios, List<CatalogueEntry> rules) {
    this(run, scenarios, rules, List.of());
  }

  /**
   * The report of a check that could not run: no scenario, every rule not judged, and why, so that
   * CI reading any of the reports sees a run that proves nothing rather than a missing file.
   */
  public static InspectionReport couldNotRun(RunInfo run, List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a check that could not run says why");
    }
    return new InspectionReport(run, List.of(), CatalogueEntry.all(), problems);
  }

  /** A report over the whole rule catalogue. */
  public static InspectionReport of(RunInfo run, List<ScenarioResult> scenarios) {
    return new InspectionReport(run, scenarios, CatalogueEntry.all());
  }

  /**
   * True when at least one scenario ran, no finding FAILED and nothing was left not judged: the
   * check command exits 0 exactly then. A rule skipped because the site lacks a capability does not
   * stop a pass; a scenario the check could not drive does, since its rules were never judged.
   */
  public boolean passed() {
    return problems.isEmpty() && !ruleFailed() && notJudged().isEmpty() && !scenarios.isEmpty();
  }

  /** True when some finding FAILED: Naver's review would ask for a correction. */
  public boolean ruleFailed() {
    return outcomes().stream().anyMatch(outcome -> outcome.finding().verdict() == Verdict.FAILED);
  }

  /** The scenarios not driven to a verdict, and the rules that were therefore not judged. */
  public NotJudged notJudged() {
    return NotJudged.of(scenarios, ruleSummaries());
  }

  /** Every finding with its scenario, in scenario order. */
  public List<RuleOutcome> outcomes() {
    List<RuleOutcome> all = new ArrayList<>();
    for (ScenarioResult scenario : scenarios) {
      scenario.findings().forEach(finding -> all.add(new RuleOutcome(scenario, finding)));
    }
    return all;
  }

  /**
   * One summary per catalogue rule, in catalogue order; a finding for a rule outside the catalogue
   * gets a summary of its own at the end rather than being dropped.
   */
  public List<RuleSummary> ruleSummaries() {
    Map<String, List<RuleOutcome>> byRule = new LinkedHashMap<>();
    rules.forEach(rule -> byRule.put(rule.id(), new ArrayList<>()));
    Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
    rules.forEach(rule -> entries.put(rule.id(), rule));
    for (RuleOutcome outcome : outcomes()) {
      String id = outcome.finding().ruleId();
      entries.computeIfAbsent(
          id,
          unknown ->
              new CatalogueEntry(
                  unknown,
                  outcome.finding().severity(),
                  dev.preflight.inspection.RuleKind.NAVER,
                  outcome.finding().clause()));
      byRule.computeIfAbsent(id, unknown -> new ArrayList<>()).add(outcome);
    }
    return byRule.entrySet().stream()
        .map(rule -> RuleSummary.of(entries.get(rule.getKey()), rule.getValue()))
        .toList();
  }

  /**
   * The failed rules that are Naver's own: what "Naver would likely reject" counts. The tool's
   * resilience checks fail the check too, but Naver's review does not run them.
   */
  public List<RuleSummary> naverRulesFailed() {
    return failed(true);
  }

  /** The failed rules that are the tool's own resilience checks. */
  public List<RuleSummary> toolChecksFailed() {
    return failed(false);
  }

  private List<RuleSummary> failed(boolean navers) {
    return ruleSummaries().stream()
        .filter(rule -> rule.verdict() == RuleVerdict.FAILED)
        .filter(rule -> rule.rule().isNavers() == navers)
        .toList();
  }

  public VerdictCounts counts() {
    return VerdictCounts.of(ruleSummaries());
  }
}
