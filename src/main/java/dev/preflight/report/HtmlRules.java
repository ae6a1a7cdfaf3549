package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import java.util.List;

/**
 * The rule-by-rule parts of the HTML report: the summary table, a full section per rule the
 * merchant has to act on, and a folded line per rule that passed, was skipped or did not run.
 */
final class HtmlRules {
  private final HtmlEvidence evidence;

  HtmlRules(HtmlEvidence evidence) {
    this.evidence = evidence;
  }

  static String table(List<RuleSummary> rules) {
    StringBuilder out =
        new StringBuilder(
            "<table class=\"rules\"><thead><tr><th>Rule</th><th>What it checks</th>"
                + "<th>Severity</th><th>Verdict</th><th>Scenarios</th></tr></thead><tbody>");
    for (RuleSummary rule : rules) {
      out.append("<tr class=\"")
          .append(Labels.css(rule.verdict()))
          .append("\"><td class=\"rid\"><a href=\"#")
          .append(anchor(rule))
          .append("\">")
          .append(escape(rule.rule().id()))
          .append("</a></td><td>")
          .append(escape(rule.rule().title()))
          .append("</td><td>")
          .append(Labels.severityChip(rule.rule().severity()))
          .append("</td><td>")
          .append(Labels.badge(rule.verdict()))
          .append("</td><td class=\"tally\">")
          .append(escape(tally(rule)))
          .append("</td></tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  String attention(RuleSummary rule) {
    StringBuilder out = new StringBuilder();
    out.append("<article class=\"rule ")
        .append(Labels.css(rule.verdict()))
        .append("\" id=\"")
        .append(anchor(rule))
        .append("\">")
        .append(heading(rule))
        .append(clause(rule));
    List<RuleOutcome> act =
        rule.outcomes().stream().filter(o -> o.verdict().needsAttention()).toList();
    for (RuleOutcome outcome : act) {
      out.append("<section class=\"finding ")
          .append(Labels.css(outcome.verdict()))
          .append("\"><h4>")
          .append(Labels.badge(outcome.verdict()))
          .append(' ')
          .append(scenarioTitle(outcome.scenario()))
          .append("</h4><p class=\"reason\">")
          .append(escape(outcome.finding().reason()))
          .append("</p>")
          .append(evidence.render(outcome))
          .append("</section>");
    }
    List<RuleOutcome> rest =
        rule.outcomes().stream().filter(o -> !o.verdict().needsAttention()).toList();
    if (!rest.isEmpty()) {
      out.append("<details class=\"others\"><summary>")
          .append(escape(Labels.plural(rest.size(), "other scenario", "other scenarios")))
          .append(" where this rule passed or did not apply</summary>")
          .append(outcomeList(rest))
          .append("</details>");
    }
    return out.append("</article>").toString();
  }

  static String folded(RuleSummary rule) {
    StringBuilder out = new StringBuilder();
    out.append("<details class=\"rule-mini ")
        .append(Labels.css(rule.verdict()))
        .append("\" id=\"")
        .append(anchor(rule))
        .append("\"><summary>")
        .append(Labels.badge(rule.verdict()))
        .append(" <span class=\"rid\">")
        .append(escape(rule.rule().id()))
        .append("</span> ")
        .append(escape(rule.rule().title()))
        .append(" <span class=\"muted\">")
        .append(escape(tally(rule)))
        .append("</span></summary>")
        .append(clause(rule));
    if (rule.outcomes().isEmpty()) {
      out.append("<p class=\"note\">No scenario exercised this rule, so it was not checked.</p>");
    } else {
      out.append(outcomeList(rule.outcomes()));
    }
    return out.append("</details>").toString();
  }

  static String anchor(RuleSummary rule) {
    return "rule-" + escape(rule.rule().id());
  }

  private static String heading(RuleSummary rule) {
    return "<header class=\"rule-head\">"
        + Labels.badge(rule.verdict())
        + "<h3><span class=\"rid\">"
        + escape(rule.rule().id())
        + "</span> "
        + escape(rule.rule().title())
        + "</h3>"
        + Labels.severityChip(rule.rule().severity())
        + "</header>";
  }

  private static String clause(RuleSummary rule) {
    return "<blockquote class=\"clause\"><span class=\"k\">The rule</span>"
        + escape(rule.rule().clause())
        + "</blockquote>";
  }

  private static String outcomeList(List<RuleOutcome> outcomes) {
    StringBuilder out = new StringBuilder("<ul class=\"outcomes\">");
    for (RuleOutcome outcome : outcomes) {
      out.append("<li>")
          .append(Labels.badge(outcome.verdict()))
          .append(' ')
          .append(scenarioTitle(outcome.scenario()))
          .append(": ")
          .append(escape(outcome.finding().reason()));
      if (outcome.verdict() == RuleVerdict.PASSED) {
        out.append(HtmlEvidence.brief(outcome.finding().evidence()));
      }
      out.append("</li>");
    }
    return out.append("</ul>").toString();
  }

  static String scenarioTitle(ScenarioResult scenario) {
    String device =
        scenario.device() == null
            ? ""
            : " <span class=\"device\">" + escape(scenario.device()) + "</span>";
    return "<span class=\"scenario\">" + escape(scenario.name()) + "</span>" + device;
  }

  /** "failed in 2 of 5 scenarios", or the skip reasons when none applied. */
  static String tally(RuleSummary rule) {
    int total = rule.outcomes().size();
    String of = " of " + Labels.plural(total, "scenario", "scenarios");
    return switch (rule.verdict()) {
      case NOT_RUN -> "no scenario exercised it";
      case SKIPPED -> "did not apply: " + String.join("; ", rule.skipReasons());
      case PASSED ->
          "passed in "
              + Labels.plural(rule.count(RuleVerdict.PASSED), "scenario", "scenarios")
              + skippedNote(rule);
      case FAILED -> "failed in " + rule.count(RuleVerdict.FAILED) + of;
      case WARNING -> "warning in " + rule.count(RuleVerdict.WARNING) + of;
      case REVIEW -> "needs review in " + rule.count(RuleVerdict.REVIEW) + of;
    };
  }

  private static String skippedNote(RuleSummary rule) {
    long skipped = rule.count(RuleVerdict.SKIPPED);
    return skipped == 0 ? "" : ", skipped in " + skipped;
  }
}
