package dev.preflight.support;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.WebDriver;

/**
 * The simulator's Naver Pay window, driven as a buyer would: approve, cancel, or pick a failure.
 * Offers services and never asserts.
 */
public final class NaverPayWindowPage {
  private final WebDriver driver;

  public NaverPayWindowPage(WebDriver driver) {
    this.driver = driver;
    if (!driver.getTitle().contains("네이버페이")) {
      throw new IllegalStateException("not the Naver Pay window: " + driver.getTitle());
    }
  }

  public String field(String name) {
    return driver.findElement(By.cssSelector("[data-field='" + name + "']")).getText();
  }

  public boolean has(String field) {
    return !driver.findElements(By.cssSelector("[data-field='" + field + "']")).isEmpty();
  }

  public void approve() {
    press("button[data-action='approve']");
  }

  public void cancel() {
    press("button[data-action='cancel']");
  }

  /**
   * {@code insufficient_balance}, {@code limit_exceeded}, {@code owner_auth_fail}, {@code
   * time_expired}.
   */
  public void fail(String outcome) {
    press("button[data-action='fail'][data-outcome='" + outcome + "']");
  }

  /** Closes the popup the way a buyer does, without choosing anything. */
  public void close() {
    driver.close();
  }

  private void press(String selector) {
    try {
      driver.findElement(By.cssSelector(selector)).click();
    } catch (NoSuchWindowException closedItself) {
      // A popup closes itself once it has a result; that is the expected end of the click.
    }
  }
}
