package dev.preflight.harness;

import dev.preflight.harness.profile.BrowserSession;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The {@link BrowserSession} site drivers get: Selenium with explicit waits only, so a slow page
 * costs time rather than a flaky verdict.
 */
public final class WebDriverSession implements BrowserSession {
  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final Duration POLL = Duration.ofMillis(50);
  private final WebDriver driver;

  public WebDriverSession(WebDriver driver) {
    this.driver = driver;
  }

  @Override
  public void open(String url) {
    driver.get(url);
  }

  /**
   * Finds and clicks in one go, again while the page replaces the element under us: a page that
   * re-renders (or is still finishing an earlier navigation) loses the node between find and click.
   */
  @Override
  public void click(String selector) {
    await(
        selector + " to be clickable",
        () -> {
          Optional<WebElement> element = shown(selector);
          if (element.isEmpty()) {
            return Optional.empty();
          }
          element.get().click();
          return Optional.of(Boolean.TRUE);
        });
  }

  @Override
  public void type(String selector, String text) {
    WebElement field = visible(selector);
    field.clear();
    field.sendKeys(text);
  }

  @Override
  public void select(String selector, String value) {
    new Select(visible(selector)).selectByValue(value);
  }

  @Override
  public void waitFor(String selector) {
    visible(selector);
  }

  @Override
  public Optional<String> text(String selector) {
    try {
      return driver.findElements(By.cssSelector(selector)).stream()
          .filter(WebElement::isDisplayed)
          .findFirst()
          .map(WebElement::getText);
    } catch (WebDriverException error) {
      if (PageChanging.is(error)) {
        return Optional.empty();
      }
      throw error;
    }
  }

  @Override
  public Optional<String> takeDialog() {
    try {
      var alert = driver.switchTo().alert();
      String text = alert.getText();
      alert.accept();
      return Optional.of(text);
    } catch (NoAlertPresentException none) {
      return Optional.empty();
    }
  }

  @Override
  public <T> T await(String what, Supplier<Optional<T>> probe) {
    WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, POLL);
    wait.ignoring(StaleElementReferenceException.class);
    wait.withMessage(() -> "waiting for " + what);
    return wait.until(
        d -> {
          try {
            return probe.get().orElse(null);
          } catch (WebDriverException error) {
            if (PageChanging.is(error)) {
              return null;
            }
            throw error;
          }
        });
  }

  private WebElement visible(String selector) {
    return await(selector, () -> shown(selector));
  }

  private Optional<WebElement> shown(String selector) {
    return driver.findElements(By.cssSelector(selector)).stream()
        .filter(e -> e.isDisplayed() && e.isEnabled())
        .findFirst();
  }
}
