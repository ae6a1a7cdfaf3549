package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.inspection.rules.RuleCatalog;
import dev.preflight.text.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.json against docs/report-json.md, field by field: CI scripts depend on this shape. */
class JsonReportTest {
  private static final Set<String> VERDICTS =
      Set.of("PASSED", "FAILED", "WARNING", "REVIEW", "SKIPPED", "NOT_RUN");
  private static final Set<String> SEVERITIES = Set.of("FAIL", "WARN", "INFO");

  @TempDir Path dir;
  private JsonNode root;

  @BeforeEach
  void write() throws Exception {
    Path file = JsonReport.write(SampleReport.sample(), dir, Lang.EN);
    root = new ObjectMapper().readTree(Files.readString(file));
  }

  @Test
  void topLevel() {
    assertThat(names(root))
        .containsExactly(
            "schema_version",
            "passed",
            "problems",
            "run",
            "summary",
            "rules",
            "findings",
            "scenarios",
            "lang");
    assertThat(root.get("lang").asText()).isEqualTo("en");
    assertThat(root.get("schema_version").isInt()).isTrue();
    assertThat(root.get("schema_version").asInt()).isEqualTo(2);
    assertThat(root.get("passed").isBoolean()).isTrue();
    assertThat(root.get("passed").asBoolean()).isFalse();
  }

  @Test
  void run() {
    JsonNode run = root.get("run");
    assertThat(names(run))
        .containsExactly(
            "tool_version",
            "started_at",
            "finished_at",
            "duration_ms",
            "merchant",
            "browser",
            "devices");
    assertThat(run.get("tool_version").asText()).isEqualTo("0.1.0");
    assertThat(run.get("started_at").asText()).isEqualTo("2025-01-15T03:00:00Z");
    assertThat(run.get("finished_at").asText()).isEqualTo("2025-01-15T03:01:42Z");
    assertThat(run.get("duration_ms").isIntegralNumber()).isTrue();
    assertThat(run.get("duration_ms").asLong()).isEqualTo(102_000);
    assertThat(names(run.get("merchant"))).containsExactly("name", "base_url");
    assertThat(run.get("merchant").get("name").asText()).isEqualTo("Hanbit Audio (한빛오디오)");
    assertThat(run.get("merchant").get("base_url").asText()).isEqualTo("https://shop.example");
    assertThat(run.get("browser").isTextual()).isTrue();
    assertThat(texts(run.get("devices"))).containsExactly("pc", "mobile");
  }

  @Test
  void summary() {
    JsonNode summary = root.get("summary");
    assertThat(names(summary))
        .containsExactly(
            "rules",
            "passed",
            "failed",
            "warning",
            "review",
            "skipped",
            "not_run",
            "scenarios",
            "findings",
            "not_judged",
            "scenarios_not_judged",
            "naver_failed",
            "tool_failed");
    assertThat(summary.get("naver_failed").asInt() + summary.get("tool_failed").asInt())
        .isEqualTo(summary.get("failed").asInt());
    summary.forEach(count -> assertThat(count.isInt()).isTrue());
    assertThat(summary.get("rules").asInt()).isEqualTo(RuleCatalog.all().size());
    assertThat(summary.get("passed").asInt()).isEqualTo(5);
    assertThat(summary.get("failed").asInt()).isEqualTo(2);
    assertThat(summary.get("warning").asInt()).isEqualTo(2);
    assertThat(summary.get("review").asInt()).isZero();
    assertThat(summary.get("skipped").asInt()).isEqualTo(5);
    assertThat(summary.get("not_run").asInt()).isEqualTo(RuleCatalog.all().size() - 14);
    assertThat(summary.get("scenarios").asInt()).isEqualTo(4);
    assertThat(summary.get("findings").asInt()).isEqualTo(root.get("findings").size());
    assertThat(summary.get("not_judged").asInt()).isZero();
    assertThat(summary.get("scenarios_not_judged").asInt()).isZero();
  }

