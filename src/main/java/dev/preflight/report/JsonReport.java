package dev.preflight.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.nio.file.Path;
import java.util.Map;

/**
 * report.json, schema version 2 (docs/report-json.md). Built field by field rather than by
 * serialising the model, so renaming a Java field cannot silently change what CI scripts read.
 */
public final class JsonReport {
  public static final int SCHEMA_VERSION = 2;
  public static final String FILE = "report.json";

  private JsonReport() {}

  public static Path write(InspectionReport report, Path dir, Lang lang) {
    return ReportFile.write(dir, FILE, render(report, lang));
  }

  /**
   * The report; {@code title} and {@code clause} stay English, so scripts can rely on them, and
   * {@code text} holds them in {@code lang} with how to fix the rule.
   */
  public static String render(InspectionReport report, Lang lang) {
    Messages m = Messages.of(lang);
    ObjectNode root = ReportJson.MAPPER.createObjectNode();
    root.put("schema_version", SCHEMA_VERSION);
    root.put("passed", report.passed());
    ArrayNode problems = root.putArray("problems");
    report.problems().forEach(problems::add);
    root.set("run", run(report.run()));
    root.set("summary", summary(report));
    ArrayNode rules = root.putArray("rules");
    NotJudged notJudged = report.notJudged();
    report.ruleSummaries().forEach(rule -> rules.add(rule(rule, notJudged, m)));
    ArrayNode findings = root.putArray("findings");
    report.outcomes().forEach(outcome -> findings.add(finding(outcome)));
    ArrayNode scenarios = root.putArray("scenarios");
    report.scenarios().forEach(scenario -> scenarios.add(scenario(scenario, m)));
    root.put("lang", lang.code());
    return ReportJson.pretty(root) + "\n";
  }

  private static ObjectNode run(RunInfo run) {
    ObjectNode node = ReportJson.MAPPER.createObjectNode();
    node.put("tool_version", run.toolVersion());
    node.put("started_at", run.startedAt().toString());
    node.put("finished_at", run.finishedAt().toString());
    node.put("duration_ms", run.duration().toMillis());
    ObjectNode merchant = node.putObject("merchant");
    merchant.put("name", run.merchantName());
    merchant.put("base_url", run.merchantBaseUrl());
    node.put("browser", run.browser());
    ArrayNode devices = node.putArray("devices");
    run.devices().forEach(devices::add);
    return node;
  }

  private static ObjectNode summary(InspectionReport report) {
    VerdictCounts counts = report.counts();
    NotJudged notJudged = report.notJudged();
    ObjectNode node = ReportJson.MAPPER.createObjectNode();
    node.put("rules", counts.total());
    node.put("passed", counts.passed());
    node.put("failed", counts.failed());
    node.put("warning", counts.warning());
    node.put("review", counts.review());
    node.put("skipped", counts.skipped());
    node.put("not_run", counts.notRun());
    node.put("scenarios", report.scenarios().size());
    node.put("findings", report.outcomes().size());
    node.put("not_judged", notJudged.rules().size());
    node.put("scenarios_not_judged", notJudged.scenarios().size());
    node.put("naver_failed", report.naverRulesFailed().size());
    node.put("tool_failed", report.toolChecksFailed().size());
    return node;
  }

  private static ObjectNode rule(RuleSummary summary, NotJudged notJudged, Messages m) {
    ObjectNode node = ReportJson.MAPPER.createObjectNode();
    RuleText english = summary.rule().text(Messages.of(Lang.EN));
    RuleText text = summary.rule().text(m);
    node.put("id", summary.rule().id());
    node.put("title", english.title());
    node.put("severity", summary.rule().severity().name());
    node.put("clause", english.clause());
    node.put("verdict", summary.verdict().name());
    node.put("not_judged", notJudged.rules().contains(summary));
    ArrayNode scenarios = node.putArray("scenarios");
    for (RuleOutcome outcome : summary.outcomes()) {
      ObjectNode scenario = scenarios.addObject();
      scenario.put("scenario", outcome.scenario().name());
      scenario.put("device", outcome.scenario().device());
      scenario.put("verdict", outcome.verdict().name());
      scenario.put("reason", outcome.finding().reason());
    }
    node.put("kind", summary.rule().kind().name());
    ObjectNode localized = node.putObject("text");
    localized.put("title", text.title());
    localized.put("clause", text.clause());
    localized.put("fix", text.fix());
    return node;
  }

  private static ObjectNode finding(RuleOutcome outcome) {
    Finding finding = outcome.finding();
    ObjectNode node = ReportJson.MAPPER.createObjectNode();
    node.put("rule_id", finding.ruleId());
    node.put("scenario", outcome.scenario().name());
    node.put("device", outcome.scenario().device());
    node.put("verdict", finding.verdict().name());
    node.put("severity", finding.severity().name());
    node.put("reason", finding.reason());
    node.set("evidence", evidence(finding.evidence()));
    return node;
  }

  private static ObjectNode evidence(Evidence evidence) {
    ObjectNode node = ReportJson.MAPPER.createObjectNode();
    if (evidence == null) {
      evidence = Evidence.of("", "");
    }
    node.put("expected", evidence.expected());
    node.put("actual", evidence.actual());
    ArrayNode seqs = node.putArray("journal_seqs");
    evidence.journalSeqs().forEach(seqs::add);
    ObjectNode details = node.putObject("details");
    for (Map.Entry<String, Object> detail : evidence.details().entrySet()) {
      details.set(detail.getKey(), ReportJson.tree(detail.getValue()));
    }
    node.put("screenshot", evidence.screenshot());
    return node;
  }

  private static ObjectNode scenario(ScenarioResult scenario, Messages m) {
    ObjectNode node = ReportJson.MAPPER.createObjectNode();
    node.put("name", scenario.name());
    node.put("feature", scenario.feature());
    node.put("device", scenario.device());
    ArrayNode tags = node.putArray("tags");
    scenario.tags().forEach(tags::add);
    node.put("status", scenario.status().name());
    node.put("stop_reason", scenario.stopReason() == null ? null : scenario.stopReason().english());
    node.put("started_at", instant(scenario.startedAt()));
    node.put("finished_at", instant(scenario.finishedAt()));
    node.put("duration_ms", scenario.duration().toMillis());
    ArrayNode screenshots = node.putArray("screenshots");
    scenario.screenshots().forEach(screenshots::add);
    ArrayNode journal = node.putArray("journal");
    scenario.journal().forEach(record -> journal.add(ReportJson.journalEntry(record)));
    ObjectNode localized = node.putObject("text");
    localized.put("title", scenario.title(m));
    localized.put("stop_reason", scenario.stopReason(m));
    return node;
  }

  private static String instant(java.time.Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
