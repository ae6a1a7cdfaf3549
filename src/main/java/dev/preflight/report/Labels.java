package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import dev.preflight.inspection.Severity;

/** The words and badges the HTML report uses for verdicts and severities, in one place. */
final class Labels {
  private Labels() {}

  static String badge(RuleVerdict verdict) {
    return "<span class=\"badge " + css(verdict) + "\">" + escape(verdict.label()) + "</span>";
  }

  static String css(RuleVerdict verdict) {
    return "v-" + verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Severity in a merchant's terms; rules.md's FAIL/WARN/INFO stay in report.json. */
  static String severity(Severity severity) {
    return switch (severity) {
      case FAIL -> "Blocker";
      case WARN -> "Should fix";
      case INFO -> "Info";
    };
  }

  static String severityChip(Severity severity) {
    return "<span class=\"sev s-"
        + severity.name().toLowerCase(java.util.Locale.ROOT)
        + "\">"
        + severity(severity)
        + "</span>";
  }

  static String plural(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
