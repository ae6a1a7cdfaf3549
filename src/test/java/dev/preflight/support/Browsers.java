package dev.preflight.support;

import dev.preflight.harness.CdnMapping;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;

/**
 * The harness's browsers for tests: Chromium tests are skipped, with the reason, where Chromium is
 * not installed; HtmlUnit always runs.
 */
public final class Browsers {
  private Browsers() {}

  /**
   * Skips the calling test unless Chromium and ChromeDriver are installed; in CI ({@code CI=true})
   * fails it instead, so that a build whose browser tests did not run is never green.
   */
  public static void assumeChromium() {
    boolean installed = dev.preflight.harness.Browsers.chromiumInstalled();
    if (!installed && inCi()) {
      Assertions.fail(
          dev.preflight.harness.Browsers.chromiumMissing()
              + " test, and CI=true: a CI build must run its browser tests");
    }
    Assumptions.assumeTrue(installed, dev.preflight.harness.Browsers.chromiumMissing() + " test");
  }

  /** Whether the build runs in CI, where skipped browser tests would hide failures. */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  public static WebDriver chromium(boolean mobile) {
    assumeChromium();
    return dev.preflight.harness.Browsers.chromium(mobile);
  }

  /** Chromium that loads the SDK's CDN host from the simulator, trusting only its certificate. */
  public static WebDriver chromium(boolean mobile, CdnMapping cdn) {
    assumeChromium();
    return dev.preflight.harness.Browsers.chromium(mobile, cdn);
  }

  public static WebDriver htmlUnit(boolean mobile) {
    return dev.preflight.harness.Browsers.htmlUnit(mobile);
  }

  public static WebDriver onlyMainWindow(WebDriver driver) {
    return dev.preflight.harness.Browsers.onlyMainWindow(driver);
  }

  public static void quit(WebDriver driver) {
    dev.preflight.harness.Browsers.quit(driver);
  }

  public static boolean chromiumInstalled() {
    return dev.preflight.harness.Browsers.chromiumInstalled();
  }
}
