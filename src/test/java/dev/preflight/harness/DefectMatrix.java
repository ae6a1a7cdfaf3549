package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.preflight.inspection.Verdict;
import dev.preflight.inspection.rules.RuleCatalog;
import dev.preflight.merchant.Defect;
import dev.preflight.report.InspectionReport;
import dev.preflight.report.RuleOutcome;
import dev.preflight.report.ScenarioResult;
import dev.preflight.support.Verdicts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * check must give exactly the verdicts {@code expected/defect-matrix.yml} lists for it, scenario by
 * scenario and rule by rule, over the compliant merchant's ({@code reference/expected.yml}),
 * running every scenario of each capability (feature folder) that exercises one of the defect's
 * rules. A rule that stops catching its mistake in one scenario of eleven, starts blaming the wrong
 * one, or is not run at all fails here. One subclass per browser: the expectations are Chromium's,
 * and HtmlUnit's differ from them only where {@code expected/defect-matrix-htmlunit.yml} says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DefectMatrix {
  private static final Path FEATURES = Path.of("features");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private Workbench bench;
  private JsonNode matrix;
  private JsonNode compliant;
  @TempDir Path reports;

  private JsonNode differences;

  /** The browser the matrix runs in; skips the class (with the reason) where it cannot run. */
  abstract BrowserChoice.Engine engine();

  /** Where this browser's verdicts differ from Chromium's: a matrix like defect-matrix.yml. */
  abstract String differencesResource();

  @BeforeAll
  void startTheWorkbench() throws IOException {
    bench = Workbench.start(BrowserChoice.of(engine()), 0);
    matrix = read("/expected/defect-matrix.yml");
    differences = differencesResource() == null ? null : read(differencesResource());
    compliant = read("/reference/expected.yml").path("clean");
  }

  private JsonNode read(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      return YAML.readTree(in);
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
    matrix.path("defects").fieldNames().forEachRemaining(listed::add);
    Set<String> switches = new TreeSet<>();
    defects().forEach(d -> switches.add(d.switchName()));

    assertThat(listed).isEqualTo(switches);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void eachDefectGivesExactlyItsListedVerdicts(Defect defect) {
    // A rule the matrix names but the catalogue lacks (renamed, removed) is a broken matrix.
    assertThat(rulesOf(defect))
        .as("the rules of %s, all in the catalogue", defect)
        .allMatch(id -> RuleCatalog.byId(id).isPresent());
    Set<String> capabilities = capabilitiesExercising(rulesOf(defect));
    assertThat(capabilities).as("the features that exercise %s", defect.rules()).isNotEmpty();

    InspectionReport report = inspect(defect, capabilities);
    List<String> ran = report.scenarios().stream().map(ScenarioResult::name).toList();
    Map<String, Map<String, String>> want = Verdicts.withoutPassed(Verdicts.expand(compliant, ran));
    Verdicts.overlay(want, Verdicts.expand(changesOf(defect), ran));
    if (differences != null) {
      Verdicts.overlay(
          want, Verdicts.expand(differences.path("defects").path(defect.switchName()), ran));
    }

    assertThat(notPassed(report))
        .as("verdicts other than PASSED in %s with %s on", engine(), defect.switchName())
        .isEqualTo(want);
    assertThat(judged(report))
        .as("the rules %s must catch, judged in some scenario", rulesOf(defect))
        .containsAll(rulesOf(defect));
    boolean failed = want.values().stream().anyMatch(rules -> rules.containsValue("FAILED"));
    assertThat(report.ruleFailed()).isEqualTo(failed);
  }

  /**
   * Workers per check (-Dmatrix.workers=N): the verdicts must be the same whatever the number, so
   * the matrix runs with two, as check does by default on two cores.
   */
  private static final int WORKERS = Integer.getInteger("matrix.workers", 2);

  private InspectionReport inspect(Defect defect, Set<String> capabilities) {
    // A clean journal for each merchant: its orders are judged against its own, not the last's.
    bench.simulator().simulator().reset(false);
    InspectionPlan plan =
        InspectionPlan.everything(reports.resolve(defect.switchName()))
            .onlyCapabilities(capabilities);
    try (InspectedSite site = InspectedSite.reference(bench, List.of(defect))) {
      Inspection.Outcome outcome =
          Inspection.run(bench, site, plan, "test", result -> {}, Optional.empty(), WORKERS);
      assertThat(outcome.breakdowns()).as("scenarios the harness could not drive").isEmpty();
      return outcome.report();
    }
  }

  /** Scenario → rule → verdict, for every finding that is not PASSED. */
  private static Map<String, Map<String, String>> notPassed(InspectionReport report) {
    Map<String, Map<String, String>> verdicts = new TreeMap<>();
    for (RuleOutcome outcome : report.outcomes()) {
      if (outcome.finding().verdict() != Verdict.PASSED) {
        verdicts
            .computeIfAbsent(outcome.scenario().name(), s -> new TreeMap<>())
            .put(outcome.finding().ruleId(), outcome.finding().verdict().name());
      }
    }
    return verdicts;
  }

  /** The rules some scenario judged: PASSED, FAILED or WARNING there, not merely skipped. */
  private static Set<String> judged(InspectionReport report) {
    Set<String> rules = new TreeSet<>();
    for (RuleOutcome outcome : report.outcomes()) {
      Verdict verdict = outcome.finding().verdict();
      if (verdict != Verdict.SKIPPED && verdict != Verdict.REVIEW) {
        rules.add(outcome.finding().ruleId());
      }
    }
    return rules;
  }

  /**
   * The rules the defect must trip, as the switch says and as the expectations list: the rules
   * whose scenarios must run. Rules it merely leaves without anything to judge do not count.
   */
  private Set<String> rulesOf(Defect defect) {
    Set<String> rules = new TreeSet<>(defect.rules());
    changesOf(defect)
        .forEach(
            scenario ->
                scenario
                    .fields()
                    .forEachRemaining(
                        rule -> {
                          String verdict = rule.getValue().asText();
                          if (verdict.equals("FAILED") || verdict.equals("WARNING")) {
                            rules.add(rule.getKey());
                          }
                        }));
    return rules;
  }

  /** What the defect changes over the compliant merchant, by scenario (a key ending in *, all). */
  private JsonNode changesOf(Defect defect) {
    return matrix.path("defects").path(defect.switchName());
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
