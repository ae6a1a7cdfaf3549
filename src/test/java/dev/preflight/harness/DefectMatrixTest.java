package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.preflight.inspection.rules.RuleCatalog;
import dev.preflight.merchant.Defect;
import dev.preflight.report.InspectionReport;
import dev.preflight.report.RuleSummary;
import dev.preflight.report.RuleVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The harness against the reference merchant's known mistakes: with each defect switched on, the
 * check must give exactly the verdicts {@code expected/defect-matrix.yml} lists for it, running
 * every scenario of each capability (feature folder) that exercises one of the defect's rules. A
 * rule that stops catching its mistake, or starts blaming the wrong one, fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefectMatrixTest {
  private static final Path FEATURES = Path.of("features");
  private Workbench bench;
  private JsonNode expected;
  @TempDir Path reports;

  /**
   * The expected verdicts are Chromium's, the browser Naver's reviewers and the merchant's buyers
   * use. HtmlUnit reads some pages differently (the cart's text, for NP-PRD-5), so without Chromium
   * the matrix is skipped rather than held to another browser's verdicts.
   */
  @BeforeAll
  void startTheWorkbench() throws IOException {
    dev.preflight.support.Browsers.assumeChromium();
    bench = Workbench.start(BrowserChoice.of(BrowserChoice.Engine.CHROMIUM), 0);
    try (InputStream in = getClass().getResourceAsStream("/expected/defect-matrix.yml")) {
      expected = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }

  @AfterAll
  void stopTheWorkbench() {
    if (bench != null) {
      bench.close();
    }
  }

  Stream<Defect> defects() {
    return Stream.of(Defect.values());
  }

  @Test
  void theExpectationsNameEveryDefectAndNoOther() {
    Set<String> listed = new TreeSet<>();
    expected.path("defects").fieldNames().forEachRemaining(listed::add);
    Set<String> switches = new TreeSet<>();
    defects().forEach(d -> switches.add(d.switchName()));

    assertThat(listed).isEqualTo(switches);
  }

  @Test
  void theCompliantMerchantPassesEveryRuleOrSkipsItWithAReason() {
    InspectionReport report = inspect(List.of(), Set.of());

    assertThat(notPassed(report)).isEqualTo(expectedFor(null, report));
    assertThat(report.ruleSummaries())
        .filteredOn(rule -> rule.verdict() == RuleVerdict.SKIPPED)
        .allSatisfy(rule -> assertThat(rule.skipReasons()).allMatch(r -> !r.isBlank()));
    assertThat(report.ruleSummaries()).noneMatch(r -> r.verdict() == RuleVerdict.NOT_RUN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void eachDefectGivesExactlyItsListedVerdicts(Defect defect) {
    // A rule the matrix names but the catalogue lacks (renamed, removed) is a broken matrix.
    assertThat(defect.rules())
        .as("the rules of %s, all in the catalogue", defect)
        .allMatch(id -> RuleCatalog.byId(id).isPresent());
    Set<String> capabilities = capabilitiesExercising(rulesOf(defect));
    assertThat(capabilities).as("the features that exercise %s", defect.rules()).isNotEmpty();

    InspectionReport report = inspect(List.of(defect), capabilities);

    assertThat(notPassed(report))
        .as("verdicts other than PASSED with %s on", defect.switchName())
        .isEqualTo(expectedFor(defect, report));
    assertThat(report.passed()).isEqualTo(!expectedFor(defect, report).containsValue("FAILED"));
  }

  private InspectionReport inspect(List<Defect> defects, Set<String> capabilities) {
    // A clean journal for each merchant: its orders are judged against its own, not the last's.
    bench.simulator().simulator().reset(false);
    String name = defects.isEmpty() ? "compliant" : defects.get(0).switchName();
    InspectionPlan plan =
        InspectionPlan.everything(reports.resolve(name)).onlyCapabilities(capabilities);
    try (InspectedSite site = InspectedSite.reference(bench, defects)) {
      Inspection.Outcome outcome = Inspection.run(bench, site, plan, "test", result -> {});
      assertThat(outcome.breakdowns()).as("scenarios the harness could not drive").isEmpty();
      return outcome.report();
    }
  }

  /** Each rule whose verdict over the run is not PASSED (nor NOT_RUN), with that verdict. */
  private static Map<String, String> notPassed(InspectionReport report) {
    Map<String, String> verdicts = new TreeMap<>();
    for (RuleSummary rule : report.ruleSummaries()) {
      if (rule.verdict() != RuleVerdict.PASSED && rule.verdict() != RuleVerdict.NOT_RUN) {
        verdicts.put(rule.rule().id(), rule.verdict().name());
      }
    }
    return verdicts;
  }

  /**
   * The compliant merchant's skipped rules that this run exercised, overlaid with the defect's own
   * verdicts (a PASSED there takes the rule off the list).
   */
  private Map<String, String> expectedFor(Defect defect, InspectionReport report) {
    Set<String> run = new TreeSet<>();
    report.ruleSummaries().stream()
        .filter(rule -> rule.verdict() != RuleVerdict.NOT_RUN)
        .forEach(rule -> run.add(rule.rule().id()));
    Map<String, String> verdicts = new TreeMap<>();
    expected
        .path("compliant")
        .path("skipped")
        .forEach(
            id -> {
              if (run.contains(id.asText())) {
                verdicts.put(id.asText(), "SKIPPED");
              }
            });
    if (defect != null) {
      listedFor(defect)
          .forEach(
              (rule, verdict) -> {
                if (verdict.equals("PASSED")) {
                  verdicts.remove(rule);
                } else {
                  verdicts.put(rule, verdict);
                }
              });
    }
    return verdicts;
  }

  /**
   * The rules the defect must trip, as the switch says and as the expectations list: the rules
   * whose scenarios must run. Rules it merely leaves without anything to judge do not count.
   */
  private Set<String> rulesOf(Defect defect) {
    Set<String> rules = new TreeSet<>(defect.rules());
    listedFor(defect)
        .forEach(
            (rule, verdict) -> {
              if (verdict.equals("FAILED") || verdict.equals("WARNING")) {
                rules.add(rule);
              }
            });
    return rules;
  }

  /** The verdicts the expectations list under the defect, by rule. */
  private Map<String, String> listedFor(Defect defect) {
    Map<String, String> listed = new TreeMap<>();
    expected
        .path("defects")
        .path(defect.switchName())
        .fields()
        .forEachRemaining(entry -> listed.put(entry.getKey(), entry.getValue().asText()));
    return listed;
  }

  /** The feature folders with a scenario tagged with one of the rules. */
  private static Set<String> capabilitiesExercising(Set<String> rules) {
    Set<String> capabilities = new TreeSet<>();
    try (Stream<Path> files = Files.walk(FEATURES)) {
      for (Path feature : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(feature)) {
          if (line.strip().startsWith("@")) {
            tags.addAll(List.of(line.strip().split("\\s+")));
          }
        }
        if (RuleTags.ids(tags).stream().anyMatch(rules::contains)) {
          capabilities.add(feature.getParent().getFileName().toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return capabilities;
  }
}
