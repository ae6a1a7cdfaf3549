package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Verdict;
import dev.preflight.text.Lang;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario names and why a scenario stopped, in each report's language, from one fixed report: a
 * scenario that ran, one skipped for a capability the profile lacks, and one whose first payment
 * failed with the shop's own words, which stay as the shop wrote them.
 */
class LocalizedScenarioReportTest {
  private static final String CANCELS = "The buyer cancels a paid order";
  private static final String SUBSCRIBES =
      "A buyer subscribes, is charged, and is charged again a month later";
  private static final String SHOP_SAID = "<카드> 오류입니다";

  @TempDir Path dir;

  private static InspectionReport report() {
    ScenarioResult ran =
        new ScenarioResult(
            "On mobile, a buyer pays in redirect mode",
            "modes",
            "mobile",
            List.of(),
            ScenarioStatus.PASSED,
            List.of(
                SampleReport.finding(
                    "NP-VER-1",
                    "m",
                    Verdict.PASSED,
                    "the server looked it up",
                    Evidence.of("", ""))),
            List.of(),
            List.of());
    ScenarioResult skipped =
        new ScenarioResult(
                SUBSCRIBES,
                "subscription",
                "pc",
                List.of(),
                ScenarioStatus.SKIPPED,
                List.of(
                    SampleReport.skipped(
                        "NP-SUB-1",
                        SUBSCRIBES,
                        "precondition not met: the profile does not list the subscriptions"
                            + " capability")),
                List.of(),
                List.of())
            .stoppedBecause(StopReason.of("stop.capability-missing", "subscriptions"));
    ScenarioResult notReached =
        new ScenarioResult(
                CANCELS,
                "cancel",
                "pc",
                List.of(),
                ScenarioStatus.NOT_JUDGED,
                List.of(SampleReport.skipped("NP-CXL-1", CANCELS, "precondition not met: …")),
                List.of(),
                List.of())
            .stoppedBecause(StopReason.of("stop.no-payment-to-begin", SHOP_SAID));
    return InspectionReport.of(SampleReport.run(), List.of(ran, skipped, notReached));
  }

  @Test
  void theKoreanPageNamesTheScenariosAndWhyTheyStoppedInKorean() {
    String html = HtmlReport.render(report(), dir, Lang.KO);

    assertThat(html)
        .contains("<span class=\"scenario\" title=\"" + CANCELS + "\">구매자가 결제된 주문을 취소합니다</span>")
        .contains("모바일에서 구매자가 리다이렉트 방식으로 결제합니다")
        .contains("<div class=\"muted\">프로필의 capabilities에 subscriptions이(가) 없습니다</div>")
        .contains("전제 조건을 충족하지 않음: 프로필의 capabilities에 subscriptions이(가) 없습니다")
        .contains("구매자가 처음 결제부터 완료하지 못했습니다. 가게가 보여 준 내용: &lt;카드&gt; 오류입니다")
        .doesNotContain(CANCELS + "</span>", "does not list", "could not complete a payment");
  }

  @Test
  void aScenarioNotDrivenSaysWhatWasExpectedAndWhyInKorean() {
    InspectionReport notDriven =
        InspectionReport.of(
            SampleReport.run(),
            List.of(SampleReport.notDriven(CANCELS, SampleReport.PROBE_FAILED, "NP-CXL-1")));

    String html = HtmlReport.render(notDriven, dir, Lang.KO);

    assertThat(html)
        .contains("<p>시나리오가 끝까지 진행되는 것</p>")
        .contains(
            "<p>진행하지 않음: 사이트가 프로브를 통과하지 못했습니다: base_url: https://shop.example does not"
                + " answer</p>")
        .doesNotContain("the scenario to run to its end", "not driven: the site");
  }

  /** The review request section stays Korean in both: it is the form Naver's review reads. */
  @Test
  void theEnglishPageKeepsTheNamesAsWritten() {
    String html = HtmlReport.render(report(), dir, Lang.EN);

    assertThat(html)
        .contains("<span class=\"scenario\">" + CANCELS + "</span>")
        .contains("the profile does not list the subscriptions capability")
        .contains(
            "the buyer could not complete a payment to begin with; the shop showed: &lt;카드&gt;"
                + " 오류입니다")
        .doesNotContain("<span class=\"scenario\" title=", "프로필의 capabilities에 subscriptions");
  }

  @Test
  void junitKeepsEnglishTestNamesAndSaysWhyInTheReportsLanguage() {
    String xml = JunitReport.render(report(), Lang.KO);

    assertThat(xml)
        .contains("name=\"" + CANCELS + " [pc]\"")
        .contains(
            "<error message=\"판정 못 함: 구매자가 처음 결제부터 완료하지 못했습니다. 가게가 보여 준 내용: &lt;카드&gt; 오류입니다\"")
        .contains(
            "<skipped message=\"전제 조건을 충족하지 않음: 프로필의 capabilities에 subscriptions이(가) 없습니다\"/>")
        .doesNotContain("구매자가 결제된 주문을 취소합니다");
  }

  @Test
  void reportJsonKeepsTheNameAndTheEnglishReasonAndAddsBothInTheReportsLanguage() throws Exception {
    JsonNode scenarios =
        new ObjectMapper().readTree(JsonReport.render(report(), Lang.KO)).get("scenarios");
    JsonNode cancels = scenarios.get(2);

    assertThat(cancels.get("name").asText()).isEqualTo(CANCELS);
    assertThat(cancels.get("stop_reason").asText())
        .isEqualTo(
            "the buyer could not complete a payment to begin with; the shop showed: " + SHOP_SAID);
    assertThat(cancels.get("text").get("title").asText()).isEqualTo("구매자가 결제된 주문을 취소합니다");
    assertThat(cancels.get("text").get("stop_reason").asText())
        .isEqualTo("구매자가 처음 결제부터 완료하지 못했습니다. 가게가 보여 준 내용: " + SHOP_SAID);
    assertThat(scenarios.get(0).get("text").get("stop_reason").isNull()).isTrue();
  }
}
