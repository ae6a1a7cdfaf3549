package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where Chromium and its driver are found, and what is said when they are not. */
class ChromiumInstallTest {
  @TempDir Path dir;

  @Test
  void theEnvironmentVariablesWin() throws IOException {
    Path chrome = executable("bin/my-chrome");
    Path driver = executable("bin/my-driver");

    ChromiumInstall found =
        ChromiumInstall.find(
            Map.of(
                    ChromiumInstall.CHROMIUM_VARIABLE, chrome.toString(),
                    ChromiumInstall.CHROMEDRIVER_VARIABLE, driver.toString())
                ::get,
            dir.toString(),
            "linux");

    assertThat(found.found()).isTrue();
    assertThat(found.chromium()).isEqualTo(chrome);
    assertThat(found.chromedriver()).isEqualTo(driver);
  }

  @Test
  void aNamedPathThatIsNotThereIsMissingRatherThanReplaced() {
    ChromiumInstall found =
        ChromiumInstall.find(
            Map.of(ChromiumInstall.CHROMIUM_VARIABLE, dir.resolve("nope").toString())::get,
            dir.toString(),
            "linux");

    assertThat(found.chromium()).isNull();
    assertThat(found.missing())
        .startsWith("Chromium (or Chrome)")
        .contains(dir.resolve("nope").toString(), "--chromium", "NPAY_PREFLIGHT_CHROMIUM");
  }

  @Test
  void chromeAndChromedriverOnThePathAreLookedFor() {
    Map<String, String> environment = Map.of("PATH", dir.resolve("tools").toString());

    assertThat(ChromiumInstall.browsers(environment::get, dir.toString(), "linux"))
        .contains(dir.resolve("tools/google-chrome"), dir.resolve("tools/chromium"));
    assertThat(ChromiumInstall.drivers(environment::get, dir.toString(), "linux"))
        .contains(dir.resolve("tools/chromedriver"));
    assertThat(ChromiumInstall.drivers(environment::get, dir.toString(), "windows 11"))
        .contains(dir.resolve("tools/chromedriver.exe"));
  }

  @Test
  void chromeForTestingInSeleniumsCacheIsLookedForNewestFirst() throws IOException {
    Path older = executable(".cache/selenium/chrome/linux64/120.0.6099.109/chrome");
    Path newer = executable(".cache/selenium/chrome/linux64/131.0.6778.85/chrome");

    assertThat(ChromiumInstall.browsers(Map.<String, String>of()::get, dir.toString(), "linux"))
        .containsSubsequence(newer, older);
  }

  @Test
  void theUsualPlacesOfEachSystem() {
    assertThat(ChromiumInstall.browsers(Map.<String, String>of()::get, "/h", "mac os x"))
        .contains(Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
    assertThat(
            ChromiumInstall.browsers(
                Map.of("PROGRAMFILES", "C:/Program Files")::get, "/h", "windows 11"))
        .contains(Path.of("C:/Program Files", "Google", "Chrome", "Application", "chrome.exe"));
  }

  @Test
  void debiansPackagesComeFirst() {
    assertThat(ChromiumInstall.browsers(Map.<String, String>of()::get, "/h", "linux").get(0))
        .isEqualTo(Path.of("/usr/bin/chromium"));
    assertThat(ChromiumInstall.drivers(Map.<String, String>of()::get, "/h", "linux").get(0))
        .isEqualTo(Path.of("/usr/bin/chromedriver"));
  }

  @Test
  void aDriverNamedOnTheCommandLineThatIsNotThereIsSaidToBeMissing() {
    ChromiumInstall named = ChromiumInstall.named(null, dir.resolve("no-driver"));

    assertThat(named.found()).isFalse();
    assertThat(named.missing())
        .startsWith("ChromeDriver")
        .contains(dir.resolve("no-driver").toString());
  }

  private Path executable(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
