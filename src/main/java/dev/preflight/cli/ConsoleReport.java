package dev.preflight.cli;

import dev.preflight.report.InspectionReport;
import dev.preflight.report.NotJudged;
import dev.preflight.report.RuleOutcome;
import dev.preflight.report.RuleSummary;
import dev.preflight.report.RuleVerdict;
import dev.preflight.report.ScenarioResult;
import dev.preflight.report.VerdictCounts;
import dev.preflight.text.Messages;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** What {@code check} prints: a line per scenario as it ends, then a table by rule. */
final class ConsoleReport {
  private static final String INDENT = " ".repeat(32);
  private final Messages m;
  private final PrintWriter out;
  private final int total;
  private final java.time.Instant started = java.time.Instant.now();
  private int scenarios;

  /**
   * @param total how many scenarios the run will end, for "n/N" and the time left
   */
  ConsoleReport(Messages m, PrintWriter out, int total) {
    this.m = m;
    this.out = out;
    this.total = total;
  }

  /** The first line, before the first scenario has ended: what is coming. */
  void starting(int workers) {
    out.println(
        m.get(
            workers == 1 ? "cli.console.running.one" : "cli.console.running.many",
            m.counted(total, "count.scenario"),
            workers));
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
            .map(f -> f.ruleId() + " " + word(RuleVerdict.of(f.verdict())))
            .collect(Collectors.joining(", "));
    out.printf(
        "[%2d/%d] %s %s %s%s  %s%n",
        scenarios,
        total,
        Columns.pad(result.notJudged() ? m.get("cli.console.not-judged") : word(worst), 10),
        Columns.pad(result.device() == null ? "" : result.device(), 6),
        result.title(m),
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
    return m.get(
        "cli.console.pace", clock(elapsed), clock(elapsed * left / Math.max(1, scenarios)));
  }

  private static String clock(long seconds) {
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  /** The table by rule, the totals, and what the verdict means for the exit code. */
  void summary(InspectionReport report) {
    out.println();
    out.println(
        row(
            m.get("cli.console.col.rule"),
            m.get("cli.console.col.severity"),
            m.get("cli.console.col.verdict"),
            m.get("cli.console.col.scenarios"),
            m.get("cli.console.col.checks")));
    List<String> notRun = new java.util.ArrayList<>();
    for (RuleSummary rule : report.ruleSummaries()) {
      if (rule.verdict() == RuleVerdict.NOT_RUN) {
        notRun.add(rule.rule().id());
        continue;
      }
      out.println(
          row(
              rule.rule().id(),
              rule.rule().severity().name(),
              word(rule.verdict()),
              scenarioCount(rule),
              rule.rule().title(m)
                  + (rule.rule().isNavers() ? "" : " [" + m.get("kind.TOOL") + "]")));
      List<RuleOutcome> attention =
          rule.outcomes().stream().filter(o -> o.verdict().needsAttention()).toList();
      if (!attention.isEmpty()) {
        RuleOutcome first = attention.get(0);
        out.println(INDENT + " " + first.scenario().label(m) + ": " + first.reason(m));
        // A scenario that stopped already said why in the reason; its evidence only repeats it.
        if (!first.scenario().notJudged() && !first.finding().evidence().actual().isBlank()) {
          out.println(INDENT + "   " + first.finding().evidence().actual());
        }
        if (attention.size() > 1) {
          out.println(
              INDENT
                  + " "
                  + m.get("cli.console.more", m.counted(attention.size() - 1, "count.scenario")));
        }
      }
      if (rule.verdict() == RuleVerdict.SKIPPED) {
        rule.skipReasons(m)
            .forEach(reason -> out.println(INDENT + " " + m.get("cli.console.skipped", reason)));
      }
    }
    if (!notRun.isEmpty()) {
      out.println();
      out.println(m.get("cli.console.not-run", String.join(", ", notRun)));
    }
    VerdictCounts counts = report.counts();
    out.println();
    out.println(
        m.get(
            "cli.console.totals",
            m.counted(counts.total(), "count.rule"),
            counts.passed(),
            counts.failed(),
            counts.warning(),
            counts.review(),
            counts.skipped(),
            counts.notRun()));
    int naverFailed = report.naverRulesFailed().size();
    int toolFailed = report.toolChecksFailed().size();
    if (naverFailed > 0) {
      out.println(m.get("cli.console.reject", m.counted(naverFailed, "count.rule")));
    }
    if (toolFailed > 0) {
      out.println(m.get("cli.console.tool-failed", m.counted(toolFailed, "count.check")));
    }
    NotJudged notJudged = report.notJudged();
    if (!notJudged.isEmpty()) {
      out.println(
          m.get(
              "cli.console.not-judged.summary",
              m.counted(notJudged.rules().size(), "count.rule"),
              m.counted(notJudged.scenarios().size(), "count.scenario")));
    }
    out.flush();
  }

  private static String row(String id, String severity, String verdict, String count, String what) {
    return Columns.pad(id, 10)
        + " "
        + Columns.pad(severity, 5)
        + " "
        + Columns.pad(verdict, 13)
        + " "
        + Columns.pad(count, 9)
        + " "
        + what;
  }

  private static String scenarioCount(RuleSummary rule) {
    long judged = rule.outcomes().size() - rule.count(RuleVerdict.SKIPPED);
    return rule.outcomes().isEmpty() ? "-" : judged + "/" + rule.outcomes().size();
  }

  private String word(RuleVerdict verdict) {
    return m.get("cli.verdict." + verdict.name());
  }
}
