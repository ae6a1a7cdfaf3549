package dev.preflight.harness;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

/**
 * Whether an error only means the page changed under us: the element found a moment ago was
 * replaced. Chromium says so as a stale element, or, when a node is swapped between ChromeDriver's
 * own steps, as an "inspector error" that a node "does not belong to the document". Either is a
 * reason to look again, not a failure.
 */
public final class PageChanging {
  private PageChanging() {}

  public static boolean is(WebDriverException error) {
    return error instanceof StaleElementReferenceException
        || String.valueOf(error.getMessage()).contains("does not belong to the document");
  }
}
