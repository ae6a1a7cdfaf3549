package dev.preflight.report;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.nio.file.Path;
import java.time.Duration;

/**
 * junit.xml for CI: one {@code <testsuite>} per rule, one {@code <testcase>} per rule × scenario
 * (classname = rule id, name = scenario [device], time = the scenario's duration). FAILED is a
 * {@code <failure>}, SKIPPED a {@code <skipped>} with the reason. WARNING and REVIEW pass, with a
 * {@code <system-out>} saying so: only a FAIL verdict fails the check, and CI dashboards would
 * otherwise show warnings as broken builds. A rule on a scenario that was not driven to a verdict
 * is an {@code <error>}, whatever its finding says: nothing was judged, and CI must not count it as
 * a pass or a skip. A rule no scenario exercised gets one skipped test case named {@code not run},
 * so CI sees it too. Names (suites, test cases) stay English whatever the language, so CI's history
 * of a test does not break when the language changes; messages are in the report's language.
 */
public final class JunitReport {
  public static final String FILE = "junit.xml";
  static final String NOT_RUN = "not run";

  private JunitReport() {}

  public static Path write(InspectionReport report, Path dir, Lang lang) {
    return ReportFile.write(dir, FILE, render(report, lang));
  }

  /** How one test case ends in JUnit's vocabulary. */
  private enum Ending {
    PASS,
    FAILURE,
    ERROR,
    SKIPPED;

    static Ending of(RuleOutcome outcome) {
      if (outcome.scenario().notJudged()) {
        return ERROR;
      }
      return switch (outcome.verdict()) {
        case FAILED -> FAILURE;
        case SKIPPED, NOT_RUN -> SKIPPED;
        case WARNING, REVIEW, PASSED -> PASS;
      };
    }
  }

  /** The test cases of a suite by how they end, and their time. */
  private record Tally(int tests, int failures, int errors, int skipped, Duration time) {
    static final Tally NONE = new Tally(0, 0, 0, 0, Duration.ZERO);

    /** One test case in error: the check that could not run. */
    static final Tally ERROR = new Tally(1, 0, 1, 0, Duration.ZERO);

    static Tally of(RuleSummary rule) {
      if (rule.outcomes().isEmpty()) {
        return new Tally(1, 0, 0, 1, Duration.ZERO);
      }
      Tally tally = NONE;
      for (RuleOutcome outcome : rule.outcomes()) {
        Ending ending = Ending.of(outcome);
        tally =
            new Tally(
                tally.tests + 1,
                tally.failures + (ending == Ending.FAILURE ? 1 : 0),
                tally.errors + (ending == Ending.ERROR ? 1 : 0),
                tally.skipped + (ending == Ending.SKIPPED ? 1 : 0),
                tally.time.plus(outcome.scenario().duration()));
      }
      return tally;
    }

    Tally plus(Tally other) {
      return new Tally(
          tests + other.tests,
          failures + other.failures,
          errors + other.errors,
          skipped + other.skipped,
          time.plus(other.time));
    }

    String attributes() {
      return " tests=\""
          + tests
          + "\" failures=\""
          + failures
          + "\" errors=\""
          + errors
          + "\" skipped=\""
          + skipped
          + "\"";
    }
  }

  public static String render(InspectionReport report, Lang lang) {
    Messages m = Messages.of(lang);
    StringBuilder suites = new StringBuilder();
    Tally total = Tally.NONE;
    if (!report.problems().isEmpty()) {
      suites.append(couldNotRun(m, report));
    }
    for (RuleSummary rule : report.ruleSummaries()) {
      Tally tally = Tally.of(rule);
      suites.append(suite(m, rule, tally));
      total = total.plus(tally);
    }
    // The run's own wall time: a scenario judges several rules, so the suites' times overlap.
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuites name=\"npay-preflight\""
        + (report.problems().isEmpty() ? total : total.plus(Tally.ERROR)).attributes()
        + " time=\""
        + seconds(report.run().duration())
        + "\">\n"
        + suites
        + "</testsuites>\n";
  }

