package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Verdict;
import dev.preflight.inspection.rules.RuleCatalog;
import dev.preflight.text.Lang;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReportTest {

  @Test
  void isWellFormedWithOneSuitePerRule() throws Exception {
    Document xml = parse(JunitReport.render(SampleReport.sample(), Lang.EN));

    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    int rules = RuleCatalog.all().size();
    int notRun = rules - 14;
    assertThat(elements(root, "testsuite")).hasSize(rules);
    // 17 findings, plus one "not run" case for each rule no scenario exercised.
    assertThat(elements(root, "testcase")).hasSize(17 + notRun);
    assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(17 + notRun));
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    assertThat(root.getAttribute("skipped")).isEqualTo(String.valueOf(7 + notRun));
    assertThat(root.getAttribute("errors")).isEqualTo("0");
  }

  @Test
  void suiteCountsMatchTheirCases() throws Exception {
    Document xml = parse(JunitReport.render(SampleReport.sample(), Lang.EN));

    for (Element suite : elements(xml.getDocumentElement(), "testsuite")) {
      assertThat(suite.getAttribute("tests"))
          .isEqualTo(String.valueOf(elements(suite, "testcase").size()));
      assertThat(suite.getAttribute("failures"))
          .isEqualTo(String.valueOf(elements(suite, "failure").size()));
      assertThat(suite.getAttribute("skipped"))
          .isEqualTo(String.valueOf(elements(suite, "skipped").size()));
      assertThat(suite.getAttribute("errors"))
          .isEqualTo(String.valueOf(elements(suite, "error").size()));
    }
  }

  @Test
  void eachRuleOfAScenarioNotDrivenIsAnErrorCountedOnItsSuite() throws Exception {
    InspectionReport report =
        InspectionReport.of(
            SampleReport.run(),
            List.of(
                SampleReport.notDriven(
                    "Buyer pays", SampleReport.PROBE_FAILED, "NP-VER-1", "NP-AMT-3")));

    Element root = parse(JunitReport.render(report, Lang.EN)).getDocumentElement();

    assertThat(root.getAttribute("errors")).isEqualTo("2");
    assertThat(root.getAttribute("failures")).isEqualTo("0");
    assertThat(root.getAttribute("skipped"))
        .isEqualTo(String.valueOf(RuleCatalog.all().size() - 2));
    Element suite = suite(root, "NP-VER-1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("0");
    Element error = elements(suite, "error").get(0);
    assertThat(error.getAttribute("message")).isEqualTo("not judged: " + SampleReport.PROBE_FAILED);
    assertThat(error.getAttribute("type")).isEqualTo("NOT_JUDGED");
    assertThat(error.getTextContent()).contains("NP-VER-1 was not judged on it");
  }

  @Test
  void aSkippedFindingOfAScenarioNotReachedIsAnErrorNotASkip() throws Exception {
    String why = "the buyer could not complete a payment to begin with; the shop showed: nothing";
    ScenarioResult notReached =
        new ScenarioResult(
            "The buyer cancels a paid order",
            "cancel",
            "pc",
            List.of(),
            ScenarioStatus.NOT_JUDGED,
            List.of(SampleReport.skipped("NP-CXL-1", "c", "precondition not met: " + why)),
            List.of(),
            List.of(),
            null,
            null,
            StopReason.of("stop.no-payment-to-begin.nothing"));

    Element suite =
        suite(
            parse(
                    JunitReport.render(
                        InspectionReport.of(SampleReport.run(), List.of(notReached)), Lang.EN))
                .getDocumentElement(),
            "NP-CXL-1");

    assertThat(elements(suite, "skipped")).isEmpty();
    assertThat(elements(suite, "error").get(0).getAttribute("message"))
        .isEqualTo("not judged: " + why);
    assertThat(suite.getAttribute("skipped")).isEqualTo("0");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
  }

  @Test
  void aJudgedRunHasNoError() throws Exception {
    Element root = parse(JunitReport.render(SampleReport.sample(), Lang.EN)).getDocumentElement();

    assertThat(elements(root, "error")).isEmpty();
    assertThat(root.getAttribute("errors")).isEqualTo("0");
  }

  @Test
  void timesAreTheScenariosOwnAndASuiteTheirSum() throws Exception {
    Element root = parse(JunitReport.render(SampleReport.sample(), Lang.EN)).getDocumentElement();

    assertThat(
            testcase("NP-ERR-1", "Buyer cancels in the Naver Pay window [pc]").getAttribute("time"))
        .isEqualTo("12.500");
    assertThat(
            testcase("NP-AMT-4", "Buyer pays 14,000 won with Naver Pay [mobile]")
                .getAttribute("time"))
        .isEqualTo("18.250");
    // NP-AMT-2 judged the mobile payment and the buyer's cancel.
    assertThat(suite(root, "NP-AMT-2").getAttribute("time")).isEqualTo("30.750");
    assertThat(testcase("NP-HR-1", JunitReport.NOT_RUN).getAttribute("time")).isEqualTo("0.000");
    assertThat(root.getAttribute("time")).isEqualTo("102.000");
  }

  @Test
  void aFailedFindingIsAFailureWithExpectedAndActual() throws Exception {
    Element testcase = testcase("NP-ERR-1", "Buyer cancels in the Naver Pay window [pc]");

    Element failure = elements(testcase, "failure").get(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("error_msg was not shown exactly as sent");
    assertThat(failure.getTextContent())
        .startsWith("Expected: a dialog or element whose whole text is error_msg: ")
        .contains("\nActual: shown instead: 결제에 실패하였습니다.");
  }

  @Test
  void skippedCarriesTheReasonAndWarningsPassWithANote() throws Exception {
    Element skipped = testcase("NP-SUB-1", "Buyer subscribes to monthly ear-tip delivery [pc]");
    assertThat(elements(skipped, "skipped").get(0).getAttribute("message"))
        .isEqualTo("the merchant offers no subscriptions");

    Element warning = testcase("NP-AMT-4", "Buyer pays 14,000 won with Naver Pay [mobile]");
    assertThat(elements(warning, "failure")).isEmpty();
    assertThat(elements(warning, "skipped")).isEmpty();
    assertThat(elements(warning, "system-out").get(0).getTextContent())
        .startsWith("WARNING (WARN, does not fail the check): the amount was not pre-registered");

    Element notRun = testcase("NP-HR-1", JunitReport.NOT_RUN);
    assertThat(elements(notRun, "skipped")).hasSize(1);
  }

  @Test
  void hostileTextStaysWellFormed() throws Exception {
    String hostile = "<script>alert(1)</script>\"'& ]]> \u0000\u0008 line\nbreak 😀";
    ScenarioResult scenario =
        new ScenarioResult(
            "scenario " + hostile,
            "f",
            "pc",
            List.of(),
            ScenarioStatus.PASSED,
            List.of(
                SampleReport.finding(
                    "NP-ERR-1", "s", Verdict.FAILED, hostile, Evidence.of(hostile, hostile))),
            List.of(),
            List.of());

    Document xml =
        parse(
            JunitReport.render(
                InspectionReport.of(SampleReport.run(), List.of(scenario)), Lang.EN));

    Element failure = elements(xml.getDocumentElement(), "failure").get(0);
    assertThat(failure.getAttribute("message"))
        .startsWith("<script>alert(1)</script>\"'& ]]> \uFFFD\uFFFD line\nbreak 😀");
    assertThat(failure.getTextContent()).contains("Actual: <script>alert(1)</script>");
  }

  private static Element suite(Element root, String ruleId) {
    return elements(root, "testsuite").stream()
        .filter(suite -> suite.getAttribute("name").startsWith(ruleId + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no testsuite " + ruleId));
  }

  private static Element testcase(String classname, String name) throws Exception {
    Document xml = parse(JunitReport.render(SampleReport.sample(), Lang.EN));
    return elements(xml.getDocumentElement(), "testcase").stream()
        .filter(c -> c.getAttribute("classname").equals(classname))
        .filter(c -> c.getAttribute("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no testcase " + classname + " / " + name));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> elements(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }
}
