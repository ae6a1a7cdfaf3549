package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The verdict at the top of index.html: what a merchant reads before anything else. */
final class HtmlBanner {
  private HtmlBanner() {}

  static String render(InspectionReport report) {
    VerdictCounts counts = report.counts();
    NotJudged notJudged = report.notJudged();
    boolean incomplete = !notJudged.isEmpty() || report.scenarios().isEmpty();
    String kind = report.ruleFailed() ? "fail" : incomplete ? "incomplete" : "pass";
    StringBuilder out = new StringBuilder();
    out.append("<section class=\"banner ").append(kind).append("\">");
    if (report.ruleFailed()) {
      out.append("<h2>Naver would likely reject this integration: ")
          .append(escape(Labels.plural(counts.failed(), "rule", "rules")))
          .append(" failed</h2><p>Each failed rule below shows what Naver expects, what your")
          .append(" integration did, and the evidence. Fix them and run the check again before")
          .append(" you request Naver&#39;s review.</p>");
    } else if (incomplete) {
      out.append(incomplete(report, notJudged));
    } else {
      out.append("<h2>No rule failed</h2><p>Nothing this check exercised would make Naver&#39;s")
          .append(" review ask for a correction.</p>");
    }
    if (counts.warning() + counts.review() > 0) {
      out.append("<p>")
          .append(
              escape(
                  Labels.plural(counts.warning() + counts.review(), "rule has", "rules have")
                      + " warnings worth fixing; they do not fail the check."))
          .append("</p>");
    }
    if (counts.notRun() > 0) {
      out.append("<p>")
          .append(
              escape(
                  Labels.plural(counts.notRun(), "rule was", "rules were")
                      + " not exercised by any scenario, so this report says nothing about"
                      + (counts.notRun() == 1 ? " it." : " them.")))
          .append("</p>");
    }
    out.append(toFix(report)).append(counts(counts, report)).append("</section>");
    if (report.ruleFailed() && incomplete) {
      // A failure leads, but the gaps must not hide behind it: fixing the failures is not enough.
      out.append("<section class=\"banner incomplete\">")
          .append(incomplete(report, notJudged))
          .append("</section>");
    }
    return out.toString();
  }

  /**
   * Why the run cannot pass although it may show no failure: the rules not judged, and the
   * scenarios not driven grouped by why, the first few of each by name.
   */
  private static String incomplete(InspectionReport report, NotJudged notJudged) {
    if (!report.problems().isEmpty()) {
      StringBuilder out =
          new StringBuilder(
              "<h2>The check could not run, so it judged nothing</h2><p>No scenario ran and no"
                  + " rule was judged: this report cannot say the integration passes. Fix what"
                  + " follows and run the check again.</p><ul class=\"problems\">");
      report.problems().forEach(p -> out.append("<li>").append(escape(p)).append("</li>"));
      return out.append("</ul>").toString();
    }
    if (report.scenarios().isEmpty()) {
      return "<h2>The check judged nothing: no scenario ran</h2><p>No scenario matched what this"
          + " run asked for, so this report cannot say the integration passes. Loosen --tags,"
          + " --rules or --device and run the check again.</p>";
    }
    StringBuilder out = new StringBuilder("<h2>");
    List<String> rules = notJudged.rules().stream().map(rule -> rule.rule().id()).toList();
    if (rules.isEmpty()) {
      out.append(
          escape(
              "The check could not drive "
                  + Labels.plural(notJudged.scenarios().size(), "scenario", "scenarios")));
    } else {
      out.append(
              escape("The check could not judge " + Labels.plural(rules.size(), "rule", "rules")))
          .append(": <span class=\"rid\">")
          .append(escape(firstFew(rules, RULES_NAMED)))
          .append("</span>");
    }
    out.append("</h2><p>")
        .append(
            escape(
                Labels.plural(notJudged.scenarios().size(), "scenario", "scenarios")
                    + " should have run but "
                    + (notJudged.scenarios().size() == 1 ? "was" : "were")
                    + " not driven to a verdict, so this report cannot say the integration"
                    + " passes:"))
        .append("</p><ul class=\"not-judged\">");
    Map<String, List<String>> byWhy = new LinkedHashMap<>();
    for (ScenarioResult scenario : notJudged.scenarios()) {
      byWhy
          .computeIfAbsent(why(scenario), reason -> new ArrayList<>())
          .add("\u201c" + scenario.label() + "\u201d");
    }
    byWhy.entrySet().stream()
        .limit(REASONS_NAMED)
        .forEach(
            group ->
                out.append("<li>")
                    .append(escape(firstFew(group.getValue(), NAMED)))
                    .append(": <span class=\"why\">")
                    .append(escape(group.getKey()))
                    .append("</span></li>"));
    if (byWhy.size() > REASONS_NAMED) {
      out.append("<li>")
          .append(escape("and " + (byWhy.size() - REASONS_NAMED) + " more reasons (see Scenarios)"))
          .append("</li>");
    }
    return out.append("</ul><p>Fix what stopped them (start the site, or correct its profile:")
        .append(" <code>check --probe</code> tries it alone) and run the check again.</p>")
        .toString();
  }

