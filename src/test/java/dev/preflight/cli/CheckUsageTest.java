package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
