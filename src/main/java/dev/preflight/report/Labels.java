package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import dev.preflight.inspection.Severity;
import dev.preflight.text.Messages;
import java.util.Locale;

/** The words and badges the HTML report uses for verdicts and severities, in one place. */
final class Labels {
  private Labels() {}

  static String badge(Messages m, RuleVerdict verdict) {
    return "<span class=\"badge " + css(verdict) + "\">" + escape(verdict(m, verdict)) + "</span>";
  }

  /** How a merchant reads the verdict: "Fail", "실패" … */
  static String verdict(Messages m, RuleVerdict verdict) {
    return m.get("verdict." + verdict.name());
  }

  static String css(RuleVerdict verdict) {
    return "v-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Severity in a merchant's terms; rules.md's FAIL/WARN/INFO stay in report.json. */
  static String severity(Messages m, Severity severity) {
    return m.get("severity." + severity.name());
  }

  static String severityChip(Messages m, Severity severity) {
    return "<span class=\"sev s-"
        + severity.name().toLowerCase(Locale.ROOT)
        + "\">"
        + escape(severity(m, severity))
        + "</span>";
  }
}
