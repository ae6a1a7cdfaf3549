package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Korean-font probe with fake fontconfig queries: only a query that answers and lists nothing
 * means the fonts are missing; anything unknown is no reason to warn.
 */
class HangulFontsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Test
  void aQueryThatListsNothingMeansNoHangulFont() {
    assertThat(fonts("sh", "-c", "exit 0").missing()).isTrue();
  }

  @Test
  void aQueryThatListsAFontMeansThereIsOne() {
    String nanum =
        "/usr/share/fonts/truetype/nanum/NanumGothic.ttf: NanumGothic,나눔고딕:style=Regular";

    assertThat(fonts("echo", nanum).missing()).isFalse();
  }

  @Test
  void noFontconfigAtAllIsNoReasonToWarn() {
    assertThat(fonts("/nonexistent/npay-preflight/fc-list", ":lang=ko").missing()).isFalse();
  }

  @Test
  void aQueryThatFailsIsNoReasonToWarn() {
    assertThat(fonts("sh", "-c", "exit 1").missing()).isFalse();
  }

  @Test
  void aQueryThatDoesNotAnswerInTimeIsGivenUpAndNoReasonToWarn() {
    HangulFonts hanging = new HangulFonts(List.of("sleep", "30"), Duration.ofMillis(200), "Linux");

    assertThat(hanging.missing()).isFalse();
  }

  @Test
  void macOsAndWindowsAreNotAskedTheyShipKoreanFonts() {
    List<String> listsNothing = List.of("sh", "-c", "exit 0");

    assertThat(new HangulFonts(listsNothing, TIMEOUT, "Mac OS X").missing()).isFalse();
    assertThat(new HangulFonts(listsNothing, TIMEOUT, "Windows 11").missing()).isFalse();
  }

  private static HangulFonts fonts(String... command) {
    return new HangulFonts(List.of(command), TIMEOUT, "Linux");
  }
}
