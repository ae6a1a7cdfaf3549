package dev.preflight.harness.steps;

import dev.preflight.harness.BuyerViewCapture;
import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.JournalClient;
import io.cucumber.java.en.When;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** After the purchase: the buyer's own cancel, and the back office's full and partial refunds. */
public final class OrderSteps {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private final ScenarioContext context;

  public OrderSteps(ScenarioContext context) {
    this.context = context;
  }

  @When("the buyer cancels the order")
  public void theBuyerCancels() {
    act("/orders", "buyer-cancel", null);
  }

  @When("the back office refunds {long} won of the order")
  public void theBackOfficeRefunds(long amount) {
    act("/admin/orders", "admin-partial-cancel", amount);
  }

  @When("the back office cancels the whole order")
  public void theBackOfficeCancels() {
    act("/admin/orders", "admin-cancel", null);
  }

  /** Presses an order's action on a page listing orders: the newest order, the one just paid. */
  private void act(String page, String action, Long amount) {
    InspectionRun run = InspectionRun.current();
    WebDriver driver = run.browser(context.device());
    driver.get(run.merchantUrl() + page);
    WebElement row = driver.findElement(By.cssSelector("#orders tr[data-order]"));
    WebElement button = row.findElement(By.cssSelector("button[data-action='" + action + "']"));
    if (amount != null) {
      WebElement form = button.findElement(By.xpath("./ancestor::form"));
      form.findElement(By.cssSelector("input[data-field='partial-amount']"))
          .sendKeys(Long.toString(amount));
    }
    button.click();
    new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.getCurrentUrl().contains("msg="));
    long seq = new JournalClient(run.simulatorUrl()).lastSeq();
    context.buyer(BuyerViewCapture.capture(driver, seq, context.dialogs()));
  }
}
