package dev.preflight.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * The browsers tests drive: Debian's headless Chromium through its own chromedriver (named
 * explicitly, so Selenium Manager never tries to download one), and HtmlUnit, the embedded
 * fallback. Chromium tests are skipped, with the reason, where Chromium is not installed.
 */
public final class Browsers {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final String MOBILE_DEVICE = "Pixel 7";

  private Browsers() {}

  public static boolean chromiumInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Skips the calling test unless Chromium and ChromeDriver are installed. */
  public static void assumeChromium() {
    Assumptions.assumeTrue(
        chromiumInstalled(),
        "Chromium not found at "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + ": install the chromium and chromium-driver packages to run this test");
  }

  /** Headless Chromium on a fresh profile; {@code mobile} emulates a Pixel 7. */
  public static WebDriver chromium(boolean mobile) {
    assumeChromium();
    Path scratch = scratchDir();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + scratch.resolve("profile"));
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    if (mobile) {
      options.setExperimentalOption("mobileEmulation", Map.of("deviceName", MOBILE_DEVICE));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(
                Map.of(
                    "XDG_CONFIG_HOME", scratch.resolve("config").toString(),
                    "XDG_CACHE_HOME", scratch.resolve("cache").toString(),
                    "TMPDIR", scratch.resolve("tmp").toString()))
            .build();
    ClientConfig client = ClientConfig.defaultConfig().readTimeout(Duration.ofSeconds(60));
    return new ChromeDriver(service, options, client);
  }

  /** HtmlUnit with JavaScript on and script errors loud. */
  public static WebDriver htmlUnit(boolean mobile) {
    HtmlUnitDriver driver = new HtmlUnitDriver(true);
    driver.getWebClient().getOptions().setThrowExceptionOnScriptError(true);
    driver.getWebClient().getOptions().setPopupBlockerEnabled(false);
    if (mobile) {
      driver.getWebClient().addRequestHeader("User-Agent", PIXEL_USER_AGENT);
    }
    return driver;
  }

  /** What Chromium's Pixel 7 emulation sends, for HtmlUnit's mobile runs. */
  public static final String PIXEL_USER_AGENT =
      "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/156.0.0.0 Mobile Safari/537.36";

  private static Path scratchDir() {
    try {
      Path target = Path.of("target", "browsers");
      Files.createDirectories(target);
      Path dir = Files.createTempDirectory(target.toAbsolutePath(), "chromium-");
      for (String sub : List.of("profile", "config", "cache", "tmp")) {
        Files.createDirectories(dir.resolve(sub));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Never leaves a browser behind: quits and ignores a driver that is already gone. */
  public static void quit(WebDriver driver) {
    if (driver != null) {
      try {
        driver.quit();
      } catch (RuntimeException alreadyGone) {
        // Nothing left to clean up.
      }
    }
  }
}
