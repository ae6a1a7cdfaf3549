package dev.preflight.harness;

import dev.preflight.harness.profile.MobileDevice;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  /**
   * Selenium warns at every Chromium start that it has no CDP bindings for this version; nothing
   * here uses CDP, so the warning only buries the output. Held here: loggers are weakly kept.
   */
  private static final java.util.logging.Logger CDP_LOG = quietCdpWarning();

  private Browsers() {}

  private static java.util.logging.Logger quietCdpWarning() {
    java.util.logging.Logger log =
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    log.setLevel(java.util.logging.Level.SEVERE);
    return log;
  }

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
    return chromium(mobile ? MobileDevice.DEFAULT : null);
  }

  /**
   * Headless Chromium on a fresh profile, as a PC when {@code phone} is null, else emulating the
   * phone: its device, with its user agent when it names one.
   */
  public static WebDriver chromium(MobileDevice phone) {
    if (!chromiumInstalled()) {
      throw new IllegalStateException(chromiumMissing());
    }
    Path scratch = scratchDir();
    ChromeOptions options = chromeOptions(phone);
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
    ClientConfig client = ClientConfig.defaultConfig().readTimeout(Duration.ofSeconds(60));
    return new ChromeDriver(service, options, client);
  }

  /**
   * Chromium on a Selenium Grid node, as a PC or as the phone; the node brings its own browser and
   * a fresh profile.
   */
  public static WebDriver remote(java.net.URL grid, MobileDevice phone) {
    ClientConfig client =
        ClientConfig.defaultConfig().baseUrl(grid).readTimeout(Duration.ofSeconds(60));
    return org.openqa.selenium.remote.RemoteWebDriver.builder()
        .oneOf(chromeOptions(phone))
        .config(client)
        .build();
  }

  /** The options every Chromium gets, wherever it runs: headless, and quiet on a closed network. */
  static ChromeOptions chromeOptions(MobileDevice phone) {
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
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    if (phone != null) {
      options.setExperimentalOption("mobileEmulation", emulation(phone));
    }
    return options;
  }

  /**
   * Chromium's device emulation: the named device, or, when the profile gives a user agent, a
   * phone-sized screen with that agent (a named device would override the agent).
   */
  private static Map<String, Object> emulation(MobileDevice phone) {
    if (phone.userAgent() == null) {
      return Map.of("deviceName", phone.emulate() == null ? MOBILE_DEVICE : phone.emulate());
    }
    return Map.of(
        "deviceMetrics",
        Map.of("width", 412, "height", 915, "pixelRatio", 2.625, "touch", true, "mobile", true),
        "userAgent",
        phone.userAgent());
  }

  /** HtmlUnit as a PC, or with the Pixel 7's user agent when {@code mobile}. */
  public static WebDriver htmlUnit(boolean mobile) {
    return htmlUnit(mobile ? MobileDevice.DEFAULT : null);
  }

  /**
   * HtmlUnit with JavaScript on and script errors loud; a phone takes its user agent, or the Pixel
   * 7's. The agent goes into the browser version, not a request header: the SDK tells PC from
   * mobile by {@code navigator.userAgent}, which a header would leave as desktop Chrome.
   */
  public static WebDriver htmlUnit(MobileDevice phone) {
    BrowserVersion version =
        phone != null
            ? new BrowserVersion.BrowserVersionBuilder(BrowserVersion.CHROME)
                .setUserAgent(phone.userAgent() == null ? PIXEL_USER_AGENT : phone.userAgent())
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
