package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.preflight.cli.Main;
import dev.preflight.support.Browsers;
import dev.preflight.support.Verdicts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every feature of {@code features/} against the compliant reference merchant, through the command
 * a user runs: exactly the verdicts of {@code reference/expected.yml} per scenario and rule. A rule
 * that wrongly fails the compliant integration breaks the build, and so does one that comes back
 * SKIPPED, a scenario that stops early or is not driven at all: none of them can hide behind a
 * green run. In Chromium where it is installed (CI must have it), else in HtmlUnit, whose verdicts
 * are the same.
 */
class ReferenceVerdictsIT {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  @TempDir Path out;

  @Test
  void theCompliantMerchantGetsExactlyItsExpectedVerdicts() throws IOException {
    JsonNode expected = expected();
    String browser = Browsers.chromiumInstalled() || Browsers.inCi() ? "chromium" : "htmlunit";
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("check", "--browser", browser, "--out", out.toString());

    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    List<String> ran = Verdicts.scenarios(report);
    Map<String, Map<String, String>> want =
        Verdicts.withoutPassed(Verdicts.expand(expected.path("clean"), ran));
    assertThat(ran).as("scenarios run in %s", browser).hasSize(expected.path("scenarios").asInt());
    assertThat(Verdicts.notPassed(report))
        .as("verdicts other than PASSED in %s", browser)
        .isEqualTo(want);
    assertThat(report.path("summary").path("not_judged").asInt())
        .as("rules not judged; stderr: %s", err)
        .isZero();
    assertThat(report.path("summary").path("not_run").asInt())
        .as("rules no scenario exercised")
        .isZero();
    report
        .path("findings")
        .forEach(
            finding ->
                assertThat(finding.path("reason").asText())
                    .as("the reason for %s", finding.path("rule_id").asText())
                    .isNotBlank());
    assertThat(exit).as("exit status; stderr: %s", err).isZero();
    theReviewRequestAnswersWhatTheEvidenceBacks(Files.readString(out.resolve("review-request.md")));
  }

  /**
   * The compliant merchant's review request: every item a check can back is answered, each answer
   * with its evidence (a verdict, a journal entry or the profile's field); only what no check can
   * know is left blank.
   */
  private static void theReviewRequestAnswersWhatTheEvidenceBacks(String markdown) {
    Map<String, String> answers = new java.util.LinkedHashMap<>();
    Map<String, List<String>> evidence = new java.util.LinkedHashMap<>();
    for (String block : markdown.split("\n### ")) {
      String[] lines = block.split("\n");
      String question = lines[0].strip();
      for (String line : lines) {
        if (line.startsWith("**답변:** ")) {
          answers.put(question, line.substring("**답변:** ".length()));
        } else if (line.startsWith("- ") && answers.containsKey(question)) {
          evidence.computeIfAbsent(question, q -> new java.util.ArrayList<>()).add(line);
        }
      }
    }
    assertThat(answers.keySet())
        .as("the review request's items left blank")
        .filteredOn(question -> answers.get(question).startsWith("\\[직접 기입\\]"))
        .containsExactlyInAnyOrder(
            "상호, 사업자등록번호, 담당자 연락처",
            "면세 상품 판매 (tax_free)",
            "포인트·적립금 사용 여부",
            "현금영수증 발급 처리",
            "심사용 테스트 계정 (아이디·비밀번호)");
    assertThat(answers).hasSize(18);
    assertThat(answers)
        .containsEntry("결제창 호출 방식 (팝업 / 리다이렉트)", "PC: 팝업, 모바일: 리다이렉트")
        .containsEntry("결제금액 위변조 방지 (결제 후 서버에서 금액 검증)", "적용함")
        .containsEntry("부분취소 기능 제공", "제공함")
        .containsEntry("결제 실패 시 네이버페이 오류 메시지를 그대로 표시", "그대로 표시함");
    answers.keySet().stream()
        .filter(question -> !answers.get(question).startsWith("\\["))
        .forEach(
            question ->
                assertThat(evidence.get(question))
                    .as("the evidence for %s", question)
                    .isNotEmpty()
                    .anyMatch(line -> line.matches(".*(저널 #|NP-[A-Z]+-\\d|프로필|시나리오).*")));
    assertThat(evidence.get("결제금액 위변조 방지 (결제 후 서버에서 금액 검증)"))
        .anyMatch(line -> line.matches("- 저널 #\\d+ GET /payments/imp_\\d+"));
    assertThat(markdown).contains("```json\n[ {\n  \"categoryType\" :");
  }

  private static JsonNode expected() throws IOException {
    try (InputStream in =
        ReferenceVerdictsIT.class.getResourceAsStream("/reference/expected.yml")) {
      return YAML.readTree(in);
    }
  }
}
