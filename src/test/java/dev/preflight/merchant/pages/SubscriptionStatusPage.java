package dev.preflight.merchant.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * {@code /subscription/status?customer_uid=…}: whether the subscription is active, and each charge
 * made or booked for it with its status at i'mport.
 */
public final class SubscriptionStatusPage {
  private static final By STATUS = By.id("subscription-status");
  private final WebDriver driver;

  private SubscriptionStatusPage(WebDriver driver) {
    this.driver = driver;
  }

  static SubscriptionStatusPage await(WebDriver driver) {
    Waits.on(driver)
        .until(
            d ->
                d.getCurrentUrl().contains("/subscription/status")
                    && !d.findElements(STATUS).isEmpty());
    return new SubscriptionStatusPage(driver);
  }

  /** {@code active} or {@code cancelled}. */
  public String status() {
    return driver.findElement(STATUS).getDomAttribute("data-status");
  }

  public String customerUid() {
    String url = driver.getCurrentUrl();
    String query = url.substring(url.indexOf("customer_uid=") + "customer_uid=".length());
    int end = query.indexOf('&');
    return URLDecoder.decode(end < 0 ? query : query.substring(0, end), StandardCharsets.UTF_8);
  }

  /** Each charge's merchant_uid and the status the page shows for it, in the page's order. */
  public Map<String, String> charges() {
    Map<String, String> charges = new LinkedHashMap<>();
    for (WebElement row : driver.findElements(By.cssSelector("tr[data-charge]"))) {
      charges.put(
          row.getDomAttribute("data-charge"),
          row.findElement(By.cssSelector("[data-field='status']")).getText());
    }
    return charges;
  }

  /** Loads the page again, to see what changed at i'mport since. */
  public SubscriptionStatusPage reload() {
    Waits.forNewDocument(driver, () -> driver.navigate().refresh());
    return await(driver);
  }

  /** The buyer cancels the subscription; returns the page the shop shows afterwards. */
  public SubscriptionStatusPage unsubscribe() {
    WebElement button = driver.findElement(By.cssSelector("button[data-action='unsubscribe']"));
    Waits.forNewDocument(driver, button::click);
    return await(driver);
  }

  /** Whether the page still offers to cancel. */
  public boolean offersUnsubscribe() {
    return !driver.findElements(By.cssSelector("button[data-action='unsubscribe']")).isEmpty();
  }
}