  @Test
  void inKoreanTheStableFieldsStayEnglishAndTextIsKorean() throws Exception {
    JsonNode korean =
        new ObjectMapper().readTree(JsonReport.render(SampleReport.sample(), Lang.KO));

    assertThat(korean.get("lang").asText()).isEqualTo("ko");
    JsonNode first = korean.get("rules").get(0);
    assertThat(first.get("title").asText())
        .isEqualTo("Failure message shown exactly as sent (popup)");
    assertThat(first.get("verdict").asText()).isEqualTo("FAILED");
    assertThat(first.get("text").get("title").asText()).isEqualTo("실패 메시지를 받은 그대로 표시 (팝업)");
    assertThat(first.get("text").get("fix").asText()).contains("rsp.error_msg");
  }

  @Test
  void rules() {
    JsonNode rules = root.get("rules");
    assertThat(rules.size()).isEqualTo(RuleCatalog.all().size());
    for (JsonNode rule : rules) {
      assertThat(names(rule))
          .containsExactly(
              "id",
              "title",
              "severity",
              "clause",
              "verdict",
              "not_judged",
              "scenarios",
              "kind",
              "text");
      assertThat(rule.get("not_judged").isBoolean()).isTrue();
      assertThat(rule.get("id").asText()).matches("(NP-[A-Z]+|RES)-\\d");
      assertThat(rule.get("title").asText()).isNotBlank();
      assertThat(SEVERITIES).contains(rule.get("severity").asText());
      assertThat(rule.get("clause").asText()).isNotBlank();
      assertThat(VERDICTS).contains(rule.get("verdict").asText());
      assertThat(rule.get("kind").asText())
          .isEqualTo(rule.get("id").asText().startsWith("RES-") ? "TOOL" : "NAVER");
      assertThat(names(rule.get("text"))).containsExactly("title", "clause", "fix");
      assertThat(rule.get("text").get("title").asText()).isEqualTo(rule.get("title").asText());
      for (JsonNode scenario : rule.get("scenarios")) {
        assertThat(names(scenario)).containsExactly("scenario", "device", "verdict", "reason");
        assertThat(VERDICTS).contains(scenario.get("verdict").asText());
      }
    }
    assertThat(rules.get(0).get("id").asText()).isEqualTo("NP-ERR-1");
    assertThat(rules.get(0).get("verdict").asText()).isEqualTo("FAILED");
    assertThat(rules.get(0).get("scenarios").get(0).get("device").asText()).isEqualTo("pc");
    assertThat(rule("NP-HR-1").get("verdict").asText()).isEqualTo("NOT_RUN");
    assertThat(rule("NP-HR-1").get("scenarios").size()).isZero();
  }

  @Test
  void findings() {
    JsonNode findings = root.get("findings");
    assertThat(findings.size()).isEqualTo(17);
    for (JsonNode finding : findings) {
      assertThat(names(finding))
          .containsExactly(
              "rule_id", "scenario", "device", "verdict", "severity", "reason", "evidence");
      assertThat(VERDICTS).contains(finding.get("verdict").asText());
      assertThat(SEVERITIES).contains(finding.get("severity").asText());
      JsonNode evidence = finding.get("evidence");
      assertThat(names(evidence))
          .containsExactly("expected", "actual", "journal_seqs", "details", "screenshot");
      assertThat(evidence.get("journal_seqs").isArray()).isTrue();
      evidence.get("journal_seqs").forEach(seq -> assertThat(seq.isIntegralNumber()).isTrue());
      assertThat(evidence.get("details").isObject()).isTrue();
      assertThat(evidence.get("screenshot").isTextual() || evidence.get("screenshot").isNull())
          .isTrue();
    }
    JsonNode first = findings.get(0);
    assertThat(first.get("rule_id").asText()).isEqualTo("NP-ERR-1");
    assertThat(first.get("scenario").asText()).isEqualTo("Buyer cancels in the Naver Pay window");
    assertThat(first.get("verdict").asText()).isEqualTo("FAILED");
    assertThat(first.get("severity").asText()).isEqualTo("FAIL");
    JsonNode evidence = first.get("evidence");
    assertThat(evidence.get("journal_seqs").toString()).isEqualTo("[3,4]");
    assertThat(evidence.get("details").get("error_msg").asText())
        .isEqualTo(SampleReport.CANCEL_MESSAGE);
    assertThat(evidence.get("details").get("shown").isArray()).isTrue();
    assertThat(evidence.get("screenshot").asText()).isEqualTo(SampleReport.SCREENSHOT);
  }

