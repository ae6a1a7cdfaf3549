package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.harness.HangulFonts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} warns once, before anything starts, when Chromium will have no font for Hangul,
 * naming the package to install. No browser starts: the simulator's port is taken, so the check
 * stops right after the warning (exit status 2); so any executable stands in for Chromium, and the
 * test runs where none is installed.
 */
class HangulFontWarningTest {
  private static final HangulFonts NONE =
      new HangulFonts(List.of("sh", "-c", "exit 0"), Duration.ofSeconds(5), "Linux");
  private static final HangulFonts NANUM =
      new HangulFonts(
          List.of("echo", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf: NanumGothic"),
          Duration.ofSeconds(5),
          "Linux");

  @TempDir Path reports;
  private ServerSocket taken;

  @BeforeEach
  void takeThePort() throws IOException {
    taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
  }

  @AfterEach
  void release() throws IOException {
    taken.close();
  }

  @Test
  void chromiumWithoutAHangulFontIsWarnedOnceWithThePackage() {
    CommandRun cli = new CommandRun().withHangulFonts(NONE);

    assertThat(check(cli, "chromium", "en")).isEqualTo(2);
    assertThat(cli.err())
        .startsWith("check: Chromium has no font for Hangul")
        .contains("apt-get install fonts-nanum", "fonts-noto-cjk");
    assertThat(cli.err().split("no font for Hangul", -1)).hasSize(2);
  }

  @Test
  void inKoreanTheWarningIsKorean() {
    CommandRun cli = new CommandRun().withHangulFonts(NONE);

    check(cli, "chromium", "ko");
    assertThat(cli.err()).contains("한글 글꼴이 없어", "apt-get install fonts-nanum");
  }

  @Test
  void noWarningWhenAFontIsThere() {
    CommandRun cli = new CommandRun().withHangulFonts(NANUM);

    check(cli, "chromium", "en");
    assertThat(cli.err()).doesNotContain("Hangul");
  }

  @Test
  void noWarningForHtmlUnitWhichTakesNoScreenshots() {
    CommandRun cli = new CommandRun().withHangulFonts(NONE);

    check(cli, "htmlunit", "en");
    assertThat(cli.err()).doesNotContain("Hangul");
  }

  private int check(CommandRun cli, String browser, String lang) {
    return cli.run(
        "check",
        "--browser",
        browser,
        "--chromium",
        "/bin/sh",
        "--chromedriver",
        "/bin/sh",
        "--lang",
        lang,
        "--simulator-port",
        String.valueOf(taken.getLocalPort()),
        "--out",
        reports.toString());
  }
}
