package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import dev.preflight.text.Messages;
import java.util.List;

/**
 * The rule-by-rule parts of the HTML report: the summary table, a full section per rule the
 * merchant has to act on (with how to fix it), and a folded line per rule that passed, was skipped
 * or did not run.
 */
final class HtmlRules {
  private final Messages m;
  private final HtmlEvidence evidence;

  HtmlRules(Messages m, HtmlEvidence evidence) {
    this.m = m;
    this.evidence = evidence;
  }

  String table(List<RuleSummary> rules) {
    StringBuilder out =
        new StringBuilder("<table class=\"rules\"><thead><tr><th>")
            .append(escape(m.get("html.table.rule")))
            .append("</th><th>")
            .append(escape(m.get("html.table.checks")))
            .append("</th><th>")
            .append(escape(m.get("html.table.severity")))
            .append("</th><th>")
            .append(escape(m.get("html.table.verdict")))
            .append("</th><th>")
            .append(escape(m.get("html.table.scenarios")))
            .append("</th></tr></thead><tbody>");
    for (RuleSummary rule : rules) {
      out.append("<tr class=\"")
          .append(Labels.css(rule.verdict()))
          .append("\"><td class=\"rid\"><a href=\"#")
          .append(anchor(rule))
          .append("\">")
          .append(escape(rule.rule().id()))
          .append("</a></td><td>")
          .append(escape(rule.rule().title(m)))
          .append(rule.rule().isNavers() ? "" : toolChip(m))
          .append("</td><td>")
          .append(Labels.severityChip(m, rule.rule().severity()))
          .append("</td><td>")
          .append(Labels.badge(m, rule.verdict()))
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
        .append(clause(rule))
        .append(fix(rule));
    List<RuleOutcome> act =
        rule.outcomes().stream().filter(o -> o.verdict().needsAttention()).toList();
    for (RuleOutcome outcome : act) {
      out.append("<section class=\"finding ")
          .append(Labels.css(outcome.verdict()))
          .append("\"><h4>")
          .append(Labels.badge(m, outcome.verdict()))
          .append(' ')
          .append(scenarioTitle(m, outcome.scenario()))
          .append("</h4><p class=\"reason\">")
          .append(escape(outcome.reason(m)))
          .append("</p>")
          .append(evidence.render(outcome))
          .append("</section>");
    }
    List<RuleOutcome> rest =
        rule.outcomes().stream().filter(o -> !o.verdict().needsAttention()).toList();
    if (!rest.isEmpty()) {
      out.append("<details class=\"others\"><summary>")
          .append(escape(m.get("html.others", m.counted(rest.size(), "count.scenario"))))
          .append("</summary>")
          .append(outcomeList(rest))
          .append("</details>");
    }
    return out.append("</article>").toString();
  }

  String folded(RuleSummary rule) {
    StringBuilder out = new StringBuilder();
    out.append("<details class=\"rule-mini ")
        .append(Labels.css(rule.verdict()))
        .append("\" id=\"")
        .append(anchor(rule))
        .append("\"><summary>")
        .append(Labels.badge(m, rule.verdict()))
        .append(" <span class=\"rid\">")
        .append(escape(rule.rule().id()))
        .append("</span> ")
        .append(escape(rule.rule().title(m)))
        .append(rule.rule().isNavers() ? "" : toolChip(m))
        .append(" <span class=\"muted\">")
        .append(escape(tally(rule)))
        .append("</span></summary>")
        .append(clause(rule));
    if (rule.outcomes().isEmpty()) {
      out.append("<p class=\"note\">").append(escape(m.get("html.never-run"))).append("</p>");
    } else {
      out.append(outcomeList(rule.outcomes()));
    }
    return out.append("</details>").toString();
  }

  static String anchor(RuleSummary rule) {
    return "rule-" + escape(rule.rule().id());
  }

  /** Marks one of the tool's own checks, which Naver's review does not run. */
  static String toolChip(Messages m) {
    return " <span class=\"kind\">" + escape(m.get("kind.TOOL")) + "</span>";
  }

  private String heading(RuleSummary rule) {
    return "<header class=\"rule-head\">"
        + Labels.badge(m, rule.verdict())
        + "<h3><span class=\"rid\">"
        + escape(rule.rule().id())
        + "</span> "
        + escape(rule.rule().title(m))
        + "</h3>"
        + (rule.rule().isNavers() ? "" : toolChip(m))
        + Labels.severityChip(m, rule.rule().severity())
        + "</header>";
  }

  private String clause(RuleSummary rule) {
    return "<blockquote class=\"clause\"><span class=\"k\">"
        + escape(m.get("html.clause"))
        + "</span>"
        + escape(rule.rule().text(m).clause())
        + "</blockquote>";
  }

  /** How to fix it: the hint, and the usual code when one helps. */
  private String fix(RuleSummary rule) {
    RuleText text = rule.rule().text(m);
    if (text.fix().isBlank()) {
      return "";
    }
    return "<div class=\"fix\"><h4>"
        + escape(m.get("html.fix"))
        + "</h4><p>"
        + escape(text.fix())
        + "</p>"
        + text.snippet().map(code -> "<pre class=\"code\">" + escape(code) + "</pre>").orElse("")
        + "<p class=\"muted\">"
        + escape(m.get("html.fix.more", rule.rule().id()))
        + "</p></div>";
  }

  private String outcomeList(List<RuleOutcome> outcomes) {
    StringBuilder out = new StringBuilder("<ul class=\"outcomes\">");
    for (RuleOutcome outcome : outcomes) {
      out.append("<li>")
          .append(Labels.badge(m, outcome.verdict()))
          .append(' ')
          .append(scenarioTitle(m, outcome.scenario()))
          .append(": ")
          .append(escape(outcome.reason(m)));
      if (outcome.verdict() == RuleVerdict.PASSED) {
        out.append(evidence.brief(outcome.finding().evidence()));
      }
      out.append("</li>");
    }
    return out.append("</ul>").toString();
  }

  /**
   * The scenario's title in the report's language; its name as written, when different, on hover.
   */
  static String scenarioTitle(Messages m, ScenarioResult scenario) {
    String device =
        scenario.device() == null
            ? ""
            : " <span class=\"device\">" + escape(scenario.device()) + "</span>";
    String title = scenario.title(m);
    String written =
        title.equals(scenario.name()) ? "" : " title=\"" + escape(scenario.name()) + "\"";
    return "<span class=\"scenario\"" + written + ">" + escape(title) + "</span>" + device;
  }

  /** "failed in 2 of 5 scenarios", or the skip reasons when none applied. */
  String tally(RuleSummary rule) {
    String of = m.counted(rule.outcomes().size(), "count.scenario");
    return switch (rule.verdict()) {
      case NOT_RUN -> m.get("html.tally.not-run");
      case SKIPPED -> m.get("html.tally.skipped", String.join("; ", rule.skipReasons(m)));
      case PASSED -> {
        long skipped = rule.count(RuleVerdict.SKIPPED);
        String passed = m.counted(rule.count(RuleVerdict.PASSED), "count.scenario");
        yield skipped == 0
            ? m.get("html.tally.passed", passed)
            : m.get("html.tally.passed-skipped", passed, skipped);
      }
      case FAILED -> m.get("html.tally.failed", rule.count(RuleVerdict.FAILED), of);
      case WARNING -> m.get("html.tally.warning", rule.count(RuleVerdict.WARNING), of);
      case REVIEW -> m.get("html.tally.review", rule.count(RuleVerdict.REVIEW), of);
    };
  }
}
