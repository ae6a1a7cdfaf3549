package dev.preflight.merchant.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /checkout?items=…}: the cart and the Naver Pay button ({@code #naverpay}). */
public final class CheckoutPage extends PayingPage {
  private static final By PAY = By.cssSelector("button[data-action='pay']");

  private CheckoutPage(WebDriver driver) {
    super(driver, PAY);
  }

  /** Opens the checkout for a cart such as {@code BOOK-1:2,CD-7:1}. */
  public static CheckoutPage open(WebDriver driver, String shopUrl, String items) {
    driver.get(shopUrl + "/checkout?items=" + URLEncoder.encode(items, StandardCharsets.UTF_8));
    return new CheckoutPage(driver);
  }

  /** Opens the checkout and presses pay. */
  public static CheckoutPage pay(WebDriver driver, String shopUrl, String items) {
    CheckoutPage page = open(driver, shopUrl, items);
    page.press();
    return page;
  }

  /** The order page the shop moves to once the server has confirmed the payment. */
  public OrderPage orderPage() {
    home();
    return OrderPage.await(driver);
  }
}
