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
 * its document, and the next step first lets a navigation that began from it arrive.
 *
 * <p>A click that submitted a form or followed a link (the page's listeners did not stop it) is
 * known to be leaving, however late the browser begins: on a busy machine that can be long after
 * {@link #START}. Any other click may still navigate from a script a moment later, so before an
 * {@code open} it gets {@link #START} to begin. Costs nothing unless a step follows a click.
 */
final class PendingNavigation {
  /** How soon after a click a navigation it causes has begun: the form is sent in a later task. */
  static final Duration START = Duration.ofMillis(300);

  /**
   * How long a form the click submitted (or a link it followed) may take to begin leaving; beyond
   * it the page is taken to have stayed (a submit handler that sent it nowhere, say).
   */
  static final Duration KNOWN_START = Duration.ofSeconds(5);

  private static final Duration POLL = Duration.ofMillis(25);

  // ES5: HtmlUnit runs it too. beforeunload fires when the navigation begins, long before the
  // answer replaces the document (and our marker with it). The submit and link clicks are kept as
  // events and read later, once the page's own listeners have had their say (defaultPrevented).
  private static final String WATCH =
      "if (!window.__preflightWatch) { window.__preflightWatch = 1; window.__preflightLeaving = 0;"
          + " window.addEventListener('beforeunload', function () {"
          + " window.__preflightLeaving = 1; });"
          + " document.addEventListener('submit', function (e) {"
          + " window.__preflightSent = e; }, true);"
          + " document.addEventListener('click', function (e) {"
          + " var a = e.target; while (a && a.nodeName !== 'A') { a = a.parentNode; }"
          + " if (a && a.href && a.getAttribute('href').charAt(0) !== '#'"
          + " && a.href.indexOf('javascript:') !== 0) { window.__preflightSent = e; } }, true); }"
          + " window.__preflightSent = null; return 1;";

  private static final String STATE =
      "if (document.readyState !== 'complete') { return 'loading'; }"
          + " if (!window.__preflightWatch) { return 'arrived'; }"
          + " if (window.__preflightLeaving) { return 'leaving'; }"
          + " var e = window.__preflightSent; if (!e || e.defaultPrevented) { return 'staying'; }"
          + " var t = (e.type === 'submit' ? e.target.getAttribute('target')"
          + " : (function (a) { while (a && a.nodeName !== 'A') { a = a.parentNode; }"
          + " return a && a.getAttribute('target'); })(e.target)) || '_self';"
          + " return t === '_self' || t === '_top' || t === '_parent' ? 'sent' : 'staying';";

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
   * Before opening an address: waits, up to {@code timeout}, for a navigation the last click began
   * to arrive; returns at once when the click was long ago or started none.
   */
  void settle(WebDriver driver, Duration timeout) {
    settle(driver, timeout, START);
  }

  /**
   * Before acting on the page again: waits only for a navigation the last click is known to have
   * begun (a form sent, a link followed), so a step in the page a click left does not land in it
   * just as it goes; a click that changed nothing costs one look.
   */
  void settleKnown(WebDriver driver, Duration timeout) {
    settle(driver, timeout, Duration.ZERO);
  }

  private void settle(WebDriver driver, Duration timeout, Duration grace) {
    Instant since = clickedAt;
    clickedAt = null;
    if (since == null) {
      return;
    }
    Instant startBy = since.plus(grace);
    Instant sentBy = since.plus(KNOWN_START);
    boolean[] moving = {false};
    try {
      new FluentWait<>(driver)
          .withTimeout(timeout)
          .pollingEvery(POLL)
          .until(
              d -> {
                String state = state(d, STATE);
                Instant now = Instant.now();
                if ("arrived".equals(state)) {
                  return true;
                }
                if ("staying".equals(state) && !moving[0] && now.isAfter(startBy)) {
                  return true;
                }
                if ("sent".equals(state) && !moving[0] && now.isAfter(sentBy)) {
                  return true;
                }
                moving[0] |= "loading".equals(state) || "leaving".equals(state);
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
