package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The verdict at the top of index.html: what a merchant reads before anything else. */
final class HtmlBanner {
  private HtmlBanner() {}

  static String render(InspectionReport report) {
    VerdictCounts counts = report.counts();
    boolean failed = !report.passed();
    StringBuilder out = new StringBuilder();
    out.append("<section class=\"banner ").append(failed ? "fail" : "pass").append("\"><h2>");
    if (failed) {
      out.append("Naver would likely reject this integration: ")
          .append(escape(Labels.plural(counts.failed(), "rule", "rules")))
          .append(" failed</h2><p>Each failed rule below shows what Naver expects, what your")
          .append(" integration did, and the evidence. Fix them and run the check again before")
          .append(" you request Naver&#39;s review.</p>");
    } else {
      out.append("No rule failed</h2><p>Nothing this check exercised would make Naver&#39;s")
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
    long broken =
        report.scenarios().stream().filter(s -> s.status() == ScenarioStatus.FAILED).count();
    if (broken > 0) {
      out.append("<p class=\"notice\">")
          .append(escape(Labels.plural(broken, "scenario", "scenarios")))
          .append(" did not run to the end (see Scenarios): rules they would have checked may")
          .append(" show as skipped or not run.</p>");
    }
    return out.toString();
  }

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
    String shown = names.stream().limit(NAMED).collect(Collectors.joining(", "));
    return names.size() <= NAMED ? shown : shown + " and " + (names.size() - NAMED) + " more";
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