  /** Why a scenario was not judged, as it recorded it. */
  private static String why(ScenarioResult scenario) {
    if (scenario.stopReason() != null && !scenario.stopReason().isBlank()) {
      return scenario.stopReason();
    }
    return scenario.findings().stream()
        .map(finding -> finding.reason())
        .findFirst()
        .orElse("no reason was recorded");
  }

  /** The first items, and how many more, to keep a line short. */
  private static String firstFew(List<String> items, int named) {
    String shown = items.stream().limit(named).collect(Collectors.joining(", "));
    return items.size() <= named ? shown : shown + " and " + (items.size() - named) + " more";
  }

  private static final int RULES_NAMED = 5;
  private static final int REASONS_NAMED = 4;

  /** The rules to act on, linked to their sections: what to fix before reading further. */
  private static String toFix(InspectionReport report) {
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
          .append(Labels.badge(rule.verdict()))
          .append(" <a href=\"#")
          .append(HtmlRules.anchor(rule))
          .append("\"><span class=\"rid\">")
          .append(escape(rule.rule().id()))
          .append("</span> ")
          .append(escape(rule.rule().title()))
          .append("</a> <span class=\"where\">in ")
          .append(escape(scenarios(rule)))
          .append("</span></li>");
    }
    return out.append("</ol>").toString();
  }

  /** Where the rule broke: the first scenarios by name, and how many more, to keep it one line. */
  private static String scenarios(RuleSummary rule) {
    List<String> names =
        rule.outcomes().stream()
            .filter(outcome -> outcome.verdict() == rule.verdict())
            .map(outcome -> "\u201c" + outcome.scenario().label() + "\u201d")
            .distinct()
            .toList();
    return firstFew(names, NAMED);
  }

  private static final int NAMED = 2;

  /**
   * What the check did, in two sentences, for a merchant who has never seen the tool: the verdicts
   * mean little without knowing what produced them.
   */
  static String howItWorked(InspectionReport report) {
    RunInfo run = report.run();
    return "<p class=\"intro\">npay-preflight played a buyer on "
        + escape(run.merchantName())
        + " in "
        + escape(run.browser())
        + ": "
        + escape(Labels.plural(report.scenarios().size(), "scenario", "scenarios"))
        + " of purchases, failures of the Naver Pay window, cancels and subscriptions, against a"
        + " simulated i&#39;mport gateway that recorded what the page passed to"
        + " <code>IMP.request_pay</code> and what the server sent to the REST API. Each of"
        + " Naver&#39;s review rules below is judged from that record and from what the buyer saw."
        + " <a href=\"#how-to-read\">How to read this report</a></p>";
  }

  private static String counts(VerdictCounts counts, InspectionReport report) {
    return "<ul class=\"counts\">"
        + count(counts.failed(), RuleVerdict.FAILED)
        + count(counts.warning(), RuleVerdict.WARNING)
        + count(counts.review(), RuleVerdict.REVIEW)
        + count(counts.passed(), RuleVerdict.PASSED)
        + count(counts.skipped(), RuleVerdict.SKIPPED)
        + count(counts.notRun(), RuleVerdict.NOT_RUN)
        + "<li>"
        + escape(
            counts.total()
                + " rules, "
                + Labels.plural(report.scenarios().size(), "scenario", "scenarios"))
        + "</li></ul>";
  }

  private static String count(int count, RuleVerdict verdict) {
    return "<li><b>" + count + "</b> " + Labels.badge(verdict) + "</li>";
  }
}
