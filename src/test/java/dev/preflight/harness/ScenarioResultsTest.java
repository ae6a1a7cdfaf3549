package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.report.ScenarioStatus;
import dev.preflight.report.StopReason;
import io.cucumber.plugin.event.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a scenario that ended before its verdict falls: skipped, or not judged. */
class ScenarioResultsTest {
  private static final ScenarioEvidence UNJUDGED =
      new ScenarioEvidence("pc", List.of("NP-CXL-1"), 0, Optional.empty(), null, null);

  @Test
  void aCapabilityTheProfileLacksIsSkipped() {
    PreconditionNotMet noMobile =
        new PreconditionNotMet(StopReason.of("stop.capability-missing", "mobile"));

    assertThat(ScenarioResults.status(Status.SKIPPED, Optional.of(noMobile), UNJUDGED))
        .isEqualTo(ScenarioStatus.SKIPPED);
    assertThat(ScenarioResults.brokeDown(Status.SKIPPED, Optional.of(noMobile), UNJUDGED))
        .isFalse();
  }

  @Test
  void anEarlierStepThatDidNotEndAsItMustLeavesTheScenarioNotJudged() {
    PreconditionNotMet noPayment =
        PreconditionNotMet.notReached(StopReason.of("stop.no-payment-to-begin.nothing"));

    assertThat(ScenarioResults.status(Status.SKIPPED, Optional.of(noPayment), UNJUDGED))
        .isEqualTo(ScenarioStatus.NOT_JUDGED);
  }

  @Test
  void aStepThatThrewOrASiteNotDrivenIsNotJudged() {
    assertThat(
            ScenarioResults.status(
                Status.FAILED,
                Optional.of(new IllegalStateException("not driven: the site did not pass")),
                UNJUDGED))
        .isEqualTo(ScenarioStatus.NOT_JUDGED);
    assertThat(ScenarioResults.status(Status.FAILED, Optional.empty(), UNJUDGED))
        .isEqualTo(ScenarioStatus.NOT_JUDGED);
  }

  @Test
  void aScenarioItsRulesJudgedRanToItsEnd() {
    ScenarioEvidence judged =
        new ScenarioEvidence("pc", List.of("NP-CXL-1"), 0, Optional.of(List.of()), null, null);

    assertThat(
            ScenarioResults.status(
                Status.FAILED, Optional.of(new AssertionError("NP-CXL-1 failed")), judged))
        .isEqualTo(ScenarioStatus.PASSED);
  }
}
