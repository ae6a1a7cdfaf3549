package dev.preflight.merchant.pages;

import dev.preflight.support.NaverPayWindowPage;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A shop page with a Naver Pay button (checkout, subscription sign-up): press it, drive the window
 * it opens, read what the shop shows afterwards in {@code #result}. Offers services, never asserts.
 */
public abstract class PayingPage {
  private static final By RESULT = By.id("result");
  private static final String NAVER_PAY_TITLE = "네이버페이";

  /**
   * Records the page's console warnings: the SDK's only trace when a result has nobody to go to,
   * which lets a test know the SDK is finished instead of waiting for a result that never comes.
   */
  private static final String RECORD_WARNINGS =
      "if (!window.__warnings) {"
          + " window.__warnings = [];"
          + " var original = console.warn;"
          + " console.warn = function () {"
          + "  window.__warnings.push(Array.prototype.map.call(arguments, function (a) {"
          + "   return typeof a === 'string' ? a : JSON.stringify(a); }).join(' '));"
          + "  return original.apply(console, arguments); }; }";

  protected final WebDriver driver;
  protected final WebDriverWait wait;
  private final By button;
  private final String shopWindow;

  protected PayingPage(WebDriver driver, By button) {
    this.driver = driver;
    this.wait = Waits.on(driver);
    this.button = button;
    wait.until(d -> d.findElement(button).isDisplayed());
    this.shopWindow = driver.getWindowHandle();
    ((JavascriptExecutor) driver).executeScript(RECORD_WARNINGS);
  }

  /** Presses the Naver Pay button, as the buyer does. */
  public void press() {
    driver.findElement(button).click();
  }

  /** The popup the press opened, switched to. */
  public NaverPayWindowPage popup() {
    wait.until(d -> d.getWindowHandles().size() > 1);
    for (String handle : driver.getWindowHandles()) {
      if (!handle.equals(shopWindow)) {
        driver.switchTo().window(handle);
        break;
      }
    }
    wait.until(d -> d.getTitle().contains(NAVER_PAY_TITLE));
    return new NaverPayWindowPage(driver);
  }

  /** The window this page navigated to, in redirect mode. */
  public NaverPayWindowPage redirected() {
    wait.until(d -> d.getTitle().contains(NAVER_PAY_TITLE));
    return new NaverPayWindowPage(driver);
  }

  /**
   * What {@code #result} says once the shop has written something there: on this page (popup mode,
   * a refusal) or on the page redirect mode came back to.
   */
  public String result() {
    home();
    wait.until(d -> !d.findElement(RESULT).getText().isBlank());
    return driver.findElement(RESULT).getText();
  }

  /** {@code #result}'s text as it is now, without waiting for anything. */
  public String resultNow() {
    home();
    return driver.findElement(RESULT).getText();
  }

  /** {@code #result}'s markup, to see what the shop put in as HTML rather than as text. */
  public String resultHtml() {
    home();
    return driver.findElement(RESULT).getDomProperty("innerHTML");
  }

  /** The tag names of the elements inside {@code #result}: none when a message went in as text. */
  public List<String> resultChildTags() {
    home();
    List<String> tags = new ArrayList<>();
    for (WebElement element : driver.findElements(By.cssSelector("#result *"))) {
      tags.add(element.getTagName());
    }
    return tags;
  }

  /**
   * Waits for the first console warning on this page and returns it: the fake SDK warns when
   * request_pay ends with neither a callback nor a redirect to deliver the result to.
   */
  public String awaitWarning() {
    home();
    wait.until(
        d ->
            ((Number)
                        ((JavascriptExecutor) d)
                            .executeScript("return (window.__warnings || []).length"))
                    .intValue()
                > 0);
    return (String) ((JavascriptExecutor) driver).executeScript("return window.__warnings[0]");
  }

  public String currentUrl() {
    home();
    return driver.getCurrentUrl();
  }

  /** Back to the shop's window: a popup closes itself and leaves the driver nowhere. */
  protected void home() {
    driver.switchTo().window(shopWindow);
  }
}
