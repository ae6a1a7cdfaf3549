package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Severity;
import dev.preflight.inspection.Verdict;
import dev.preflight.inspection.rules.RuleCatalog;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InspectionReportTest {

  @Test
  void aRuleTakesTheWorstVerdictOfItsScenarios() {
    Map<String, RuleSummary> rules = byId(SampleReport.sample());

    assertThat(rules.get("NP-ERR-1").verdict()).isEqualTo(RuleVerdict.FAILED);
    assertThat(rules.get("NP-VER-1").verdict()).isEqualTo(RuleVerdict.PASSED);
    assertThat(rules.get("NP-AMT-4").verdict()).isEqualTo(RuleVerdict.WARNING);
  }

  @Test
  void precedenceIsFailedWarningReviewPassedSkipped() {
    List<Verdict> ascending =
        List.of(Verdict.SKIPPED, Verdict.PASSED, Verdict.REVIEW, Verdict.WARNING, Verdict.FAILED);
    for (int worst = 0; worst < ascending.size(); worst++) {
      List<ScenarioResult> scenarios =
          ascending.subList(0, worst + 1).stream()
              .map(verdict -> scenario(verdict.name(), finding("NP-ERR-3", verdict)))
              .toList();

      RuleSummary rule = byId(InspectionReport.of(SampleReport.run(), scenarios)).get("NP-ERR-3");

      assertThat(rule.verdict()).isEqualTo(RuleVerdict.of(ascending.get(worst)));
      assertThat(rule.outcomes().get(0).verdict()).isEqualTo(rule.verdict());
    }
  }

  @Test
  void aRuleSkippedEverywhereIsSkippedWithItsReasons() {
    RuleSummary rule = byId(SampleReport.sample()).get("NP-SUB-1");

    assertThat(rule.verdict()).isEqualTo(RuleVerdict.SKIPPED);
    assertThat(rule.skipReasons(Messages.of(Lang.EN)))
        .containsExactly("the merchant offers no subscriptions");
  }

  @Test
  void aRuleNoScenarioExercisedIsNotRun() {
    RuleSummary rule = byId(SampleReport.sample()).get("NP-HR-1");

    assertThat(rule.verdict()).isEqualTo(RuleVerdict.NOT_RUN);
    assertThat(rule.outcomes()).isEmpty();
    assertThat(rule.rule().title(Messages.of(Lang.EN)))
        .isEqualTo("Contract-dependent parameters match the contract");
  }

  @Test
  void countsCoverTheWholeCatalogue() {
    VerdictCounts counts = SampleReport.sample().counts();

    assertThat(counts).isEqualTo(new VerdictCounts(5, 2, 2, 0, 5, RuleCatalog.all().size() - 14));
    assertThat(counts.total()).isEqualTo(RuleCatalog.all().size());
  }

  @Test
  void passesOnlyWithoutAFailedFinding() {
    assertThat(SampleReport.sample().passed()).isFalse();
    InspectionReport warningsOnly =
        InspectionReport.of(
            SampleReport.run(),
            List.of(
                scenario("a", finding("NP-AMT-4", Verdict.WARNING)),
                scenario("b", finding("NP-PRD-5", Verdict.REVIEW))));
    assertThat(warningsOnly.passed()).isTrue();
  }

  @Test
  void aReportWithOneScenarioNotDrivenIsNotPassed() {
    ScenarioResult notDriven =
        SampleReport.notDriven("Buyer pays", SampleReport.PROBE_FAILED, "NP-VER-1", "NP-AMT-3");
    InspectionReport report =
        InspectionReport.of(
            SampleReport.run(),
            List.of(scenario("a", finding("NP-AMT-4", Verdict.WARNING)), notDriven));

    assertThat(report.ruleFailed()).isFalse();
    assertThat(report.passed()).isFalse();
    assertThat(report.notJudged().scenarios()).containsExactly(notDriven);
    assertThat(report.notJudged().rules())
        .extracting(rule -> rule.rule().id())
        .containsExactly("NP-AMT-3", "NP-VER-1");
  }

  @Test
  void aRuleJudgedElsewhereIsStillNotJudgedWhereItWasNotDriven() {
    InspectionReport report =
        InspectionReport.of(
            SampleReport.run(),
            List.of(
                scenario("a", finding("NP-VER-1", Verdict.PASSED)),
                SampleReport.notDriven("b", StopReason.asWritten("a step threw"), "NP-VER-1")));

    assertThat(byId(report).get("NP-VER-1").verdict()).isEqualTo(RuleVerdict.REVIEW);
    assertThat(report.notJudged().rules())
        .extracting(rule -> rule.rule().id())
        .containsExactly("NP-VER-1");
    assertThat(report.passed()).isFalse();
  }

  @Test
  void aScenarioSkippedForAMissingCapabilityIsNotANotJudgedOne() {
    ScenarioResult noSubscriptions =
        new ScenarioResult(
            "Buyer subscribes",
            "subscription",
            "pc",
            List.of(),
            ScenarioStatus.SKIPPED,
            List.of(finding("NP-SUB-1", Verdict.SKIPPED)),
            List.of(),
            List.of(),
            null,
            null,
            StopReason.of("stop.capability-missing", "subscriptions"));
    InspectionReport report =
        InspectionReport.of(
            SampleReport.run(),
            List.of(scenario("a", finding("NP-VER-1", Verdict.PASSED)), noSubscriptions));

    assertThat(report.notJudged().isEmpty()).isTrue();
    assertThat(report.notJudged().rules()).isEmpty();
    assertThat(report.passed()).isTrue();
  }

  @Test
  void aReportOfNoScenarioJudgedNothingAndIsNotPassed() {
    InspectionReport empty = InspectionReport.of(SampleReport.run(), List.of());

    assertThat(empty.ruleFailed()).isFalse();
    assertThat(empty.passed()).isFalse();
  }

  @Test
  void aFindingForARuleOutsideTheCatalogueIsKept() {
    Finding unknown =
        new Finding(
            "NP-NEW-1",
            Severity.WARN,
            "a new clause",
            "a",
            Verdict.WARNING,
            "r",
            Evidence.of("", ""));
    InspectionReport report =
        InspectionReport.of(SampleReport.run(), List.of(scenario("a", unknown)));

    assertThat(report.ruleSummaries()).hasSize(RuleCatalog.all().size() + 1);
    assertThat(byId(report).get("NP-NEW-1").verdict()).isEqualTo(RuleVerdict.WARNING);
  }

  @Test
  void everyCatalogueRuleHasATitle() {
    assertThat(CatalogueEntry.all())
        .hasSize(RuleCatalog.all().size())
        .allSatisfy(
            rule ->
                assertThat(rule.title(Messages.of(Lang.EN))).as(rule.id()).isNotEqualTo(rule.id()));
  }

  static Map<String, RuleSummary> byId(InspectionReport report) {
    return report.ruleSummaries().stream()
        .collect(Collectors.toMap(rule -> rule.rule().id(), Function.identity()));
  }

  private static Finding finding(String ruleId, Verdict verdict) {
    return SampleReport.finding(
        ruleId, "s", verdict, verdict.name().toLowerCase(), Evidence.of("", ""));
  }

  private static ScenarioResult scenario(String name, Finding finding) {
    return new ScenarioResult(
        name, "f", "pc", List.of(), ScenarioStatus.PASSED, List.of(finding), List.of(), List.of());
  }
}
