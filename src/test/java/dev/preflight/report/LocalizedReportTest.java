package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Verdict;
import dev.preflight.text.Lang;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports in Korean and in English, from the same fixed report: the words change, the verdicts
 * and the merchant's own text do not.
 */
class LocalizedReportTest {
  @TempDir Path dir;

  @Test
  void theKoreanPageIsKoreanThroughout() {
    String html = HtmlReport.render(SampleReport.sample(), dir, Lang.KO);

    assertThat(html)
        .contains("<html lang=\"ko\">")
        .contains("<title>네이버페이 사전 점검: Hanbit Audio (한빛오디오)</title>")
        .contains("네이버 검수에서 반려될 가능성이 높습니다: 규칙 2개 실패")
        .contains("<h2>고쳐야 할 것</h2>")
        .contains("<span class=\"badge v-failed\">실패</span>")
        .contains("실패 메시지를 받은 그대로 표시 (팝업)")
        .contains("<span class=\"k\">규칙</span>가이드: &quot;에러 메시지를 그대로 반환해야 함&quot;")
        .contains("<h2 id=\"how-to-read\">보고서 읽는 법</h2>")
        .doesNotContain("Naver would likely reject", "What to fix", "How to read this report");
  }

  @Test
  void aFailedRuleShowsHowToFixItWithTheCode() {
    for (Lang lang : Lang.values()) {
      String html = HtmlReport.render(SampleReport.sample(), dir, lang);
      String failed = article(html, "NP-ERR-1");
      String heading = lang == Lang.KO ? "고치는 법" : "How to fix";

      assertThat(failed)
          .as(lang.code())
          .contains("<div class=\"fix\"><h4>" + heading + "</h4>")
          .contains("alert(rsp.error_msg);");
      assertThat(article(html, "NP-CXL-2"))
          .as(lang.code())
          .contains("extra: { requester: &quot;customer&quot; }");
    }
  }

  @Test
  void theVerbatimFailureMarksThePrefixTheShopAddedInKorean() {
    String failed = article(HtmlReport.render(SampleReport.sample(), dir, Lang.KO), "NP-ERR-1");

    assertThat(failed)
        .contains("<h5>네이버페이가 보낸 메시지</h5><p class=\"diff-sent\">" + SampleReport.CANCEL_MESSAGE)
        .contains(
            "<h5>구매자가 본 화면</h5><p class=\"diff-shown\"><ins>결제에 실패하였습니다. 실패 사유: </ins>"
                + SampleReport.CANCEL_MESSAGE
                + "</p>")
        .contains("<ins>더해진 글자</ins> <del>빠진 글자</del>");
  }

  @Test
  void theEnglishPageSaysEnglish() {
    String html = HtmlReport.render(SampleReport.sample(), dir, Lang.EN);

    assertThat(html).contains("<html lang=\"en\">").doesNotContain("네이버 검수", "고치는 법");
  }

  @Test
  void noReportLeavesAPlaceholderUnfilled() {
    InspectionReport notDriven =
        InspectionReport.of(
            SampleReport.run(),
            List.of(SampleReport.notDriven("Buyer pays", SampleReport.PROBE_FAILED, "NP-ERR-1")));
    InspectionReport couldNotRun =
        InspectionReport.couldNotRun(SampleReport.run(), List.of("port 7070 is in use"));
    for (Lang lang : Lang.values()) {
      for (InspectionReport report : List.of(SampleReport.sample(), notDriven, couldNotRun)) {
        assertThat(HtmlReport.render(report, dir, lang))
            .as(lang.code())
            .doesNotContainPattern("\\{\\d+}");
        assertThat(JunitReport.render(report, lang)).doesNotContainPattern("\\{\\d+}");
        assertThat(JsonReport.render(report, lang)).doesNotContainPattern("\\{\\d+}");
      }
    }
  }

  @Test
  void onlyNaversRulesCountAsNaverWouldReject() {
    InspectionReport toolOnly = failing("RES-1");
    InspectionReport both = failing("NP-ERR-1", "RES-1");

    assertThat(toolOnly.naverRulesFailed()).isEmpty();
    assertThat(banner(HtmlReport.render(toolOnly, dir, Lang.EN)))
        .doesNotContain("Naver would likely reject")
        .contains("Naver&#39;s rules passed, but 1 of the tool&#39;s own checks failed")
        .contains("<span class=\"kind\">tool&#39;s own check</span>");
    assertThat(banner(HtmlReport.render(both, dir, Lang.EN)))
        .contains("Naver would likely reject this integration: 1 rule failed")
        .contains("Besides, 1 of the tool&#39;s own checks failed");
    assertThat(banner(HtmlReport.render(both, dir, Lang.KO)))
        .contains("네이버 검수에서 반려될 가능성이 높습니다: 규칙 1개 실패")
        .contains("그 밖에 도구 자체 점검 1개가 실패했습니다");
  }

  @Test
  void junitMessagesFollowTheLanguageButItsNamesStayEnglish() {
    String xml = JunitReport.render(SampleReport.sample(), Lang.KO);

    assertThat(xml)
        .contains("<testsuite name=\"NP-ERR-1 Failure message shown exactly as sent (popup)\"")
        .contains("기대: ")
        .contains("<skipped message=\"이 규칙을 점검한 시나리오가 없습니다\"/>");
  }

  private static InspectionReport failing(String... ruleIds) {
    List<Finding> findings =
        java.util.Arrays.stream(ruleIds)
            .map(
                id ->
                    SampleReport.finding(
                        id, "a", Verdict.FAILED, "broken", Evidence.of("this", "that")))
            .toList();
    return InspectionReport.of(
        SampleReport.run(),
        List.of(
            new ScenarioResult(
                "a",
                "payment",
                "pc",
                List.of(),
                ScenarioStatus.PASSED,
                findings,
                List.of(),
                List.of())));
  }

  private static String banner(String html) {
    return html.substring(
        html.indexOf("<section class=\"banner"), html.indexOf("<p class=\"intro\">"));
  }

  private static String article(String html, String ruleId) {
    int start = html.indexOf("<article class=\"rule v-failed\" id=\"rule-" + ruleId + "\">");
    assertThat(start).as(ruleId + " has a section to act on").isNotNegative();
    return html.substring(start, html.indexOf("</article>", start));
  }
}
