package dev.preflight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Where a test runs is decided by its name: {@code *Test} in Surefire, before the jar, two forks
 * side by side; {@code *IT} in Failsafe, after it. A browser in a {@code *Test} would run among the
 * fast tests and make them slow and flaky, so a test that drives one must be an {@code *IT}.
 */
@AnalyzeClasses(packages = "dev.preflight", importOptions = ImportOption.OnlyIncludeTests.class)
class TestPlacementTest {

  @ArchTest
  static final ArchRule browsersAreDrivenOnlyByIntegrationTests =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("Test")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("dev.preflight.support.Browsers")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.openqa.selenium.WebDriver")
          .because("a test that drives a browser is an *IT, run by Failsafe after the unit tests");
}
