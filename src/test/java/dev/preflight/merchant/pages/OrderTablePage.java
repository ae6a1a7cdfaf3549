package dev.preflight.merchant.pages;

import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the buyer's order list and the back office share: a row per order and a notice. */
abstract class OrderTablePage {
  private static final By NOTICE = By.id("notice");
  protected final WebDriver driver;
  protected final WebDriverWait wait;

  OrderTablePage(WebDriver driver) {
    this.driver = driver;
    this.wait = Waits.on(driver);
    wait.until(d -> !d.findElements(By.id("orders")).isEmpty());
  }

  /** Whether the list shows this order. */
  public boolean lists(String merchantUid) {
    return !driver.findElements(row(merchantUid)).isEmpty();
  }

  /** The order's status as the row shows it ("결제 완료", "부분 취소", …). */
  public String status(String merchantUid) {
    return driver
        .findElement(row(merchantUid))
        .findElement(By.cssSelector("[data-field='status']"))
        .getText();
  }

  /** The notice the shop shows after an action, if any. */
  public Optional<String> notice() {
    return driver.findElements(NOTICE).stream().findFirst().map(WebElement::getText);
  }

  /** Whether the row offers this action ({@code buyer-cancel}, {@code admin-cancel}, …). */
  public boolean offers(String merchantUid, String action) {
    return !driver
        .findElement(row(merchantUid))
        .findElements(By.cssSelector("button[data-action='" + action + "']"))
        .isEmpty();
  }

  /** Presses a row's action button and waits for the page the shop redirects back to. */
  protected void submit(String merchantUid, String action) {
    WebElement button =
        driver
            .findElement(row(merchantUid))
            .findElement(By.cssSelector("button[data-action='" + action + "']"));
    Waits.forNewDocument(driver, button::click);
    wait.until(d -> !d.findElements(NOTICE).isEmpty());
  }

  protected static By row(String merchantUid) {
    return By.cssSelector("tr[data-order='" + merchantUid + "']");
  }
}
