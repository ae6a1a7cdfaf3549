package dev.preflight.merchant.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin/orders}: every paid order with a full and a partial cancel. */
public final class BackOfficePage extends OrderTablePage {
  private BackOfficePage(WebDriver driver) {
    super(driver);
  }

  public static BackOfficePage open(WebDriver driver, String shopUrl) {
    driver.get(shopUrl + "/admin/orders");
    return new BackOfficePage(driver);
  }

  /** Cancels the whole order. */
  public BackOfficePage cancel(String merchantUid) {
    submit(merchantUid, "admin-cancel");
    return new BackOfficePage(driver);
  }

  /** Cancels part of the order. */
  public BackOfficePage partialCancel(String merchantUid, long amount) {
    WebElement field =
        driver
            .findElement(row(merchantUid))
            .findElement(By.cssSelector("input[data-field='partial-amount']"));
    field.clear();
    field.sendKeys(Long.toString(amount));
    submit(merchantUid, "admin-partial-cancel");
    return new BackOfficePage(driver);
  }

  /** The balance column: what is left of the order after cancels ("9,000원"). */
  public String balance(String merchantUid) {
    return driver.findElement(row(merchantUid)).findElement(By.cssSelector("td.num")).getText();
  }
}
