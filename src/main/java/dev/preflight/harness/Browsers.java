package dev.preflight.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.htmlunit.BrowserVersion;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * The browsers tests drive: Debian's headless Chromium through its own chromedriver (named
 * explicitly, so Selenium Manager never tries to download one), and HtmlUnit, the embedded
 * fallback.
 */
public final class Browsers {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final String MOBILE_DEVICE = "Pixel 7";

  /** A hung browser command fails after this instead of blocking the run for good. */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  private Browsers() {}

  public static boolean chromiumInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Why Chromium cannot be used here, and how to fix it: for skip reasons and CLI errors. */
  public static String chromiumMissing() {
    return "Chromium not found at "
        + CHROMIUM
        + " and "
        + CHROMEDRIVER
        + ": install the chromium and chromium-driver packages to run this";
  }

  /** Headless Chromium on a fresh profile; {@code mobile} emulates a Pixel 7. */
  public static WebDriver chromium(boolean mobile) {
    return chromium(mobile, null);
  }

  /**
   * Headless Chromium on a fresh profile that, given a {@code cdn} mapping, loads the SDK's CDN
   * host from the simulator and trusts the simulator's certificate there (and no other).
   */
  public static WebDriver chromium(boolean mobile, CdnMapping cdn) {
    if (!chromiumInstalled()) {
      throw new IllegalStateException(chromiumMissing());
    }
    Path scratch = scratchDir();
    ChromeOptions options = chromiumOptions(mobile, cdn);
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--user-data-dir=" + scratch.resolve("profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(
                Map.of(
                    "XDG_CONFIG_HOME", scratch.resolve("config").toString(),
                    "XDG_CACHE_HOME", scratch.resolve("cache").toString(),
                    "TMPDIR", socketDir().toString()))
            .build();
    ClientConfig client = ClientConfig.defaultConfig().readTimeout(READ_TIMEOUT);
    return new ChromeDriver(service, options, client);
  }

  /**
   * Chromium on a Selenium Grid, with the same switches as a local one. The node picks its own
   * ChromeDriver and browser binary, and ChromeDriver gives the session a fresh {@code
   * --user-data-dir} on the node (a local path would mean nothing there).
   */
  public static WebDriver remote(URL grid, boolean mobile) {
    return remote(grid, mobile, null);
  }

  /** As {@link #remote(URL, boolean)}; {@code cdn.address()} must be reachable from the node. */
  public static WebDriver remote(URL grid, boolean mobile, CdnMapping cdn) {
    ClientConfig client = ClientConfig.defaultConfig().baseUrl(grid).readTimeout(READ_TIMEOUT);
    return new RemoteWebDriver(grid, chromiumOptions(mobile, cdn), client);
  }

  /**
   * The switches every Chromium session needs on this closed network (no background traffic, no
   * QUIC, no GPU, no sandbox in containers), prompts left for the test to read, the Pixel 7 when
   * {@code mobile}, and the CDN mapping when given. Neither the binary nor the profile directory:
   * those depend on where the browser runs.
   */
  public static ChromeOptions chromiumOptions(boolean mobile, CdnMapping cdn) {
    ChromeOptions options = new ChromeOptions();
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync");
    if (cdn != null) {
      options.addArguments(cdn.chromiumArguments());
    }
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    if (mobile) {
      options.setExperimentalOption("mobileEmulation", Map.of("deviceName", MOBILE_DEVICE));
    }
    return options;
  }

  /**
   * HtmlUnit with JavaScript on and script errors loud; {@code mobile} takes the Pixel 7's user
   * agent. The agent goes into the browser version, not a request header: the SDK tells PC from
   * mobile by {@code navigator.userAgent}, which a header would leave as desktop Chrome.
   */
  public static WebDriver htmlUnit(boolean mobile) {
    BrowserVersion version =
        mobile
            ? new BrowserVersion.BrowserVersionBuilder(BrowserVersion.CHROME)
                .setUserAgent(PIXEL_USER_AGENT)
                .build()
            : BrowserVersion.CHROME;
    HtmlUnitDriver driver = new HtmlUnitDriver(version, true);
    driver.getWebClient().getOptions().setThrowExceptionOnScriptError(true);
    driver.getWebClient().getOptions().setPopupBlockerEnabled(false);
    return driver;
  }

  /**
   * Closes every window but the first, left over from an earlier test, and switches to it, so that
   * a shared browser starts each test with just the shop's window.
   */
  public static WebDriver onlyMainWindow(WebDriver driver) {
    List<String> handles = new ArrayList<>(driver.getWindowHandles());
    for (int i = 1; i < handles.size(); i++) {
      driver.switchTo().window(handles.get(i)).close();
    }
    driver.switchTo().window(handles.get(0));
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
      for (String sub : List.of("profile", "config", "cache")) {
        Files.createDirectories(dir.resolve(sub));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Chromium puts its singleton socket in TMPDIR, and a Unix socket path may not exceed 107 bytes.
   * Under {@code target/browsers/chromium-<random>/} it takes about 95 bytes plus the checkout's
   * path, so a checkout at more than a dozen characters made Chromium exit at start ("Socket path
   * too long"). TMPDIR is therefore a fresh directory in the short system temp directory.
   */
  private static Path socketDir() {
    try {
      Path dir = Files.createTempDirectory("npay-chromium-");
      // Chromium removes what it made in there when it quits, leaving the directory empty.
      dir.toFile().deleteOnExit();
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
