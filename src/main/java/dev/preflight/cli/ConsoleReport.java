package dev.preflight.cli;

import dev.preflight.report.InspectionReport;
import dev.preflight.report.NotJudged;
import dev.preflight.report.RuleOutcome;
import dev.preflight.report.RuleSummary;
import dev.preflight.report.RuleVerdict;
import dev.preflight.report.ScenarioResult;
import dev.preflight.report.VerdictCounts;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** What {@code check} prints: a line per scenario as it ends, then a table by rule. */
final class ConsoleReport {
  private final PrintWriter out;
  private final int total;
  private final java.time.Instant started = java.time.Instant.now();
  private int scenarios;

  /**
   * @param total how many scenarios the run will end, for "n/N" and the time left
   */
  ConsoleReport(PrintWriter out, int total) {
    this.out = out;
    this.total = total;
  }

  /** The first line, before the first scenario has ended: what is coming. */
  void starting(int workers) {
    out.printf(
        "Running %d %s with %d %s%n",
        total,
        total == 1 ? "scenario" : "scenarios",
        workers,
        workers == 1 ? "worker" : "workers side by side");
    out.flush();
  }

  /**
   * One line: the scenario's worst verdict (or NOT JUDGED, when it was not driven to one), its
   * device, its name, and the rules that need a look.
   */
  synchronized void scenario(ScenarioResult result) {
    scenarios++;
    RuleVerdict worst =
        result.findings().stream()
            .map(f -> RuleVerdict.of(f.verdict()))
            .min(Comparator.naturalOrder())
            .orElse(RuleVerdict.NOT_RUN);
    String attention =
        result.findings().stream()
            .filter(f -> RuleVerdict.of(f.verdict()).needsAttention())
            .map(f -> f.ruleId() + " " + f.verdict())
            .collect(Collectors.joining(", "));
    out.printf(
        "[%2d/%d] %-8s %-6s %s%s  %s%n",
        scenarios,
        total,
        result.notJudged() ? "NOT JUDGED" : word(worst),
        result.device() == null ? "" : result.device(),
        result.name(),
        attention.isEmpty() ? "" : "  (" + attention + ")",
        pace());
    out.flush();
  }

  /** The time so far and, from the pace so far, the time left: "0:42, about 1:10 left". */
  private String pace() {
    long elapsed = java.time.Duration.between(started, java.time.Instant.now()).toSeconds();
    int left = Math.max(0, total - scenarios);
    if (left == 0) {
      return clock(elapsed);
    }
    return clock(elapsed) + ", about " + clock(elapsed * left / Math.max(1, scenarios)) + " left";
  }

  private static String clock(long seconds) {
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  /** The table by rule, the totals, and what the verdict means for the exit code. */
  void summary(InspectionReport report) {
    out.println();
    out.printf(
        "%-10s %-5s %-13s %-9s %s%n", "RULE", "SEV", "VERDICT", "SCENARIOS", "WHAT IT CHECKS");
    List<String> notRun = new java.util.ArrayList<>();
    for (RuleSummary rule : report.ruleSummaries()) {
      if (rule.verdict() == RuleVerdict.NOT_RUN) {
        notRun.add(rule.rule().id());
        continue;
      }
      out.printf(
          "%-10s %-5s %-13s %-9s %s%n",
          rule.rule().id(),
          rule.rule().severity(),
          word(rule.verdict()),
          scenarioCount(rule),
          rule.rule().title());
      List<RuleOutcome> attention =
          rule.outcomes().stream().filter(o -> o.verdict().needsAttention()).toList();
      if (!attention.isEmpty()) {
        RuleOutcome first = attention.get(0);
        out.printf("%32s %s: %s%n", "", first.scenario().label(), first.finding().reason());
        if (!first.finding().evidence().actual().isBlank()) {
          out.printf("%32s   %s%n", "", first.finding().evidence().actual());
        }
        if (attention.size() > 1) {
          int more = attention.size() - 1;
          out.printf(
              "%32s and %d more %s (see the report)%n",
              "", more, more == 1 ? "scenario" : "scenarios");
        }
      }
      if (rule.verdict() == RuleVerdict.SKIPPED) {
        rule.skipReasons().forEach(reason -> out.printf("%32s skipped: %s%n", "", reason));
      }
    }
    if (!notRun.isEmpty()) {
      out.printf("%nNo scenario of this run exercised %s.%n", String.join(", ", notRun));
    }
    VerdictCounts counts = report.counts();
    out.println();
    out.printf(
        "%d rules: %d passed, %d failed, %d warnings, %d to review, %d skipped, %d not run%n",
        counts.total(),
        counts.passed(),
        counts.failed(),
        counts.warning(),
        counts.review(),
        counts.skipped(),
        counts.notRun());
    NotJudged notJudged = report.notJudged();
    if (!notJudged.isEmpty()) {
      out.printf(
          "Not judged: %d %s, in %d %s not driven to a verdict (see the report).%n",
          notJudged.rules().size(),
          notJudged.rules().size() == 1 ? "rule" : "rules",
          notJudged.scenarios().size(),
          notJudged.scenarios().size() == 1 ? "scenario" : "scenarios");
    }
    out.flush();
  }

  private static String scenarioCount(RuleSummary rule) {
    long judged = rule.outcomes().size() - rule.count(RuleVerdict.SKIPPED);
    return rule.outcomes().isEmpty() ? "-" : judged + "/" + rule.outcomes().size();
  }

  private static String word(RuleVerdict verdict) {
    return verdict.name().replace('_', ' ');
  }
}
