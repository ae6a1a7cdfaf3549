package dev.preflight.merchant.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /subscription}: the monthly plan and its Naver Pay sign-up button. */
public final class SubscriptionPage extends PayingPage {
  private static final By SUBSCRIBE = By.cssSelector("button[data-action='subscribe']");

  private SubscriptionPage(WebDriver driver) {
    super(driver, SUBSCRIBE);
  }

  public static SubscriptionPage open(WebDriver driver, String shopUrl) {
    driver.get(shopUrl + "/subscription");
    return new SubscriptionPage(driver);
  }

  /** The status page the shop moves to once the first month is charged and the next booked. */
  public SubscriptionStatusPage statusPage() {
    home();
    return SubscriptionStatusPage.await(driver);
  }
}
