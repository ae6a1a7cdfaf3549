package dev.preflight.report;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * junit.xml for CI: one {@code <testsuite>} per rule, one {@code <testcase>} per rule × scenario
 * (classname = rule id, name = scenario [device]). FAILED is a {@code <failure>}, SKIPPED a {@code
 * <skipped>} with the reason. WARNING and REVIEW pass, with a {@code <system-out>} saying so: only
 * a FAIL verdict fails the check, and CI dashboards would otherwise show warnings as broken builds.
 * A rule no scenario exercised gets one skipped test case named {@code not run}, so CI sees it too.
 */
public final class JunitReport {
  public static final String FILE = "junit.xml";
  static final String NOT_RUN = "not run";

  private JunitReport() {}

  public static Path write(InspectionReport report, Path dir) {
    return ReportFile.write(dir, FILE, render(report));
  }

  public static String render(InspectionReport report) {
    List<RuleSummary> rules = report.ruleSummaries();
    StringBuilder suites = new StringBuilder();
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    for (RuleSummary rule : rules) {
      suites.append(suite(rule));
      tests += cases(rule);
      failures += rule.count(RuleVerdict.FAILED);
      skipped += skippedCases(rule);
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuites name=\"npay-preflight\""
        + counts(tests, failures, skipped)
        + " time=\""
        + seconds(report)
        + "\">\n"
        + suites
        + "</testsuites>\n";
  }

  private static String suite(RuleSummary rule) {
    StringBuilder out = new StringBuilder();
    out.append("  <testsuite name=\"")
        .append(Xml.attribute(rule.rule().id() + " " + rule.rule().title()))
        .append('"')
        .append(counts(cases(rule), (int) rule.count(RuleVerdict.FAILED), skippedCases(rule)))
        .append(">\n");
    if (rule.outcomes().isEmpty()) {
      out.append(testcase(rule.rule().id(), NOT_RUN))
          .append(">\n      <skipped message=\"no scenario exercised this rule\"/>\n")
          .append("    </testcase>\n");
    }
    rule.outcomes().forEach(outcome -> out.append(testcase(outcome)));
    return out.append("  </testsuite>\n").toString();
  }

  private static String testcase(RuleOutcome outcome) {
    Finding finding = outcome.finding();
    String head = testcase(finding.ruleId(), outcome.scenario().label());
    String reason = Xml.attribute(finding.reason());
    return switch (outcome.verdict()) {
      case FAILED ->
          head
              + ">\n      <failure message=\""
              + reason
              + "\" type=\""
              + finding.severity()
              + "\">"
              + Xml.text(expectedActual(finding.evidence()))
              + "</failure>\n    </testcase>\n";
      case SKIPPED -> head + ">\n      <skipped message=\"" + reason + "\"/>\n    </testcase>\n";
      case WARNING, REVIEW ->
          head
              + ">\n      <system-out>"
              + Xml.text(
                  outcome.verdict()
                      + " ("
                      + finding.severity()
                      + ", does not fail the check): "
                      + finding.reason()
                      + "\n"
                      + expectedActual(finding.evidence()))
              + "</system-out>\n    </testcase>\n";
      default -> head + "/>\n";
    };
  }

  private static String testcase(String classname, String name) {
    return "    <testcase classname=\""
        + Xml.attribute(classname)
        + "\" name=\""
        + Xml.attribute(name)
        + "\" time=\"0\"";
  }

  private static String expectedActual(Evidence evidence) {
    if (evidence == null) {
      return "";
    }
    return "Expected: " + evidence.expected() + "\nActual: " + evidence.actual();
  }

  private static int cases(RuleSummary rule) {
    return Math.max(1, rule.outcomes().size());
  }

  private static int skippedCases(RuleSummary rule) {
    return rule.outcomes().isEmpty() ? 1 : (int) rule.count(RuleVerdict.SKIPPED);
  }

  private static String counts(int tests, int failures, int skipped) {
    return " tests=\""
        + tests
        + "\" failures=\""
        + failures
        + "\" errors=\"0\" skipped=\""
        + skipped
        + "\"";
  }

  private static String seconds(InspectionReport report) {
    return String.format(
        java.util.Locale.ROOT, "%.3f", report.run().duration().toMillis() / 1000.0);
  }
}
