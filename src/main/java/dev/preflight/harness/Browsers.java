package dev.preflight.harness;

import dev.preflight.harness.profile.MobileDevice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
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
 * The browsers tests drive: headless Chromium through its chromedriver (Debian's by default, or
 * where {@link ChromiumInstall} finds them or the user names them; named explicitly, so Selenium
 * Manager never tries to download one), and HtmlUnit, the embedded fallback.
 */
public final class Browsers {
  private static volatile ChromiumInstall install = ChromiumInstall.find();
  public static final String MOBILE_DEVICE = "Pixel 7";

  /** A hung browser command fails after this instead of blocking the run for good. */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  /** Each local Chromium's scratch folder, removed when the browser quits. */
  private static final Map<WebDriver, Path> SCRATCH = new ConcurrentHashMap<>();

  /**
   * Selenium warns at every Chromium start that it has no CDP bindings for this version; nothing
   * here uses CDP, so the warning only buries the output. Held here: loggers are weakly kept.
   */
  private static final Logger CDP_LOG = quietCdpWarning();

  private Browsers() {}

  private static Logger quietCdpWarning() {
    Logger log = Logger.getLogger("org.openqa.selenium.devtools");
    log.setLevel(Level.SEVERE);
    return log;
  }

  /** Drives this Chromium from now on: the one the user named on the command line. */
  public static void use(ChromiumInstall chosen) {
    install = chosen;
  }

  /** The Chromium and ChromeDriver this process drives. */
  public static ChromiumInstall chromiumInstall() {
    return install;
  }

  public static boolean chromiumInstalled() {
    return install.found();
  }

  /** Why Chromium cannot be used here, and how to fix it: for skip reasons and CLI errors. */
  public static String chromiumMissing() {
    return install.missing();
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
    return chromium(mobile ? MobileDevice.DEFAULT : null, cdn);
  }

  /**
   * Headless Chromium on a fresh profile, as a PC when {@code phone} is null, else emulating the
   * phone; with the CDN mapped to the simulator when {@code cdn} is given.
   */
  public static WebDriver chromium(MobileDevice phone, CdnMapping cdn) {
    if (!chromiumInstalled()) {
      throw new IllegalStateException(chromiumMissing());
    }
    ChromiumInstall chosen = install;
    Path scratch = scratchDir();
    ChromeOptions options = chromiumOptions(phone, cdn);
    options.setBinary(chosen.chromium().toFile());
    options.addArguments("--user-data-dir=" + scratch.resolve("profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chosen.chromedriver().toFile())
            .usingAnyFreePort()
            .withEnvironment(
                Map.of(
                    "XDG_CONFIG_HOME", scratch.resolve("config").toString(),
                    "XDG_CACHE_HOME", scratch.resolve("cache").toString(),
                    // Chromium's singleton socket goes in TMPDIR, and a Unix socket path may not
                    // exceed 107 bytes: the system temp folder keeps it short wherever we run.
                    "TMPDIR", scratch.resolve("tmp").toString()))
            .build();
    ClientConfig client = ClientConfig.defaultConfig().readTimeout(READ_TIMEOUT);
    ChromeDriver driver = new ChromeDriver(service, options, client);
    SCRATCH.put(driver, scratch);
    return driver;
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
    return remote(grid, mobile ? MobileDevice.DEFAULT : null, cdn);
  }

  /** As {@link #remote(URL, boolean)}, as a PC when {@code phone} is null, else as the phone. */
  public static WebDriver remote(URL grid, MobileDevice phone, CdnMapping cdn) {
    ClientConfig client = ClientConfig.defaultConfig().baseUrl(grid).readTimeout(READ_TIMEOUT);
    return new RemoteWebDriver(grid, chromiumOptions(phone, cdn), client);
  }

  /**
   * The switches every Chromium session needs on this closed network (no background traffic, no
   * QUIC, no GPU, no sandbox in containers), prompts left for the test to read, the Pixel 7 when
   * {@code mobile}, and the CDN mapping when given. Neither the binary nor the profile directory:
   * those depend on where the browser runs.
   */
  public static ChromeOptions chromiumOptions(boolean mobile, CdnMapping cdn) {
    return chromiumOptions(mobile ? MobileDevice.DEFAULT : null, cdn);
  }

  /** As {@link #chromiumOptions(boolean, CdnMapping)}, emulating the phone when there is one. */
  public static ChromeOptions chromiumOptions(MobileDevice phone, CdnMapping cdn) {
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
      try {
        driver.switchTo().window(handles.get(i)).close();
      } catch (org.openqa.selenium.NoSuchWindowException closedItself) {
        // A popup that closed itself meanwhile, as the Naver Pay window does with a result.
      }
    }
    driver.switchTo().window(handles.get(0));
    return driver;
  }

  /**
   * Clears what a scenario left in a shared browser: an open dialog, extra windows, the site's
   * cookies and storage (a signed-in buyer, a cart, a single-page app's state), and the page
   * itself, so the next address opened is a full load even for a hash route. False when the session
   * is no longer usable.
   */
  public static boolean startAfresh(WebDriver driver) {
    try {
      for (int i = 0; i < 5; i++) {
        try {
          driver.switchTo().alert().accept();
        } catch (org.openqa.selenium.NoAlertPresentException none) {
          break;
        }
      }
      onlyMainWindow(driver);
      if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "try { window.localStorage.clear(); window.sessionStorage.clear(); } catch (e) {}");
      }
      driver.manage().deleteAllCookies();
      driver.get("about:blank");
      return true;
    } catch (org.openqa.selenium.WebDriverException gone) {
      return false;
    }
  }

  /** What Chromium's Pixel 7 emulation sends, for HtmlUnit's mobile runs. */
  public static final String PIXEL_USER_AGENT =
      "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/156.0.0.0 Mobile Safari/537.36";

  /**
   * A fresh profile, config and cache for one Chromium, in the system's temp folder rather than the
   * current one: a check may run anywhere, and leaves nothing behind when its browsers quit.
   */
  private static Path scratchDir() {
    try {
      Path dir = Files.createTempDirectory("npay-preflight-chromium-");
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
      Path scratch = SCRATCH.remove(driver);
      if (scratch != null) {
        delete(scratch);
      }
    }
  }

  /** Removes a folder and what it holds; what cannot be removed is left to the system. */
  private static void delete(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException busy) {
                  // Chromium may still be letting go of a file; the temp folder is cleaned anyway.
                }
              });
    } catch (IOException gone) {
      // Already removed.
    }
  }
}
