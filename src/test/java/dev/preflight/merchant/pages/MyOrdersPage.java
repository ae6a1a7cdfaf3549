package dev.preflight.merchant.pages;

import org.openqa.selenium.WebDriver;

/** {@code /orders}: the buyer's orders, each paid one with a cancel button. */
public final class MyOrdersPage extends OrderTablePage {
  private MyOrdersPage(WebDriver driver) {
    super(driver);
  }

  public static MyOrdersPage open(WebDriver driver, String shopUrl) {
    driver.get(shopUrl + "/orders");
    return new MyOrdersPage(driver);
  }

  /** The buyer cancels the order; returns the list the shop shows afterwards. */
  public MyOrdersPage cancel(String merchantUid) {
    submit(merchantUid, "buyer-cancel");
    return new MyOrdersPage(driver);
  }
}
