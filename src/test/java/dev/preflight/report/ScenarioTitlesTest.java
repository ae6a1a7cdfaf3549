package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scenario names in the report's language: ours from the bundle, a merchant's as written. */
class ScenarioTitlesTest {
  private static final Messages KO = Messages.of(Lang.KO);
  private static final Messages EN = Messages.of(Lang.EN);
  private static final Pattern SCENARIO =
      Pattern.compile("^\\s*Scenario(?: Outline)?: (.+?)(?: \\(<\\w+>\\))?\\s*$");

  @Test
  void ourScenarioIsCalledByItsKoreanTitleInKorean() {
    assertThat(ScenarioTitles.of(KO, "The buyer cancels a paid order"))
        .isEqualTo("구매자가 결제된 주문을 취소합니다");
    assertThat(ScenarioTitles.of(EN, "The buyer cancels a paid order"))
        .isEqualTo("The buyer cancels a paid order");
  }

  @Test
  void anOutlinesOutcomeIsTranslatedAndAFaultIdKept() {
    String outline =
        "On PC, the popup's failure reaches the buyer unchanged (insufficient_balance)";

    assertThat(ScenarioTitles.of(KO, outline))
        .isEqualTo("PC 팝업 결제의 실패 메시지가 구매자에게 그대로 전달됩니다 (잔액 부족)");
    assertThat(ScenarioTitles.of(EN, outline)).isEqualTo(outline);
    assertThat(ScenarioTitles.of(KO, "A cancel fails at the gateway (cancel-500)"))
        .isEqualTo("게이트웨이에서 결제 취소가 실패합니다 (cancel-500)");
  }

  @Test
  void aMerchantsOwnScenarioKeepsItsName() {
    assertThat(ScenarioTitles.of(KO, "Buyer pays 14,000 won (gift card)"))
        .isEqualTo("Buyer pays 14,000 won (gift card)");
  }

  @Test
  void everyScenarioOfOurFeaturesHasATitleInBothLanguagesAndTheEnglishIsItsName()
      throws IOException {
    List<String> names = scenarioNames(Path.of("features"));

    assertThat(names).hasSizeGreaterThan(10);
    for (String name : names) {
      String key = ScenarioTitles.key(name);
      assertThat(KO.has(key)).as("%s in Korean", key).isTrue();
      assertThat(EN.get(key)).as(key).isEqualTo(name);
      assertThat(KO.get(key)).as(key).doesNotContainPattern("[A-Za-z]{4,}");
    }
  }

  private static List<String> scenarioNames(Path features) throws IOException {
    try (Stream<Path> files = Files.walk(features)) {
      return files
          .filter(file -> file.toString().endsWith(".feature"))
          .flatMap(ScenarioTitlesTest::lines)
          .map(SCENARIO::matcher)
          .filter(Matcher::matches)
          .map(matcher -> matcher.group(1))
          .toList();
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
