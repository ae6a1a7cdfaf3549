package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Verdict;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.text.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The review request answers what the evidence backs, names that evidence, and leaves the rest a
 * marked blank: a failed rule is never answered "yes", a rule not judged is never answered at all.
 */
class ReviewRequestTest {
  private static final Declared SHOP =
      new Declared(
          List.of("admin_cancel", "mobile"),
          Map.of(
              "high_risk", false,
              "marketplace", false,
              "completion_date_settlement", false,
              "escrow", true));

  @Test
  void theProductsExampleIsTheArrayTheSiteSentWithTheCallItCameIn() {
    ReviewRequest.Item products = item(sample(), "naverProducts 설정 예시");

    assertThat(products.example())
        .contains("\"uid\" : \"EP-100\"")
        .contains("\"name\" : \"USB-C 케이블\"");
    assertThat(products.evidence()).anyMatch(line -> line.contains("저널 #3"));
    assertThat(products.answered()).isTrue();
  }

  @Test
  void theModesArePerDeviceFromTheSitesOwnCalls() {
    ReviewRequest.Item modes = item(sample(), "결제창 호출 방식 (팝업 / 리다이렉트)");

    assertThat(modes.answer()).isEqualTo("PC: 팝업, 모바일: 리다이렉트");
    assertThat(modes.evidence())
        .anyMatch(line -> line.contains("저널 #3") && line.contains("naverPopupMode true"))
        .anyMatch(
            line ->
                line.contains("저널 #11") && line.contains("https://shop.example/orders/complete"));
  }

  @Test
  void aFailedRuleIsAnsweredNoAndSaysTheCheckFlaggedIt() {
    ReviewRequest.Item messages = item(sample(), "결제 실패 시 네이버페이 오류 메시지를 그대로 표시");
    ReviewRequest.Item cancels = item(sample(), "취소 요청에 취소 사유(reason)와 요청자(extra.requester) 전달");

    assertThat(messages.answer()).startsWith("바꿔서 표시함").contains("지적됨");
    assertThat(messages.evidence()).anyMatch(line -> line.startsWith("NP-ERR-1 실패"));
    assertThat(cancels.answer()).startsWith("전달하지 않음");
    assertThat(cancels.evidence()).anyMatch(line -> line.contains("저널 #23"));
  }

  @Test
  void aRuleThatWasNotJudgedLeavesItsItemBlank() {
    // The sample never exercised amount tampering (NP-AMT-3).
    ReviewRequest.Item tampering = item(sample(), "결제금액 위변조 방지 (결제 후 서버에서 금액 검증)");

    assertThat(tampering.answered()).isFalse();
    assertThat(tampering.answer()).contains("판정하지 못했습니다");
    assertThat(tampering.evidence()).containsExactly("NP-AMT-3 실행되지 않음");
  }

  @Test
  void aPassedLookupIsAnsweredWithTheCallsThatProveIt() {
    InspectionReport report = withScenario(tamperingCaught());
    ReviewRequest.Item tampering = item(report, "결제금액 위변조 방지 (결제 후 서버에서 금액 검증)");

    assertThat(tampering.answer()).isEqualTo("적용함");
    assertThat(tampering.evidence())
        .contains("저널 #41 GET /payments/imp_441", "저널 #42 POST /payments/cancel");
  }

  @Test
  void whatTheProfileDeclaresAnswersWhatNoScenarioCan() {
    InspectionReport report = sample();

    assertThat(item(report, "에스크로 사용").answer()).isEqualTo("사용함");
    assertThat(item(report, "에스크로 사용").evidence().get(0)).contains("contract.escrow: true");
    assertThat(item(report, "부분취소 기능 제공").answer()).isEqualTo("제공하지 않음");
    assertThat(item(report, "정기결제(빌링키) 사용과 naverProductCode").answer()).isEqualTo("사용하지 않음");
  }

  @Test
  void whatNoCheckCanKnowIsABlankAndEveryAnswerNamesItsEvidence() {
    ReviewRequest request = ReviewRequest.of(sample());

    assertThat(request.items())
        .filteredOn(item -> !item.answered())
        .extracting(ReviewRequest.Item::question)
        .contains("상호, 사업자등록번호, 담당자 연락처", "현금영수증 발급 처리", "포인트·적립금 사용 여부");
    assertThat(request.items()).allMatch(item -> !item.evidence().isEmpty());
  }

