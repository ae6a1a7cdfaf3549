package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check refused for how it was asked (a bad option, a missing profile, a browser that is not
 * there) still replaces the reports in --out: a green report left there by an earlier run must
 * never be read as this run's verdict.
 */
class CheckUsageTest {
  private final CommandRun cli = new CommandRun();
  @TempDir Path dir;
  private Path reports;

  @BeforeEach
  void anEarlierGreenRunLeftItsReports() throws IOException {
    reports = Files.createDirectories(dir.resolve("report"));
    Files.writeString(reports.resolve("index.html"), "<h1>No rule failed</h1>");
    Files.writeString(reports.resolve("report.json"), "{\"passed\": true}");
  }

  @Test
  void aChromiumThatIsNotThereLeavesReportsThatSaySo() throws IOException {
    Path nowhere = dir.resolve("no-chromium");

    int status =
        check("--browser", "chromium", "--chromium", nowhere.toString(), "--rules", "np-amt-1");

    assertRefused(status, "Chromium (or Chrome) not found");
    assertThat(cli.err()).contains(nowhere.toString(), "--chromium", "--browser htmlunit");
    // The path held for that run only.
    assertThat(dev.preflight.harness.Browsers.chromiumInstall().chromium()).isNotEqualTo(nowhere);
  }

  @Test
  void aDeviceThatIsNotOneOfTheThree() throws IOException {
    assertRefused(check("--device", "tablet"), "is not one of pc, mobile, both");
  }

  @Test
  void aRuleThatIsNotInTheCatalogue() throws IOException {
    assertRefused(check("--rules", "NP-XYZ-1"), "NP-XYZ-1");
  }

  @Test
  void aProfileThatIsNotThere() throws IOException {
    assertRefused(
        check("--profile", dir.resolve("shop.yml").toString()), "is not a file; give the merchant");
  }

  @Test
  void aNumberOfWorkersOutOfRange() throws IOException {
    assertRefused(check("--workers", "0"), "--workers 0 is not between 1 and 32");
  }

  @Test
  void aDefectThatDoesNotExist() throws IOException {
    int status = check("--defect", "no-such-mistake");

    assertThat(status).as(cli.err()).isEqualTo(2);
    assertThat(cli.err()).startsWith("check: ").contains("no-such-mistake");
    assertThat(Files.readString(reports.resolve("index.html"))).contains("could not run");
  }

  @Test
  void aLanguageThatIsNotKoreanOrEnglish() throws IOException {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.US);
    try {
      assertRefused(check("--lang", "jp"), "is not one of ko, en");
      assertThat(cli.err()).contains("--lang 'jp'");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aProblemIsSaidInKoreanWhenAskedFor() throws IOException {
    int status = check("--lang", "ko", "--device", "tablet");

    assertThat(status).isEqualTo(2);
    assertThat(cli.err().strip())
        .isEqualTo("check: --device 'tablet'은(는) pc, mobile, both 중 하나가 아닙니다");
    assertThat(Files.readString(reports.resolve("index.html")))
        .contains("<html lang=\"ko\">", "점검을 실행하지 못해 아무것도 판정하지 않았습니다");
    assertThat(Files.readString(reports.resolve("cucumber.html"))).contains("실행된 시나리오가 없습니다");
  }

  private int check(String... args) {
    return cli.run(withOut(args));
  }

  private String[] withOut(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "check";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--out";
    all[args.length + 2] = reports.toString();
    return all;
  }

  private void assertRefused(int status, String problem) throws IOException {
    assertThat(status).as(cli.err()).isEqualTo(2);
    assertThat(cli.err().lines().filter(l -> l.startsWith("check: ")))
        .singleElement()
        .asString()
        .contains(problem);
    assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(cli.out()).doesNotContain("Inspecting");
    CouldNotRunReports.sayItCouldNotRun(reports, problem);
  }
}