  /** A check that could not run: one test case in error, saying why, so CI goes red. */
  private static String couldNotRun(Messages m, InspectionReport report) {
    String why = String.join("; ", report.problems());
    return "  <testsuite name=\"check\""
        + Tally.ERROR.attributes()
        + " time=\""
        + seconds(report.run().duration())
        + "\">\n"
        + testcase("check", "the check could not run", report.run().duration())
        + ">\n      <error message=\""
        + Xml.attribute(m.get("junit.could-not-run", why))
        + "\" type=\"COULD_NOT_RUN\">"
        + Xml.text(m.get("junit.nothing-judged") + "\n" + String.join("\n", report.problems()))
        + "</error>\n    </testcase>\n  </testsuite>\n";
  }

  private static String suite(Messages m, RuleSummary rule, Tally tally) {
    StringBuilder out = new StringBuilder();
    out.append("  <testsuite name=\"")
        .append(Xml.attribute(rule.rule().id() + " " + rule.rule().title(Messages.of(Lang.EN))))
        .append('"')
        .append(tally.attributes())
        .append(" time=\"")
        .append(seconds(tally.time()))
        .append("\">\n");
    if (rule.outcomes().isEmpty()) {
      out.append(testcase(rule.rule().id(), NOT_RUN, Duration.ZERO))
          .append(">\n      <skipped message=\"")
          .append(Xml.attribute(m.get("junit.not-run")))
          .append("\"/>\n")
          .append("    </testcase>\n");
    }
    rule.outcomes().forEach(outcome -> out.append(testcase(m, outcome)));
    return out.append("  </testsuite>\n").toString();
  }

  private static String testcase(Messages m, RuleOutcome outcome) {
    Finding finding = outcome.finding();
    ScenarioResult scenario = outcome.scenario();
    String head = testcase(finding.ruleId(), scenario.label(), scenario.duration());
    String reason = Xml.attribute(outcome.reason(m));
    return switch (Ending.of(outcome)) {
      case ERROR ->
          head
              + ">\n      <error message=\""
              + Xml.attribute(m.get("junit.not-judged", notJudgedBecause(m, outcome)))
              + "\" type=\"NOT_JUDGED\">"
              + Xml.text(
                  m.get("junit.not-judged.detail", finding.ruleId())
                      + "\n"
                      + finding.verdict()
                      + ": "
                      + outcome.reason(m))
              + "</error>\n    </testcase>\n";
      case FAILURE ->
          head
              + ">\n      <failure message=\""
              + reason
              + "\" type=\""
              + finding.severity()
              + "\">"
              + Xml.text(expectedActual(m, finding.evidence()))
              + "</failure>\n    </testcase>\n";
      case SKIPPED -> head + ">\n      <skipped message=\"" + reason + "\"/>\n    </testcase>\n";
      case PASS ->
          outcome.verdict() == RuleVerdict.PASSED
              ? head + "/>\n"
              : head
                  + ">\n      <system-out>"
                  + Xml.text(
                      m.get(
                              "junit.does-not-fail",
                              outcome.verdict(),
                              finding.severity(),
                              finding.reason())
                          + "\n"
                          + expectedActual(m, finding.evidence()))
                  + "</system-out>\n    </testcase>\n";
    };
  }

  /** Why the scenario stopped, as it recorded it, else the finding's own reason. */
  private static String notJudgedBecause(Messages m, RuleOutcome outcome) {
    String why = outcome.scenario().stopReason(m);
    return why == null || why.isBlank() ? outcome.reason(m) : why;
  }

  private static String testcase(String classname, String name, Duration time) {
    return "    <testcase classname=\""
        + Xml.attribute(classname)
        + "\" name=\""
        + Xml.attribute(name)
        + "\" time=\""
        + seconds(time)
        + "\"";
  }

  private static String expectedActual(Messages m, Evidence evidence) {
    if (evidence == null) {
      return "";
    }
    return m.get("junit.expected", evidence.expected())
        + "\n"
        + m.get("junit.actual", evidence.actual());
  }

  private static String seconds(Duration duration) {
    return String.format(java.util.Locale.ROOT, "%.3f", Math.max(0, duration.toMillis()) / 1000.0);
  }
}
