package dev.preflight.merchant.pages;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The one explicit wait every merchant page uses. */
final class Waits {
  static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final Duration POLL = Duration.ofMillis(50);

  private Waits() {}

  /**
   * Polls often (the pages answer within milliseconds) and ignores stale elements, which a wait
   * straddling a navigation meets as the old document goes away.
   */
  static WebDriverWait on(WebDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, POLL);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Runs an action that makes the window load another document (a form post and its redirect) and
   * waits until that document has loaded. The old document is marked and the wait is for a document
   * without the mark: Chromium answers a staleness check on an element of a page being replaced
   * with a generic inspector error rather than a stale-element one, so element staleness is no use.
   */
  static void forNewDocument(WebDriver driver, Runnable action) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.__replaced = true;");
    action.run();
    WebDriverWait wait = on(driver);
    // Mid-navigation, scripts can fail in several ways; each just means "not yet".
    wait.ignoring(WebDriverException.class);
    wait.until(
        d ->
            js.executeScript("return window.__replaced === true").equals(Boolean.FALSE)
                && "complete".equals(js.executeScript("return document.readyState")));
  }
}
