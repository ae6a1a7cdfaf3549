package dev.preflight.harness;

import dev.preflight.harness.profile.ControlDisabled;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Rule;
import dev.preflight.inspection.Verdict;
import dev.preflight.inspection.rules.RuleCatalog;
import dev.preflight.report.ScenarioResult;
import dev.preflight.report.ScenarioStatus;
import dev.preflight.report.StopReason;
import dev.preflight.simulator.journal.JournalEntry;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.TimeoutException;
import org.opentest4j.TestAbortedException;

/**
 * A finished scenario as the reports read it. A scenario judged by its rules keeps their findings;
 * one that ended before, gets a finding per rule all the same, so no rule silently drops out of the
 * report: SKIPPED with the reason when a precondition was not met, REVIEW with the error and a
 * screenshot when the harness could not drive the site.
 *
 * <p>Its status draws the line the reports need between a scenario that does not apply and one the
 * check could not drive: SKIPPED only for a {@link PreconditionNotMet} that says it does not apply
 * (a capability the profile lacks); NOT_JUDGED for one whose earlier step did not end as it must
 * ({@link PreconditionNotMet#notReached}), and for any other error (the probe failed, the site
 * errored, a selector never appeared).
 */
final class ScenarioResults {
  /** Selenium's message when a wait runs out: "… waiting for X (tried for 10 second(s) …". */
  private static final Pattern WAITED =
      Pattern.compile("waiting for (.+) \\(tried for (\\d+) second");

  private ScenarioResults() {}

  static ScenarioResult of(
      InspectionRun run,
      TestCase testCase,
      Status status,
      Optional<Throwable> problem,
      ScenarioEvidence evidence,
      Instant started,
      Instant finished) {
    List<String> ruleIds = evidence.ruleIds().stream().filter(run::judges).toList();
    List<Finding> findings =
        evidence
            .findings()
            .orElseGet(() -> unjudged(ruleIds, testCase.getName(), problem, evidence.screenshot()));
    List<JournalEntry> journal = run.journal().since(evidence.startSeq());
    List<String> screenshots = new ArrayList<>();
    if (evidence.png() != null && wanted(findings, evidence.screenshot())) {
      run.keepScreenshot(evidence.screenshot(), evidence.png());
      screenshots.add(evidence.screenshot());
    }
    ScenarioStatus ended = status(status, problem, evidence);
    return new ScenarioResult(
        testCase.getName(),
        capability(testCase.getUri()),
        evidence.device(),
        testCase.getTags(),
        ended,
        findings,
        journal,
        screenshots,
        started,
        finished,
        ended == ScenarioStatus.PASSED ? null : stopReason(problem));
  }

  /**
   * Why a scenario stopped, in the bundle's words where the words are the tool's own: a
   * precondition, the refusal to drive the site, a control that stays disabled, a wait that ran
   * out. Anything else (a site's or a browser's error) is its first line, as written.
   */
  static StopReason stopReason(Optional<Throwable> problem) {
    if (problem.isEmpty()) {
      return StopReason.of("stop.ended-early");
    }
    Throwable error = problem.get();
    if (error instanceof PreconditionNotMet precondition) {
      return precondition.reason();
    }
    if (error instanceof NotDriven notDriven) {
      return notDriven.reason();
    }
    if (error instanceof ControlDisabled disabled) {
      return StopReason.of("stop.control-disabled", disabled.selector());
    }
    String line = firstLine(error);
    Matcher waited = WAITED.matcher(line);
    if (error instanceof TimeoutException && waited.find()) {
      return StopReason.of("stop.waited", waited.group(1), waited.group(2));
    }
    return StopReason.asWritten(line);
  }

  /** Whether the scenario ended in an error of the harness rather than in a verdict. */
  static boolean brokeDown(Status status, Optional<Throwable> problem, ScenarioEvidence evidence) {
    return evidence.findings().isEmpty()
        && status != Status.PASSED
        && !problem.map(p -> p instanceof TestAbortedException).orElse(false);
  }

  private static List<Finding> unjudged(
      List<String> ruleIds, String scenario, Optional<Throwable> problem, String screenshot) {
    boolean aborted = problem.map(p -> p instanceof TestAbortedException).orElse(false);
    String why = stopReason(problem).english();
    List<Finding> findings = new ArrayList<>();
    for (String id : ruleIds) {
      Rule rule = RuleCatalog.byId(id).orElse(null);
      if (rule == null) {
        continue;
      }
      findings.add(
          aborted
              ? new Finding(
                  id,
                  rule.severity(),
                  rule.clause(),
                  scenario,
                  Verdict.SKIPPED,
                  "precondition not met: " + why,
                  Evidence.of("", ""))
              : new Finding(
                  id,
                  rule.severity(),
                  rule.clause(),
                  scenario,
                  Verdict.REVIEW,
                  "the inspection could not finish this scenario, so the rule was not judged: "
                      + why,
                  Evidence.of("the scenario to run to its end", why).withScreenshot(screenshot)));
    }
    return findings;
  }

  /** A screenshot is kept when a finding needs a look, and not for a clean pass. */
  private static boolean wanted(List<Finding> findings, String name) {
    return findings.stream()
        .anyMatch(
            f ->
                name.equals(f.evidence().screenshot())
                    || f.verdict() == Verdict.FAILED
                    || f.verdict() == Verdict.WARNING
                    || f.verdict() == Verdict.REVIEW);
  }

  /** An error's first line, bounded: what a report or a probe line can carry. */
  static String firstLine(Throwable problem) {
    String message = problem.getMessage() == null ? problem.toString() : problem.getMessage();
    String line = message.strip().lines().findFirst().orElse(message);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  /** The capability a feature belongs to: its folder, {@code cancel} for cancel/cancel.feature. */
  static String capability(URI uri) {
    String path = uri.getSchemeSpecificPart();
    String[] parts = path.split("/");
    return parts.length >= 2 ? parts[parts.length - 2] : "";
  }

  /**
   * How the scenario itself ended, apart from the verdicts: judged means it ran to its end, even
   * when Cucumber failed it because a rule failed.
   */
  static ScenarioStatus status(
      Status status, Optional<Throwable> problem, ScenarioEvidence evidence) {
    if (evidence.findings().isPresent() || status == Status.PASSED) {
      return ScenarioStatus.PASSED;
    }
    return doesNotApply(problem) ? ScenarioStatus.SKIPPED : ScenarioStatus.NOT_JUDGED;
  }

  /**
   * Whether the scenario stopped because it does not apply to the site. Any other abort (JUnit's
   * own, or a precondition an earlier step failed to reach) leaves the scenario's rules unjudged.
   */
  private static boolean doesNotApply(Optional<Throwable> problem) {
    return problem
        .filter(p -> p instanceof PreconditionNotMet precondition && !precondition.isNotReached())
        .isPresent();
  }
}
