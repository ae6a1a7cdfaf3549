package dev.preflight.harness;

import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A navigation a click started, such as a form post, that the next address must not cut short. A
 * click returns before the browser has even sent the form; opening the next page then cancels the
 * post, and the cookie its answer would have set (the cart, the login) is lost. So a click marks
 * its document, and the next {@code open} first lets a navigation that began from it arrive.
 *
 * <p>Costs nothing unless an {@code open} follows a click within {@link #START}.
 */
final class PendingNavigation {
  /** How soon after a click a navigation it causes has begun: the form is sent in a later task. */
  static final Duration START = Duration.ofMillis(300);

  private static final Duration POLL = Duration.ofMillis(25);

  // ES5: HtmlUnit runs it too. beforeunload fires when the navigation begins, long before the
  // answer replaces the document (and our marker with it).
  private static final String WATCH =
      "if (!window.__preflightWatch) { window.__preflightWatch = 1; window.__preflightLeaving = 0;"
          + " window.addEventListener('beforeunload', function () {"
          + " window.__preflightLeaving = 1; }); } return 1;";

  private static final String STATE =
      "if (document.readyState !== 'complete') { return 'loading'; }"
          + " if (!window.__preflightWatch) { return 'arrived'; }"
          + " return window.__preflightLeaving ? 'leaving' : 'staying';";

  private final Witness witness;
  private Instant clickedAt;

  PendingNavigation(Witness witness) {
    this.witness = witness;
  }

  /** Marks the document a click is about to happen in. */
  void beforeClick(WebDriver driver) {
    state(driver, WATCH);
  }

  void clicked() {
    clickedAt = Instant.now();
  }

  /**
   * Waits, up to {@code timeout}, for a navigation the last click began to arrive; returns at once
   * when the click was long ago or started none.
   */
  void settle(WebDriver driver, Duration timeout) {
    Instant since = clickedAt;
    clickedAt = null;
    if (since == null) {
      return;
    }
    Instant startBy = since.plus(START);
    boolean[] moving = {false};
    try {
      new FluentWait<>(driver)
          .withTimeout(timeout)
          .pollingEvery(POLL)
          .until(
              d -> {
                String state = state(d, STATE);
                if ("arrived".equals(state)) {
                  return true;
                }
                if ("staying".equals(state) && !moving[0] && Instant.now().isAfter(startBy)) {
                  return true;
                }
                moving[0] |= !"staying".equals(state);
                return false;
              });
    } catch (TimeoutException stillLeaving) {
      // The page never arrived: the next address goes ahead, as it would have without us.
    }
  }

  /** The script's answer; "loading" while the page is between documents. */
  private String state(WebDriver driver, String script) {
    try {
      return String.valueOf(((JavascriptExecutor) driver).executeScript(script));
    } catch (UnhandledAlertException alertOpen) {
      witness.dialog(driver);
      return "loading";
    } catch (NoSuchSessionException gone) {
      throw gone;
    } catch (WebDriverException betweenDocuments) {
      return "loading";
    }
  }
}
