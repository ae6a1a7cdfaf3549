package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import dev.preflight.text.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The verdict at the top of index.html: what a merchant reads before anything else. */
final class HtmlBanner {
  private static final int RULES_NAMED = 5;
  private static final int REASONS_NAMED = 4;
  private static final int NAMED = 2;

  private HtmlBanner() {}

  static String render(Messages m, InspectionReport report) {
    VerdictCounts counts = report.counts();
    NotJudged notJudged = report.notJudged();
    boolean incomplete = !notJudged.isEmpty() || report.scenarios().isEmpty();
    String kind = report.ruleFailed() ? "fail" : incomplete ? "incomplete" : "pass";
    int naverFailed = report.naverRulesFailed().size();
    int toolFailed = report.toolChecksFailed().size();
    StringBuilder out = new StringBuilder();
    out.append("<section class=\"banner ").append(kind).append("\">");
    if (naverFailed > 0) {
      out.append("<h2>")
          .append(escape(m.get("html.banner.reject", m.counted(naverFailed, "count.rule"))))
          .append("</h2><p>")
          .append(escape(m.get("html.banner.reject.then")))
          .append("</p>");
    } else if (toolFailed > 0) {
      out.append("<h2>")
          .append(escape(m.get("html.banner.tool-failed", m.counted(toolFailed, "count.check"))))
          .append("</h2><p>")
          .append(escape(m.get("html.banner.tool-failed.then")))
          .append("</p>");
    } else if (incomplete) {
      out.append(incomplete(m, report, notJudged));
    } else {
      out.append("<h2>")
          .append(escape(m.get("html.banner.pass")))
          .append("</h2><p>")
          .append(escape(m.get("html.banner.pass.then")))
          .append("</p>");
    }
    if (naverFailed > 0 && toolFailed > 0) {
      out.append("<p>")
          .append(escape(m.get("html.banner.tool-also", m.counted(toolFailed, "count.check"))))
          .append("</p>");
    }
    if (counts.warning() + counts.review() > 0) {
      out.append("<p>")
          .append(
              escape(
                  m.get(
                      counts.warning() + counts.review() == 1
                          ? "html.banner.warnings.one"
                          : "html.banner.warnings.many",
                      m.counted(counts.warning() + counts.review(), "count.rule"))))
          .append("</p>");
    }
    if (counts.notRun() > 0) {
      out.append("<p>")
          .append(
              escape(
                  m.get(
                      counts.notRun() == 1 ? "html.banner.not-run.one" : "html.banner.not-run.many",
                      m.counted(counts.notRun(), "count.rule"))))
          .append("</p>");
    }
    out.append(toFix(m, report)).append(counts(m, counts, report)).append("</section>");
    if (report.ruleFailed() && incomplete) {
      // A failure leads, but the gaps must not hide behind it: fixing the failures is not enough.
      out.append("<section class=\"banner incomplete\">")
          .append(incomplete(m, report, notJudged))
          .append("</section>");
    }
    return out.toString();
  }

  /**
   * Why the run cannot pass although it may show no failure: the rules not judged, and the
   * scenarios not driven grouped by why, the first few of each by name.
   */
  private static String incomplete(Messages m, InspectionReport report, NotJudged notJudged) {
    if (!report.problems().isEmpty()) {
      StringBuilder out =
          new StringBuilder("<h2>")
              .append(escape(m.get("html.banner.could-not-run")))
              .append("</h2><p>")
              .append(escape(m.get("html.banner.could-not-run.then")))
              .append("</p><ul class=\"problems\">");
      report.problems().forEach(p -> out.append("<li>").append(escape(p)).append("</li>"));
      return out.append("</ul>").toString();
    }
    if (report.scenarios().isEmpty()) {
      return "<h2>"
          + escape(m.get("html.banner.no-scenario"))
          + "</h2><p>"
          + escape(m.get("html.banner.no-scenario.then"))
          + "</p>";
    }
    StringBuilder out = new StringBuilder("<h2>");
    List<String> rules = notJudged.rules().stream().map(rule -> rule.rule().id()).toList();
    int scenarios = notJudged.scenarios().size();
    if (rules.isEmpty()) {
      out.append(escape(m.get("html.banner.not-driven", m.counted(scenarios, "count.scenario"))));
    } else {
      out.append(escape(m.get("html.banner.not-judged", m.counted(rules.size(), "count.rule"))))
          .append(": <span class=\"rid\">")
          .append(escape(firstFew(m, rules, RULES_NAMED)))
          .append("</span>");
    }
    out.append("</h2><p>")
        .append(
            escape(
                m.get(
                    scenarios == 1 ? "html.banner.not-judged.one" : "html.banner.not-judged.many",
                    m.counted(scenarios, "count.scenario"))))
        .append("</p><ul class=\"not-judged\">");
    Map<String, List<String>> byWhy = new LinkedHashMap<>();
    for (ScenarioResult scenario : notJudged.scenarios()) {
      byWhy
          .computeIfAbsent(why(m, scenario), reason -> new ArrayList<>())
          .add("\u201c" + scenario.label(m) + "\u201d");
    }
    byWhy.entrySet().stream()
        .limit(REASONS_NAMED)
        .forEach(
            group ->
                out.append("<li>")
                    .append(escape(firstFew(m, group.getValue(), NAMED)))
                    .append(": <span class=\"why\">")
                    .append(escape(group.getKey()))
                    .append("</span></li>"));
    if (byWhy.size() > REASONS_NAMED) {
      out.append("<li>")
          .append(escape(m.get("html.banner.more-reasons", byWhy.size() - REASONS_NAMED)))
          .append("</li>");
    }
    return out.append("</ul><p>")
        .append(m.get("html.banner.not-judged.fix.html"))
        .append("</p>")
        .toString();
  }