  @Test
  void scenariosCarryTheJournalTheFindingsCite() {
    JsonNode scenario = root.get("scenarios").get(0);
    assertThat(names(scenario))
        .containsExactly(
            "name",
            "feature",
            "device",
            "tags",
            "status",
            "stop_reason",
            "started_at",
            "finished_at",
            "duration_ms",
            "screenshots",
            "journal",
            "text");
    assertThat(scenario.get("status").asText()).isEqualTo("PASSED");
    assertThat(scenario.get("stop_reason").isNull()).isTrue();
    assertThat(scenario.get("started_at").asText()).isEqualTo("2025-01-15T03:00:00Z");
    assertThat(scenario.get("finished_at").asText()).isEqualTo("2025-01-15T03:00:12.500Z");
    assertThat(scenario.get("duration_ms").isIntegralNumber()).isTrue();
    assertThat(scenario.get("duration_ms").asLong()).isEqualTo(12_500);
    assertThat(texts(scenario.get("tags"))).containsExactly("@popup", "@failure");
    JsonNode requestPay = scenario.get("journal").get(1);
    assertThat(names(requestPay))
        .containsExactly(
            "seq",
            "at",
            "tenant",
            "kind",
            "method",
            "path",
            "params",
            "status",
            "code",
            "detail",
            "response");
    assertThat(requestPay.get("seq").asLong()).isEqualTo(3);
    assertThat(requestPay.get("method").asText()).isEqualTo("request_pay");
    assertThat(requestPay.get("params").get("amount").isInt()).isTrue();
    assertThat(root.get("scenarios").get(3).get("status").asText()).isEqualTo("SKIPPED");
  }

  @Test
  void aScenarioNotDrivenMakesTheRunNotPassedAndIsCounted() throws Exception {
    InspectionReport report =
        InspectionReport.of(
            SampleReport.run(),
            List.of(
                SampleReport.notDriven(
                    "Buyer pays", SampleReport.PROBE_FAILED, "NP-VER-1", "NP-AMT-3")));
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(report, Lang.EN));

    assertThat(json.get("passed").asBoolean()).isFalse();
    assertThat(json.get("summary").get("failed").asInt()).isZero();
    assertThat(json.get("summary").get("not_judged").asInt()).isEqualTo(2);
    assertThat(json.get("summary").get("scenarios_not_judged").asInt()).isEqualTo(1);
    JsonNode scenario = json.get("scenarios").get(0);
    assertThat(scenario.get("status").asText()).isEqualTo("NOT_JUDGED");
    assertThat(scenario.get("stop_reason").asText()).isEqualTo(SampleReport.PROBE_FAILED.english());
    assertThat(scenario.get("duration_ms").asLong()).isEqualTo(1_500);
    for (JsonNode rule : json.get("rules")) {
      String id = rule.get("id").asText();
      assertThat(rule.get("not_judged").asBoolean())
          .as(id)
          .isEqualTo(id.equals("NP-VER-1") || id.equals("NP-AMT-3"));
    }
  }

  @Test
  void aScenarioWithoutTimesHasNullInstantsAndNoDuration() throws Exception {
    InspectionReport report =
        InspectionReport.of(
            SampleReport.run(),
            List.of(
                new ScenarioResult(
                    "s",
                    "f",
                    null,
                    List.of(),
                    ScenarioStatus.PASSED,
                    List.of(),
                    List.of(),
                    List.of())));
    JsonNode scenario =
        new ObjectMapper().readTree(JsonReport.render(report, Lang.EN)).get("scenarios").get(0);

    assertThat(scenario.get("started_at").isNull()).isTrue();
    assertThat(scenario.get("finished_at").isNull()).isTrue();
    assertThat(scenario.get("duration_ms").asLong()).isZero();
  }

  private JsonNode rule(String id) {
    for (JsonNode rule : root.get("rules")) {
      if (rule.get("id").asText().equals(id)) {
        return rule;
      }
    }
    throw new AssertionError("no rule " + id);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
