package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.text.Lang;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A command line that cannot be parsed gets exit 2 and a few lines: what is wrong, the nearest
 * option, where the options are; not the whole usage help, and in the user's language.
 */
class UsageErrorsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Lang lang, String... args) {
    CommandLine cli = Main.commandLine(lang);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void aMistypedOptionNamesTheOneMeantInAFewLines() {
    int exit = run(Lang.EN, "check", "--workrs", "2");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().lines())
        .containsExactly(
            "npay-preflight check: unknown option or argument: --workrs 2",
            "did you mean: --workers",
            "the options: npay-preflight check --help");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aBadValueIsSaidInKorean() {
    int exit = run(Lang.KO, "check", "--workers", "abc");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().lines())
        .containsExactly(
            "npay-preflight check: --workers에는 abc 값을 쓸 수 없습니다",
            "옵션 목록: npay-preflight check --help");
  }

  @Test
  void otherParseProblemsKeepPicocliWordsButNotTheWholeHelp() {
    int exit = run(Lang.EN, "serve", "--port");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).startsWith("npay-preflight serve: ").doesNotContain("Usage:");
    assertThat(err.toString().lines()).hasSize(2);
  }
}