  /** Why a scenario was not judged, as it recorded it. */
  private static String why(Messages m, ScenarioResult scenario) {
    if (scenario.stopReason() != null) {
      return scenario.stopReason(m);
    }
    return scenario.findings().stream()
        .map(finding -> finding.reason())
        .findFirst()
        .orElse(m.get("html.banner.no-reason"));
  }

  /** The first items, and how many more, to keep a line short. */
  private static String firstFew(Messages m, List<String> items, int named) {
    String shown = String.join(", ", items.stream().limit(named).toList());
    return items.size() <= named ? shown : m.get("html.and-more", shown, items.size() - named);
  }

  /** The rules to act on, linked to their sections: what to fix before reading further. */
  private static String toFix(Messages m, InspectionReport report) {
    List<RuleSummary> act =
        report.ruleSummaries().stream()
            .filter(rule -> rule.verdict().needsAttention())
            .sorted(Comparator.comparing(RuleSummary::verdict))
            .toList();
    if (act.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<ol class=\"to-fix\">");
    for (RuleSummary rule : act) {
      out.append("<li>")
          .append(Labels.badge(m, rule.verdict()))
          .append(" <a href=\"#")
          .append(HtmlRules.anchor(rule))
          .append("\"><span class=\"rid\">")
          .append(escape(rule.rule().id()))
          .append("</span> ")
          .append(escape(rule.rule().title(m)))
          .append("</a>")
          .append(rule.rule().isNavers() ? "" : HtmlRules.toolChip(m))
          .append(" <span class=\"where\">")
          .append(escape(m.get("html.in", scenarios(m, rule))))
          .append("</span></li>");
    }
    return out.append("</ol>").toString();
  }

  /** Where the rule broke: the first scenarios by name, and how many more, to keep it one line. */
  private static String scenarios(Messages m, RuleSummary rule) {
    List<String> names =
        rule.outcomes().stream()
            .filter(outcome -> outcome.verdict() == rule.verdict())
            .map(outcome -> "\u201c" + outcome.scenario().label(m) + "\u201d")
            .distinct()
            .toList();
    return firstFew(m, names, NAMED);
  }

  /**
   * What the check did, in two sentences, for a merchant who has never seen the tool: the verdicts
   * mean little without knowing what produced them.
   */
  static String howItWorked(Messages m, InspectionReport report) {
    RunInfo run = report.run();
    return "<p class=\"intro\">"
        + m.get(
            "html.intro.html",
            escape(run.merchantName()),
            escape(run.browser()),
            escape(m.counted(report.scenarios().size(), "count.scenario")))
        + "</p>";
  }

  private static String counts(Messages m, VerdictCounts counts, InspectionReport report) {
    return "<ul class=\"counts\">"
        + count(m, counts.failed(), RuleVerdict.FAILED)
        + count(m, counts.warning(), RuleVerdict.WARNING)
        + count(m, counts.review(), RuleVerdict.REVIEW)
        + count(m, counts.passed(), RuleVerdict.PASSED)
        + count(m, counts.skipped(), RuleVerdict.SKIPPED)
        + count(m, counts.notRun(), RuleVerdict.NOT_RUN)
        + "<li>"
        + escape(
            m.get(
                "html.counts.total",
                m.counted(counts.total(), "count.rule"),
                m.counted(report.scenarios().size(), "count.scenario")))
        + "</li></ul>";
  }

  private static String count(Messages m, int count, RuleVerdict verdict) {
    return "<li><b>" + count + "</b> " + Labels.badge(m, verdict) + "</li>";
  }
}