  @Test
  void theFileEscapesWhatTheSiteSentAndFencesTheExampleSafely() {
    RunInfo run = SampleReport.run();
    RunInfo hostile =
        new RunInfo(
                run.toolVersion(),
                run.startedAt(),
                run.finishedAt(),
                "<script>alert(1)</script> [click](javascript:x)",
                run.merchantBaseUrl(),
                run.browser(),
                run.devices())
            .declaring(SHOP);
    JournalEntry sent =
        SampleReport.sdk(
            7,
            "{pg: 'naverpay', amount: 1000, naverPopupMode: true, naverProducts:"
                + " [{categoryType: 'PRODUCT', categoryId: 'GENERAL', uid: 'X',"
                + " name: '```<img src=x onerror=alert(1)>', count: 1}]}");
    ScenarioResult scenario = paid(sent);
    String md =
        ReviewRequestFile.markdown(
            ReviewRequest.of(InspectionReport.of(hostile, List.of(scenario))));

    assertThat(md)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;")
        .contains("\\[click\\]")
        .contains("````json\n")
        .contains("\"name\" : \"```<img src=x onerror=alert(1)>\",\n");
  }

  @Test
  void theHtmlReportHasTheRequestAsASectionWithTheSitesTextEscaped() {
    JournalEntry sent =
        SampleReport.sdk(
            7,
            "{pg: 'naverpay', amount: 1000, naverPopupMode: true, naverProducts:"
                + " [{categoryType: 'PRODUCT', categoryId: 'GENERAL', uid: 'X',"
                + " name: '<img src=x onerror=alert(1)>', count: 1}]}");
    InspectionReport report =
        new InspectionReport(sample().run(), List.of(paid(sent)), sample().rules());

    String korean = HtmlReport.render(report, java.nio.file.Path.of("target"), Lang.KO);
    String english = HtmlReport.render(report, java.nio.file.Path.of("target"), Lang.EN);

    assertThat(korean)
        .contains("<h2 id=\"review-request\">심사 요청서 (미리 채운 답변)</h2>")
        .contains("결제금액 위변조 방지")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img src=x");
    assertThat(english)
        .contains("<h2 id=\"review-request\">Review request, pre-filled</h2>")
        .contains("<td>에스크로 사용</td><td>사용함</td>");
  }

  @Test
  void aRunThatCouldNotJudgeSaysSoAtTheTop() {
    InspectionReport report =
        InspectionReport.of(
            SampleReport.run().declaring(SHOP),
            List.of(SampleReport.notDriven("A buyer pays", SampleReport.PROBE_FAILED, "NP-ERR-1")));

    String md = ReviewRequestFile.markdown(ReviewRequest.of(report));

    assertThat(md)
        .contains("- 결과: 고칠 점이나 판정하지 못한 점이 있습니다")
        .contains("판정하지 못한 규칙 1)")
        .doesNotContain("실패한 규칙 없음");
  }

  private static ScenarioResult paid(JournalEntry sent) {
    return new ScenarioResult(
        "A buyer pays",
        "payment",
        "pc",
        List.of(),
        ScenarioStatus.PASSED,
        List.of(),
        List.of(sent),
        List.of());
  }

  private static ReviewRequest.Item item(InspectionReport report, String question) {
    return ReviewRequest.of(report).items().stream()
        .filter(item -> item.question().equals(question))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + question));
  }

  private static InspectionReport sample() {
    return withScenario(null);
  }

  /** The sample report, run on a site that declared {@link #SHOP}, with one more scenario. */
  private static InspectionReport withScenario(ScenarioResult more) {
    InspectionReport sample = SampleReport.sample();
    RunInfo declared = sample.run().declaring(SHOP);
    List<ScenarioResult> scenarios = new ArrayList<>(sample.scenarios());
    if (more != null) {
      scenarios.add(more);
    }
    return new InspectionReport(declared, scenarios, sample.rules());
  }

  private static ScenarioResult tamperingCaught() {
    String name = "Naver reports a different paid amount than the order's";
    return new ScenarioResult(
        name,
        "verification",
        "pc",
        List.of(),
        ScenarioStatus.PASSED,
        List.of(
            new Finding(
                "NP-AMT-3",
                dev.preflight.inspection.Severity.FAIL,
                "Review form: protection against amount tampering",
                name,
                Verdict.PASSED,
                "the tampered payment was cancelled",
                Evidence.of(
                        "a payment lookup, then the payment cancelled", "looked up and cancelled")
                    .withJournal(42, 41))),
        List.of(
            SampleReport.rest(41, "GET", "/payments/imp_441", "{}"),
            SampleReport.rest(42, "POST", "/payments/cancel", "{imp_uid: 'imp_441'}")),
        List.of());
  }
}
