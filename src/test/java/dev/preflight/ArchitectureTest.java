package dev.preflight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.preflight.harness.SiteProbe;

/** The package rules of conventions.md, each with the reason it exists. */
@AnalyzeClasses(packages = "dev.preflight", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule inspectionKnowsNothingOfBrowsersOrHttpServers =
      noClasses()
          .that()
          .resideInAPackage("dev.preflight.inspection..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.openqa.selenium..", "io.javalin..", "org.eclipse.jetty..")
          .because("rules judge recorded evidence; they never drive a browser or serve HTTP");

  @ArchTest
  static final ArchRule simulatorKnowsNothingOfTheInspection =
      noClasses()
          .that()
          .resideInAPackage("dev.preflight.simulator..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.preflight.inspection..", "dev.preflight.harness..")
          .because("the simulator only records; judging happens afterwards, elsewhere");

  @ArchTest
  static final ArchRule ledgerKnowsNothingOfHttp =
      noClasses()
          .that()
          .resideInAPackage("dev.preflight.simulator.ledger..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.javalin..", "com.fasterxml.jackson..", "dev.preflight.simulator.iamport..")
          .because("the books are domain state; the wire format belongs to the iamport package");

  @ArchTest
  static final ArchRule onlyTheStateStoreKnowsH2 =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.preflight.simulator.state..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.h2..")
          .because(
              "the state file is optional; the books and the journal only tell listeners what"
                  + " changed, and the state package alone decides how it is stored");

  @ArchTest
  static final ArchRule onlyTheFaultFrontKnowsWireMock =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.preflight.faults..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.github.tomakehurst.wiremock..", "wiremock..")
          .because(
              "WireMock is the optional front of serve --faults; the simulator answers faults"
                  + " switched on through its control API without it");

  @ArchTest
  static final ArchRule onlyTheCliPrints =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.preflight.cli..")
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("everything else logs through SLF4J, so output stays one line per event");

  @ArchTest
  static final ArchRule onlyTheClientAndTheSimulatorKnowControlApiPaths =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.preflight.client..", "dev.preflight.simulator..")
          .should(ControlApiPaths.buildControlApiUrls())
          .because(
              "SimulatorControl is the one client of the control API: the harness, the JUnit"
                  + " extension and the tests call it, so a route changes in two places only, the"
                  + " simulator that serves it and the client that calls it");

  @ArchTest
  static final ArchRule harnessInspectionAndReportsSpeakHttpOnlyThroughTheClient =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.preflight.harness..",
              "dev.preflight.inspection..",
              "dev.preflight.report..",
              "dev.preflight.junit..",
              "dev.preflight.cli..")
          .and()
          .doNotBelongToAnyOf(SiteProbe.class)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.net.http..")
          .because(
              "the simulator is reached through SimulatorControl; only the site probe fetches"
                  + " the merchant's own pages");
}
