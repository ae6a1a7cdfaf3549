package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.inspection.rules.RuleCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code check --list-rules}: the catalogue in the chosen language, nothing started, exit 0. */
class CheckListRulesTest {
  private final CommandRun cli = new CommandRun();

  @Test
  void listsEveryRuleWithItsSeverityAndTitle() {
    int status = cli.run("check", "--list-rules", "--lang", "en");

    assertThat(status).isZero();
    assertThat(cli.out().lines().filter(line -> line.matches("(NP|RES)-.*")))
        .hasSize(RuleCatalog.all().size());
    assertThat(cli.out())
        .contains("NP-ERR-1   FAIL  Failure message shown exactly as sent (popup)")
        .contains("RES-1      FAIL  A failed payment lookup is not taken for a payment [tool")
        .contains("docs/rules.md")
        .doesNotContain("Inspecting");
  }

  @Test
  void inKorean() {
    int status = cli.run("check", "--list-rules", "--lang", "ko");

    assertThat(status).isZero();
    assertThat(cli.out())
        .contains("NP-CXL-2   FAIL  취소에 extra.requester 포함")
        .contains("RES-1      FAIL  결제 조회 실패를 결제 완료로 여기지 않음 [도구 자체 점검]");
  }

  @Test
  void theLanguageFollowsTheSystemLocaleWhenNotGiven() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.KOREA);
      assertThat(listedAsTyped()).contains("NP-AMT-1   FAIL  최소 결제 금액 미만 주문 처리");
      Locale.setDefault(Locale.GERMANY);
      assertThat(listedAsTyped()).contains("NP-AMT-1   FAIL  Orders under the minimum amount");
    } finally {
      Locale.setDefault(before);
    }
  }

  /** What {@code check --list-rules} prints with no {@code --lang} at all. */
  private static String listedAsTyped() {
    StringWriter out = new StringWriter();
    var command = Main.commandLine();
    command.setOut(new PrintWriter(out, true));
    assertThat(command.execute("check", "--list-rules")).isZero();
    return out.toString();
  }
}
