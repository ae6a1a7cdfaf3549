package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merchant's own features that Cucumber could not run as meant are refused before anything
 * starts: one line per mistake, naming the file and line, exit status 2, and reports that say the
 * check could not run.
 */
class CheckFeaturesTest {
  private final CommandRun cli = new CommandRun();
  @TempDir Path dir;

  @Test
  void aFeatureGherkinCannotParseIsOneLinePerErrorAndNothingStarts() throws IOException {
    Path features = dir.resolve("custom");
    Path file =
        write(
            features.resolve("broken.feature"),
            "Feature: Our checkout",
            "  @pc",
            "  Scenario Outline: a cart of <n>",
            "    Given a buyer on PC with a product in the cart",
            "    Examples oops",
            "      | n |",
            "      | 1 |",
            "",
            "  Scenari o: another",
            "    Given a buyer on PC with a product in the cart");

    int status = check(features);

    assertThat(status).as(cli.err()).isEqualTo(2);
    assertThat(problemLines())
        .satisfiesExactly(
            line ->
                assertThat(line).startsWith("check: " + file + ":5: ").contains("Examples oops"),
            line -> assertThat(line).startsWith("check: " + file + ":9: ").contains("Scenari o:"));
    assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertNothingStarted();
    CouldNotRunReports.sayItCouldNotRun(dir.resolve("report"), "Examples oops");
  }

  @Test
  void anUndefinedStepNamesItsLineAndTheNearestStepsFirstTheOneMeant() throws IOException {
    Path features = dir.resolve("custom");
    Path file =
        write(
            features.resolve("custom.feature"),
            "Feature: Our checkout",
            "  @NP-ERR-1 @pc",
            "  Scenario: a typo",
            "    Given a buyer on PC with a produkt in the cart",
            "    When the buyer pays with Naver Pay and the window ends with \"cancel\"",
            "    Then the buyer is told what Naver said, word for word");

    int status = check(features);

    assertThat(status).as(cli.err()).isEqualTo(2);
    assertThat(problemLines())
        .singleElement()
        .asString()
        .startsWith(
            "check: "
                + file
                + ":4: no step matches \"a buyer on PC with a produkt in the cart\"; did you mean"
                + " \"a buyer on {device} with a product in the cart\"? (or \"");
    assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertNothingStarted();
    CouldNotRunReports.sayItCouldNotRun(dir.resolve("report"), "produkt");
  }

  @Test
  void aTagNamingNoRuleIsCaughtWithTheRuleMeant() throws IOException {
    Path features = dir.resolve("custom");
    Path file =
        write(
            features.resolve("custom.feature"),
            "Feature: Our checkout",
            "  @NP-ERR-9 @pc",
            "  Scenario: a rule that does not exist",
            "    Given a buyer on PC with a product in the cart",
            "",
            "  @np-amt-1 @pc",
            "  Scenario: a rule in lower case",
            "    Given a buyer on PC with a product in the cart",
            "",
            "  @NP-AMT-1 @pc @wip-2 @JIRA-123",
            "  Scenario: a rule and a tag of our own",
            "    Given a buyer on PC with a product in the cart");

    int status = check(features);

    assertThat(status).as(cli.err()).isEqualTo(2);
    assertThat(problemLines())
        .containsExactly(
            "check: "
                + file
                + ":2: @NP-ERR-9 names no rule of the catalogue; did you mean @NP-ERR-1?",
            "check: "
                + file
                + ":6: @np-amt-1 names no rule of the catalogue; did you mean @NP-AMT-1?");
    assertNothingStarted();
    CouldNotRunReports.sayItCouldNotRun(dir.resolve("report"), "NP-ERR-9");
  }

  private int check(Path features) {
    return cli.run(
        "check",
        "--browser",
        "htmlunit",
        "--features",
        features.toString(),
        "--out",
        dir.resolve("report").toString());
  }

  private List<String> problemLines() {
    return Arrays.stream(cli.err().split("\n")).filter(l -> l.startsWith("check: ")).toList();
  }

  private void assertNothingStarted() {
    assertThat(cli.out()).doesNotContain("Inspecting");
  }

  private static Path write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, String.join("\n", lines) + "\n");
  }
}
