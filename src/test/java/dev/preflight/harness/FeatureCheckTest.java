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
}
