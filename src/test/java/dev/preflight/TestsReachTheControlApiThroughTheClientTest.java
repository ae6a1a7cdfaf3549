package dev.preflight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;

/**
 * The project's own tests reach the control API through {@link
 * dev.preflight.client.SimulatorControl} (or {@code @NaverPaySimulatorTest}), as the harness does:
 * only the tests below, which send it what no client would or look at its routes' wire, spell its
 * path themselves.
 */
@AnalyzeClasses(packages = "dev.preflight", importOptions = ImportOption.OnlyIncludeTests.class)
class TestsReachTheControlApiThroughTheClientTest {

  /**
   * Each test class that may build control-API URLs, by name (test classes are package-private),
   * with why; its nested classes may too.
   */
  static final Map<String, String> RAW_CONTROL_API_TESTS =
      Map.ofEntries(
          Map.entry(
              "dev.preflight.support.PlainHttpClient",
              "the raw helper: sends whatever path a test gives it"),
          Map.entry(
              "dev.preflight.simulator.ControlApiTest",
              "the routes' statuses and error bodies on the wire"),
          Map.entry(
              "dev.preflight.simulator.BadInputCorpusTest",
              "malformed bodies, methods and queries per route"),
          Map.entry(
              "dev.preflight.simulator.HostileCorpusTest", "hostile bytes no client would send"),
          Map.entry(
              "dev.preflight.simulator.HostileInputTest",
              "hostile values (huge numbers, deep nesting)"),
          Map.entry(
              "dev.preflight.simulator.JournalTest", "the journal route's query and wire shape"),
          Map.entry(
              "dev.preflight.simulator.naverpay.SdkPreValidationTest",
              "the fake SDK's report route, as the SDK posts it"),
          Map.entry(
              "dev.preflight.simulator.cdn.SimulatorHttpsTest",
              "the SDK's route over the HTTPS listener"),
          Map.entry(
              "dev.preflight.simulator.DashboardRootTest",
              "the dashboard root's content negotiation"),
          Map.entry(
              "dev.preflight.simulator.PaymentListingTest",
              "the payment listing's query and page shape"),
          Map.entry(
              "dev.preflight.simulator.FaultControlTest",
              "the fault route's refusals and its catalogue"),
          Map.entry("dev.preflight.ControlApiPaths", "the rule's own eyes: the path it looks for"),
          Map.entry("dev.preflight.ControlApiPathsTest", "proves those eyes see the path"));

  @ArchTest
  static final ArchRule onlyRawControlApiTestsBuildControlApiUrls =
      noClasses()
          .that(notAllowed())
          .should(ControlApiPaths.buildControlApiUrls())
          .because(
              "a route changes in two places only, the simulator that serves it and the client"
                  + " that calls it; a test that needs the control API asks SimulatorControl");

  /** A renamed or deleted test must leave the list, or the list would excuse a newcomer. */
  @ArchTest
  static void everyAllowedClassExists(JavaClasses classes) {
    assertThat(RAW_CONTROL_API_TESTS.keySet()).allMatch(classes::contain);
  }

  private static DescribedPredicate<JavaClass> notAllowed() {
    return DescribedPredicate.describe(
        "are not on the raw control-API allow-list",
        type ->
            !RAW_CONTROL_API_TESTS.keySet().stream()
                .anyMatch(
                    allowed ->
                        type.getName().equals(allowed)
                            || type.getName().startsWith(allowed + "$")));
  }
}
