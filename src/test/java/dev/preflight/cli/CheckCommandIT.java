package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.support.StandaloneGrid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check command as a user meets it: small real runs against the reference merchant (one
 * capability each, to stay quick), and bad options that must be refused before anything starts.
 */
class CheckCommandIT {
  private final CommandRun cli = new CommandRun();
  @TempDir Path dir;

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void aCompliantMerchantPassesWritesEveryReportAndExitsZero() throws IOException {
    Path reports = dir.resolve("report");

    int status = run("check", "--tags", "@minimum-amount", "--out", reports.toString());

    assertThat(status).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("Inspecting reference-merchant")
        .containsPattern("\\[ 1/\\d+\\] PASSED +pc +A cart under the minimum")
        .containsPattern("NP-AMT-1 +FAIL +PASSED")
        .contains("Report: " + reports.resolve("index.html").toAbsolutePath());
    for (String file :
        new String[] {"index.html", "report.json", "junit.xml", "cucumber.html", "cucumber.json"}) {
      assertThat(reports.resolve(file)).isNotEmptyFile();
    }
    JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
    assertThat(json.toString()).contains("NP-AMT-1");
  }

  /**
   * The findings speak the check's language: a failed rule's summary, what Naver expects and what
   * the site did are Korean in a Korean check, the merchant's message inside them as sent.
   */
  @Test
  void aKoreanCheckWordsItsFindingsInKorean() throws IOException {
    Path reports = dir.resolve("ko");

    int status =
        run(
            "check",
            "--lang",
            "ko",
            "--defect",
            "prefixed-error-message",
            "--tags",
            "@NP-ERR-1",
            "--device",
            "pc",
            "--out",
            reports.toString());

    assertThat(status).as(cli.err()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
    assertThat(json.path("lang").asText()).isEqualTo("ko");
    JsonNode failed = null;
    for (JsonNode finding : json.path("findings")) {
      if (finding.path("verdict").asText().equals("FAILED")) {
        failed = finding;
      }
    }
    assertThat(failed).as(json.toString()).isNotNull();
    assertThat(failed.path("rule_id").asText()).isEqualTo("NP-ERR-1");
    assertThat(failed.path("reason").asText()).isEqualTo("error_msg를 받은 그대로 표시하지 않았습니다.");
    assertThat(failed.path("evidence").path("expected").asText())
        .startsWith("전체 문구가 error_msg와 같은 대화상자나 요소: ");
    assertThat(failed.path("evidence").path("actual").asText())
        .startsWith("대신 표시된 문구: 결제에 실패하였습니다. 실패 사유: ");
  }

  /**
   * Two workers, each with a shop and an account of its own, give the serial run's report: the same
   * scenarios in the same order with the same verdicts, including scenarios that move the
   * simulator's clock (they run alone) and a rule that fails.
   */
  @Test
  void twoWorkersGiveTheSerialRunsReport() throws IOException {
    String[] subset = {
      "check",
      "--defect",
      "prefixed-error-message",
      "--tags",
      "@subscriptions or @NP-ERR-1 or @NP-AMT-1",
      "--device",
      "pc"
    };
    Path serial = dir.resolve("serial");
    Path parallel = dir.resolve("parallel");

    int serialStatus = run(concat(subset, "--workers", "1", "--out", serial.toString()));
    int parallelStatus = run(concat(subset, "--workers", "2", "--out", parallel.toString()));

    assertThat(serialStatus).as(cli.err()).isEqualTo(1);
    assertThat(parallelStatus).as(cli.err()).isEqualTo(1);
    assertThat(cli.out()).contains("with 1 worker").contains("with 2 workers side by side");
    assertThat(verdicts(parallel)).isEqualTo(verdicts(serial)).hasSizeGreaterThan(8);
    assertThat(verdicts(serial)).anyMatch(line -> line.contains("A month later"));
    assertThat(verdicts(serial)).anyMatch(line -> line.contains("NP-ERR-1=FAILED"));
  }

  /** Each scenario of the report, in order: name, device, status and its rules' verdicts. */
  private static List<String> verdicts(Path reports) throws IOException {
    JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
    List<String> lines = new ArrayList<>();
    for (JsonNode scenario : json.get("scenarios")) {
      StringBuilder line =
          new StringBuilder(
              scenario.get("name").asText()
                  + " ["
                  + scenario.path("device").asText()
                  + "] "
                  + scenario.get("status").asText());
      for (JsonNode finding : json.get("findings")) {
        if (finding.get("scenario").asText().equals(scenario.get("name").asText())
            && finding.path("device").asText().equals(scenario.path("device").asText())) {
          line.append(' ')
              .append(finding.get("rule_id").asText())
              .append('=')
              .append(finding.get("verdict").asText());
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static String[] concat(String[] first, String... more) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void aFailedRuleExitsOneAndSaysWhy() {
    int status =
        run(
            "check",
            "--defect",
            "no-minimum-check",
            "--tags",
            "@minimum-amount",
            "--out",
            dir.toString());

    assertThat(status).isEqualTo(1);
    assertThat(cli.out())
        .containsPattern("\\[ 1/\\d+\\] FAILED +pc .*NP-AMT-1 FAILED")
        .containsPattern("NP-AMT-1 +FAIL +FAILED");
  }

  @Test
  void aScenarioNotDrivenToAVerdictExitsTwoAndSaysWhich() throws IOException {
    // The SDK refuses a string amount, so no payment completes for the buyer to cancel; the
    // cancel's rules are left unjudged, and no rule of this run fails.
    int status =
        run(
            "check",
            "--defect",
            "amount-as-string",
            "--tags",
            "@cancel and @buyer_cancel",
            "--out",
            dir.toString());

    assertThat(status).as(cli.err()).isEqualTo(2);
    assertThat(cli.err())
        .contains("check: could not judge 3 rules: 1 scenario not driven to a verdict:")
        .contains(
            "  The buyer cancels a paid order [pc]: the buyer could not complete a payment to"
                + " begin with");
    assertThat(cli.out())
        .containsPattern("\\[ 1/\\d+\\] NOT JUDGED pc +The buyer cancels a paid order")
        .contains("Not judged: 3 rules, in 1 scenario not driven");
    JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(json.get("passed").asBoolean()).isFalse();
    assertThat(json.get("summary").get("failed").asInt()).isZero();
    assertThat(json.get("scenarios").get(0).get("status").asText()).isEqualTo("NOT_JUDGED");
  }

  @Test
  void rulesLimitTheScenariosAndTheReport() {
    int status = run("check", "--rules", "np-amt-1", "--out", dir.toString());

    assertThat(status).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("A cart under the minimum")
        .doesNotContain("NP-ERR-1")
        .contains("1 rule: 1 passed");
  }

  @Test
  void aMerchantsOwnFeaturesRunBesideTheBuiltInOnes() throws IOException {
    Path features = Files.createDirectories(dir.resolve("features/our-checkout"));
    Files.writeString(
        features.resolve("cheap.feature"),
        String.join(
            "\n",
            "@our-checkout",
            "Feature: Our checkout refuses carts Naver Pay would refuse",
            "  @NP-AMT-1 @pc",
            "  Scenario: Our shop stops a cart under the minimum",
            "    Given a buyer on PC with a cart under the minimum amount",
            "    When the buyer tries to pay with Naver Pay",
            "    Then the buyer is told the minimum amount",
            ""));

    int status =
        run(
            "check",
            "--features",
            dir.resolve("features").toString(),
            "--tags",
            "@our-checkout",
            "--out",
            dir.resolve("report").toString());

    assertThat(status).as(cli.err()).isZero();
    assertThat(cli.out())
        .containsPattern("\\[ 1/\\d+\\] PASSED +pc +Our shop stops a cart under the minimum")
        .doesNotContain("[ 2/");
  }

  @Test
  void theBrowsersCanRunOnASeleniumGrid() {
    dev.preflight.support.Browsers.assumeChromium();
    try (StandaloneGrid grid = StandaloneGrid.start()) {
      int status =
          run(
              "check",
              "--grid",
              grid.url().toString(),
              "--tags",
              "@minimum-amount",
              "--out",
              dir.toString());

      assertThat(status).as(cli.err()).isZero();
      assertThat(cli.out())
          .contains("in Selenium Grid at " + grid.url())
          .containsPattern("\\[ 1/\\d+\\] PASSED +pc");
    }
  }

  /**
   * A hub with two nodes of one Chromium each: two workers each hold one browser, so the scenarios
   * run on both nodes, and the verdicts are those of a local run.
   */
  @Test
  void twoWorkersSpreadOverTheGridsNodes() {
    dev.preflight.support.Browsers.assumeChromium();
    try (StandaloneGrid grid = StandaloneGrid.hubWithNodes(2)) {
      int status =
          run(
              "check",
              "--grid",
              grid.url().toString(),
              "--workers",
              "2",
              "--device",
              "pc",
              "--rules",
              "NP-ERR-1",
              "--out",
              dir.toString());

      assertThat(status).as(cli.err()).isZero();
      assertThat(cli.out())
          .contains("in Selenium Grid at " + grid.url())
          .contains("Running 6 scenarios with 2 workers side by side")
          .containsPattern("\\[ 6/6\\] PASSED +pc");
      assertThat(grid.nodeLogs())
          .as("each node's log: a session of the check on it")
          .hasSize(2)
          .allSatisfy(log -> assertThat(log).contains("Session created"));
    }
  }

  @Test
  void aGridAddressMustBeAnAddress() {
    assertThat(run("check", "--grid", "not a url")).isEqualTo(2);

    assertThat(cli.err()).contains("--grid 'not a url' is not an address");
  }

  @Test
  void anUnknownRuleIsRefusedWithTheValidOnes() {
    assertThat(run("check", "--rules", "NP-NOPE-1")).isEqualTo(2);

    assertThat(cli.err()).contains("no rule 'NP-NOPE-1'", "NP-ERR-1");
  }

  @Test
  void anUnknownBrowserOrDeviceIsRefused() {
    assertThat(run("check", "--browser", "firefox")).isEqualTo(2);
    assertThat(run("check", "--device", "tablet")).isEqualTo(2);

    assertThat(cli.err())
        .contains("--browser 'firefox' is not one of auto, chromium, htmlunit")
        .contains("--device 'tablet' is not one of pc, mobile, both");
  }

  @Test
  void aMissingProfileFileIsNamedWithTheFix() {
    assertThat(run("check", "--profile", dir.resolve("shop.yml").toString())).isEqualTo(2);

    assertThat(cli.err()).contains("shop.yml is not a file", "leave --profile out");
  }

  @Test
  void anInvalidProfileIsRefusedAtTheFieldThatIsWrong() throws IOException {
    Path profile = dir.resolve("shop.yml");
    Files.writeString(profile, "name: shop\nbase_url: not-an-address\n");

    assertThat(run("check", "--profile", profile.toString())).isEqualTo(2);

    assertThat(cli.err()).contains("base_url");
  }

  @Test
  void noMatchingScenarioIsNotAPass() {
    assertThat(run("check", "--tags", "@no-such-capability", "--out", dir.toString())).isEqualTo(2);

    assertThat(cli.err()).contains("no scenario matched");
  }
}
