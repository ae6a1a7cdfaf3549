package dev.preflight.merchant.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /orders/{merchant_uid}}: one order and whether it is complete. */
public final class OrderPage {
  private static final By STATUS = By.id("order-status");
  private final WebDriver driver;

  private OrderPage(WebDriver driver) {
    this.driver = driver;
  }

  /** Opens an order's page directly, as a buyer coming back to it does. */
  public static OrderPage open(WebDriver driver, String shopUrl, String merchantUid) {
    driver.get(shopUrl + "/orders/" + merchantUid);
    return await(driver);
  }

  /** Waits for the current window to show an order page. */
  static OrderPage await(WebDriver driver) {
    Waits.on(driver)
        .until(d -> d.getCurrentUrl().contains("/orders/") && !d.findElements(STATUS).isEmpty());
    return new OrderPage(driver);
  }

  /** {@code data-status}: {@code paid}, {@code failed}, {@code pending}, {@code unconfirmed}, … */
  public String status() {
    return driver.findElement(STATUS).getDomAttribute("data-status");
  }

  /** What the page tells the buyer about the order. */
  public String message() {
    return driver.findElement(STATUS).getText();
  }

  public String amount() {
    return driver.findElement(By.id("amount")).getText();
  }

  /** The order's merchant_uid, from the page's address. */
  public String merchantUid() {
    String url = driver.getCurrentUrl();
    String path = url.substring(url.indexOf("/orders/") + "/orders/".length());
    int end = path.indexOf('?');
    return end < 0 ? path : path.substring(0, end);
  }
}
