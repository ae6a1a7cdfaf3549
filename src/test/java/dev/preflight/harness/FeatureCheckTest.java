package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the check reads in the features before it runs them. */
class FeatureCheckTest {
  @TempDir Path dir;

  @Test
  void theBuiltInFeaturesAreSound() {
    assertThat(FeatureCheck.problems(List.of())).isEmpty();
  }

  @Test
  void aStepInABackgroundOrAnOutlineIsFoundAtItsOwnLineOnce() throws IOException {
    Files.writeString(
        dir.resolve("mine.feature"),
        String.join(
            "\n",
            "Feature: mine",
            "  Rule: within a rule",
            "    Background:",
            "      Given a buyer on tablet with a product in the cart",
            "",
            "    Scenario Outline: <outcome>",
            "      When the buyer pays with Naver Pay and the window ends with \"<outcome>\"",
            "      Then the buyer is told what Naver sayed",
            "",
            "      Examples:",
            "        | outcome |",
            "        | cancel  |",
            "        | closed  |",
            ""));

    List<FeatureCheck.Problem> problems = FeatureCheck.problems(List.of(dir));

    assertThat(problems)
        .extracting(FeatureCheck.Problem::line)
        .as(problems.toString())
        .containsExactly(4L, 8L);
    assertThat(problems.get(1).message())
        .startsWith(
            "no step matches \"the buyer is told what Naver sayed\"; did you mean \"the"
                + " buyer is told what Naver said, word for word\"?");
  }

  /**
   * The progress's "n of N" counts what Cucumber will run: the same number as a dry run of the same
   * features and tags, examples rows and tags inherited from the feature included.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"", "@NP-ERR-1", "not @mobile", "@ours and not @pc", "(@NP-AMT-1 or @ours)"})
  void theScenarioCountIsWhatCucumberRuns(String tags) throws IOException {
    Files.writeString(
        dir.resolve("ours.feature"),
        String.join(
            "\n",
            "@ours",
            "Feature: Our checkout",
            "  @pc",
            "  Scenario Outline: a cart of <n>",
            "    Given a buyer on PC with a product in the cart",
            "    Examples:",
            "      | n |",
            "      | 1 |",
            "      | 2 |",
            "    @mobile",
            "    Examples:",
            "      | n |",
            "      | 3 |",
            "",
            "  Scenario: another",
            "    Given a buyer on PC with a product in the cart",
            ""));

    int counted = FeatureCheck.scenarioCount(List.of(dir), tags);

    assertThat(counted).isPositive().isEqualTo(dryRun(tags));
  }

  /** How many scenarios a dry run of Cucumber finishes. */
  private int dryRun(String tags) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--dry-run",
                "--no-summary",
                "--monochrome",
                "--glue",
                Inspection.GLUE,
                "--plugin",
                CountingPlugin.class.getName()));
    if (!tags.isBlank()) {
      args.add("--tags");
      args.add(tags);
    }
    args.add(InspectionPlan.BUILT_IN_FEATURES);
    args.add(dir.toAbsolutePath().toString());
    CountingPlugin.finished.set(0);
    System.setProperty("cucumber.publish.quiet", "true");
    io.cucumber.core.cli.Main.run(args.toArray(String[]::new), getClass().getClassLoader());
    return CountingPlugin.finished.get();
  }

  /** Counts the scenarios Cucumber finishes. */
  public static final class CountingPlugin implements io.cucumber.plugin.ConcurrentEventListener {
    static final java.util.concurrent.atomic.AtomicInteger finished =
        new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void setEventPublisher(io.cucumber.plugin.event.EventPublisher publisher) {
      publisher.registerHandlerFor(
          io.cucumber.plugin.event.TestCaseFinished.class, event -> finished.incrementAndGet());
    }
  }
}
