package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Verdict;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.text.Lang;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  @TempDir Path dir;

  @Test
  void leadsWithTheVerdictWhenARuleFailed() {
    String html = HtmlReport.render(SampleReport.sample(), dir, Lang.EN);

    assertThat(html)
        .contains("Naver would likely reject this integration: 2 rules failed")
        .doesNotContain("No rule failed");
    assertThat(html.indexOf("likely reject")).isLessThan(html.indexOf("<h2>Rules</h2>"));
    String banner = html.substring(html.indexOf("class=\"banner"), html.indexOf("<h2>Rules</h2>"));
    assertThat(banner)
        .contains("href=\"#rule-NP-ERR-1\"")
        .contains("in \u201cBuyer cancels in the Naver Pay window [pc]\u201d")
        .contains("href=\"#rule-NP-CXL-2\"")
        .doesNotContain("href=\"#rule-NP-AMT-2\"");
    assertThat(html.indexOf("<h2>What to fix</h2>"))
        .isLessThan(html.indexOf("<h2>Passed, skipped and not run</h2>"));
  }

  @Test
  void saysNoRuleFailedWhenOnlyWarningsRemain() {
    InspectionReport report =
        InspectionReport.of(
            SampleReport.run(),
            List.of(
                scenario(
                    SampleReport.finding(
                        "NP-AMT-4",
                        "a",
                        Verdict.WARNING,
                        "not pre-registered",
                        Evidence.of("", "")),
                    List.of())));

    assertThat(HtmlReport.render(report, dir, Lang.EN))
        .contains("No rule failed")
        .contains("1 rule has warnings worth fixing");
  }

  @Test
  void aScenarioNotDrivenGetsTheIncompleteBannerNotTheGreenOne() {
    InspectionReport report =
        InspectionReport.of(
            SampleReport.run(),
            List.of(
                scenario(
                    SampleReport.finding(
                        "NP-AMT-4", "a", Verdict.PASSED, "pre-registered", Evidence.of("", "")),
                    List.of()),
                SampleReport.notDriven(
                    "Buyer pays 14,000 won", SampleReport.PROBE_FAILED, "NP-VER-1", "NP-AMT-3")));

    String banner = banner(HtmlReport.render(report, dir, Lang.EN));

    assertThat(banner)
        .startsWith("<section class=\"banner incomplete\">")
        .contains(
            "The check could not judge 2 rules: <span class=\"rid\">NP-AMT-3, NP-VER-1</span>")
        .contains("1 scenario should have run but was not driven to a verdict")
        .contains(
            "\u201cBuyer pays 14,000 won [pc]\u201d: <span class=\"why\">not driven: the site did"
                + " not pass the probe: base_url: https://shop.example does not answer</span>")
        .doesNotContain("No rule failed")
        .doesNotContain("banner pass");
  }

  @Test
  void scenariosNotDrivenForOneReasonAreNamedFirstFewAndHowManyMore() {
    List<ScenarioResult> scenarios =
        List.of("s1", "s2", "s3", "s4", "s5").stream()
            .map(name -> SampleReport.notDriven(name, SampleReport.PROBE_FAILED, "NP-VER-1"))
            .toList();
    InspectionReport report = InspectionReport.of(SampleReport.run(), scenarios);

    String banner = banner(HtmlReport.render(report, dir, Lang.EN));

    assertThat(banner)
        .contains("5 scenarios should have run but were not driven to a verdict")
        .contains("\u201cs1 [pc]\u201d, \u201cs2 [pc]\u201d and 3 more: <span class=\"why\">")
        .doesNotContain("s3 [pc]");
  }

  @Test
  void aFailedRuleLeadsButTheRulesNotJudgedStillShow() {
    InspectionReport sample = SampleReport.sample();
    List<ScenarioResult> scenarios = new java.util.ArrayList<>(sample.scenarios());
    scenarios.add(
        SampleReport.notDriven("Buyer pays", StopReason.asWritten("a step threw"), "NP-VER-1"));
    InspectionReport report = InspectionReport.of(SampleReport.run(), scenarios);

    String html = HtmlReport.render(report, dir, Lang.EN);

    assertThat(html.indexOf("<section class=\"banner fail\">"))
        .isNotNegative()
        .isLessThan(html.indexOf("<section class=\"banner incomplete\">"));
    assertThat(banner(html)).contains("The check could not judge 1 rule");
  }

  @Test
  void aReportOfNoScenarioIsNotGreen() {
    String html =
        HtmlReport.render(InspectionReport.of(SampleReport.run(), List.of()), dir, Lang.EN);

    assertThat(banner(html))
        .startsWith("<section class=\"banner incomplete\">")
        .contains("The check judged nothing: no scenario ran")
        .doesNotContain("No rule failed");
  }

  @Test
  void theScenarioTableSaysWhichScenarioWasNotJudgedAndWhy() {
    InspectionReport report =
        InspectionReport.of(
            SampleReport.run(),
            List.of(
                SampleReport.notDriven(
                    "Buyer pays", StopReason.asWritten("a <b>step</b> threw"), "NP-VER-1")));

    String html = HtmlReport.render(report, dir, Lang.EN);

    assertThat(html.substring(html.indexOf("<h2>Scenarios</h2>")))
        .contains("<b>not judged</b><div class=\"muted\">a &lt;b&gt;step&lt;/b&gt; threw</div>");
  }

  @Test
  void listsEveryRuleWithTitleSeverityAndVerdict() {
    String html = HtmlReport.render(SampleReport.sample(), dir, Lang.EN);

    for (CatalogueEntry rule : CatalogueEntry.all()) {
      assertThat(html)
          .contains("href=\"#rule-" + rule.id() + "\"")
          .contains("id=\"rule-" + rule.id());
    }
    assertThat(html)
        .contains("Failure message shown exactly as sent (popup)")
        .contains("Blocker")
        .contains("no scenario exercised it")
        .contains("did not apply: the merchant offers no subscriptions");
  }

  @Test
  void aFindingShowsClauseExpectedActualRequestPayAndRestCalls() {
    String html = HtmlReport.render(SampleReport.sample(), dir, Lang.EN);

    assertThat(html)
        .contains("Must return error message as-is")
        .contains("What Naver expects")
        .contains("shown instead: 결제에 실패하였습니다. 실패 사유: ")
        .contains("IMP.request_pay parameters")
        .contains("&quot;naverPopupMode&quot; : true")
        .contains("<code>POST /payments/cancel</code>")
        .contains("재고 부족으로 주문 취소");
  }

  @Test
  void isSelfContained() {
    SampleReport.drawScreenshot(dir.resolve(SampleReport.SCREENSHOT));

    String html = HtmlReport.render(SampleReport.sample(), dir, Lang.EN);

    assertThat(html)
        .contains("<style>")
        .contains("data:image/png;base64,")
        .doesNotContain("<link")
        .doesNotContain("<script")
        .doesNotContain("src=\"http")
        .doesNotContain("src=\"screenshots/")
        .doesNotContainPattern("url\\(");
  }

  @Test
  void omitsAScreenshotWhoseFileIsMissing() {
    String html = HtmlReport.render(SampleReport.sample(), dir, Lang.EN);

    assertThat(html).doesNotContain("<img").doesNotContain("data:image/png");
  }

  @Test
  void neverLetsMerchantTextBecomeMarkup() {
    String hostile = "<script>alert(1)</script>\"'&";
    Evidence evidence =
        Evidence.of("error_msg: " + hostile, "shown instead: " + hostile)
            .withJournal(1)
            .with("shown", List.of(hostile))
            .with("error_msg", hostile);
    ScenarioResult scenario =
        new ScenarioResult(
            "Buyer sees " + hostile,
            "failure-messages",
            "pc<b>",
            List.of("@x" + hostile),
            ScenarioStatus.NOT_JUDGED,
            List.of(
                SampleReport.finding(
                    "NP-ERR-1", "x", Verdict.FAILED, "reason " + hostile, evidence)),
            List.of(requestPayNamed(hostile)),
            List.of("../" + hostile + ".png"));
    InspectionReport report = InspectionReport.of(SampleReport.run(), List.of(scenario));

    String html = HtmlReport.render(report, dir, Lang.EN);

    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("<script")
        .doesNotContain("pc<b>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;")
        .contains("shown instead: &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;")
        .contains("reason &lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(banner(html))
        .contains("banner incomplete")
        .contains(
            "\u201cBuyer sees &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp; [pc&lt;b&gt;]\u201d")
        .doesNotContain("<script");
  }

  /** The verdict sections at the top, up to the first heading after them. */
  private static String banner(String html) {
    return html.substring(
        html.indexOf("<section class=\"banner"), html.indexOf("<p class=\"intro\">"));
  }

  private static JournalEntry requestPayNamed(String name) {
    ObjectNode params = JsonNodeFactory.instance.objectNode().put("name", name).put("amount", 100);
    return new JournalEntry(1, 0, "imp0", "sdk", "request_pay", "/", params, null, null, null, 0);
  }

  private static ScenarioResult scenario(
      dev.preflight.inspection.Finding finding, List<String> screenshots) {
    return new ScenarioResult(
        "a",
        "payment",
        "pc",
        List.of(),
        ScenarioStatus.PASSED,
        List.of(finding),
        List.of(),
        screenshots);
  }
}
