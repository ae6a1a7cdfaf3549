package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.merchant.Defect;
import dev.preflight.text.Lang;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The commands' usage help in Korean when the language is Korean, and English as it was. */
class UsageHelpLanguageTest {

  @Test
  void checkHelpIsKoreanInKorean() {
    String help = usage(Lang.KO, "check");

    assertThat(help)
        .startsWith("사용법: npay-preflight check")
        .contains("가맹점 사이트를 브라우저로 구동해")
        .contains("출력과 보고서의 언어입니다(기본값: 시스템 로캘이 한국어이면 한국어, 아니면 영어).")
        .contains("보고서를 쓸 폴더입니다(기본값: target/preflight-report).")
        .contains("이 도움말을 보여 주고 끝냅니다.")
        .contains("종료 코드: 0은")
        .doesNotContain("The language of the output", "Where the reports go", "Exit status");
  }

  @Test
  void checkHelpIsEnglishInEnglish() {
    String help = usage(Lang.EN, "check");

    assertThat(help)
        .startsWith("Usage: npay-preflight check")
        .contains("The language of the output and the reports")
        .contains("Where the reports go (default: target/preflight-report).")
        .doesNotContainPattern("\\p{IsHangul}");
  }

  @Test
  void serveAndMerchantHelpAreKoreanToo() {
    assertThat(usage(Lang.KO, "serve")).contains("수신할 포트입니다").doesNotContain("Port to listen on");
    assertThat(usage(Lang.KO, "merchant"))
        .contains("참조 가맹점을 실행합니다")
        .doesNotContain("Address to bind");
  }

  @Test
  void merchantHelpListsEveryDefectInTheHelpLanguage() {
    String korean = usage(Lang.KO, "merchant");
    String english = usage(Lang.EN, "merchant");

    for (Defect defect : Defect.values()) {
      assertThat(korean).contains(defect.switchName());
      assertThat(english).contains(defect.switchName());
    }
    assertThat(korean)
        .contains("reason 없이 취소합니다 (걸리는 규칙: NP-CXL-1)")
        .doesNotContain("cancels without reason");
    assertThat(english).contains("cancels without reason (trips NP-CXL-1)");
  }

  @Test
  void theLanguageIsTheOneAskedForBeforeHelpElseTheSystems() {
    assertThat(UsageLanguage.of("check", "--lang", "ko", "--help")).isEqualTo(Lang.KO);
    assertThat(UsageLanguage.of("check", "--lang=en", "-h")).isEqualTo(Lang.EN);
    assertThat(UsageLanguage.of("check", "--help", "--lang", "ko")).isEqualTo(Lang.systemDefault());
    assertThat(UsageLanguage.of("check", "--lang", "fr", "--help")).isEqualTo(Lang.systemDefault());
  }

  /** A key for an option no command has would be silently ignored by picocli. */
  @Test
  void everyOptionTheKoreanHelpDescribesExists() {
    ResourceBundle korean = UsageLanguage.bundle(Lang.KO).orElseThrow();
    Map<String, CommandLine> commands = Main.commandLine(Lang.KO).getSubcommands();

    for (String key : korean.keySet()) {
      String[] parts = key.split("\\.");
      if (parts.length == 3 && !parts[1].equals("usage")) {
        assertThat(commands.get(parts[1]).getCommandSpec().findOption("--" + parts[2]))
            .as(key)
            .isNotNull();
      }
    }
  }

  private static String usage(Lang lang, String command) {
    return Main.commandLine(lang).getSubcommands().get(command).getUsageMessage();
  }
}
