package dev.preflight.harness.steps;

import dev.preflight.harness.BuyerViewCapture;
import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.JournalClient;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Buying with Naver Pay on the merchant's site, and how the Naver Pay window ends. */
public final class CheckoutSteps {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private final ScenarioContext context;
  private String mainWindow;

  public CheckoutSteps(ScenarioContext context) {
    this.context = context;
  }

  @ParameterType("PC|mobile")
  public InspectionRun.Device device(String name) {
    return InspectionRun.Device.valueOf(name.toUpperCase(Locale.ROOT));
  }

  @Given("a buyer on {device} with a book in the cart")
  public void aBuyerWithABook(InspectionRun.Device device) {
    openCart(device, "BOOK-1:1");
  }

  @Given("a buyer on {device} with two books and a CD in the cart")
  public void aBuyerWithBooksAndACd(InspectionRun.Device device) {
    openCart(device, "BOOK-1:2,CD-7:1");
  }

  @Given("a buyer on {device} with a 50-won sticker in the cart")
  public void aBuyerWithASticker(InspectionRun.Device device) {
    openCart(device, "STICKER-1:1");
  }

  @Given("Naver Pay will report {long} won paid for the next payment")
  public void naverPayWillReport(long amount) {
    journal().arm(java.util.Map.of("outcome", "approve", "paid_amount", amount));
  }

  @Given("the browser will be told of a successful payment that was never made")
  public void aForgedSuccess() {
    journal().arm(java.util.Map.of("outcome", "forge_success"));
  }

  @Given("a buyer on {device} has paid for a book")
  public void aBuyerHasPaid(InspectionRun.Device device) {
    openCart(device, "BOOK-1:1");
    thePaymentEndsWith("approve");
  }

  private void openCart(InspectionRun.Device device, String items) {
    context.device(device);
    WebDriver driver = InspectionRun.current().browser(device);
    driver.get(InspectionRun.current().merchantUrl() + "/checkout?items=" + items);
  }

  /** Pages re-render while we look: a stale element is a reason to look again, not to fail. */
  private static WebDriverWait wait(WebDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  private static JournalClient journal() {
    return new JournalClient(InspectionRun.current().simulatorUrl());
  }

  /**
   * Presses pay on a cart the shop may refuse before any window opens: then its message is what the
   * buyer sees; if a window opens after all, the buyer approves.
   */
  @When("the buyer tries to pay with Naver Pay")
  public void theBuyerTriesToPay() {
    WebDriver driver = InspectionRun.current().browser(context.device());
    WebDriverWait wait = wait(driver);
    mainWindow = driver.getWindowHandle();
    String checkout = driver.getCurrentUrl();
    driver.findElement(By.cssSelector("#naverpay")).click();
    wait.until(
        d ->
            d.getWindowHandles().size() > 1
                || !d.getCurrentUrl().equals(checkout)
                || !d.findElement(By.cssSelector("#result")).getText().isBlank());
    boolean windowOpened =
        driver.getWindowHandles().size() > 1 || !driver.getCurrentUrl().equals(checkout);
    if (windowOpened) {
      finishInWindow(driver, wait, "approve");
    } else {
      see(driver);
    }
  }

  @When("the buyer pays with Naver Pay and the window ends with {string}")
  public void thePaymentEndsWith(String outcome) {
    WebDriver driver = InspectionRun.current().browser(context.device());
    WebDriverWait wait = wait(driver);
    mainWindow = driver.getWindowHandle();
    driver.findElement(By.cssSelector("#naverpay")).click();
    finishInWindow(driver, wait, outcome);
  }

  /** Goes to the window the click opened (a popup or this page), ends it, waits for the result. */
  private void finishInWindow(WebDriver driver, WebDriverWait wait, String outcome) {
    wait.until(d -> d.getWindowHandles().size() > 1 || d.getTitle().contains("네이버페이") || shown(d));
    if (driver.getWindowHandles().size() == 1 && !driver.getTitle().contains("네이버페이")) {
      // No window opened: the SDK refused the request (pre-validation) and the page says so.
      see(driver);
      return;
    }
    boolean popup = driver.getWindowHandles().size() > 1;
    if (popup) {
      wait.until(d -> d.getWindowHandles().size() > 1);
      Set<String> handles = driver.getWindowHandles();
      handles.remove(mainWindow);
      driver.switchTo().window(handles.iterator().next());
    }
    wait.until(d -> d.getTitle().contains("네이버페이"));
    choose(driver, outcome);
    if (popup) {
      driver.switchTo().window(mainWindow);
    }
    wait.until(
        d ->
            !d.findElements(By.cssSelector("#result")).isEmpty()
                    && !d.findElement(By.cssSelector("#result")).getText().isBlank()
                || d.getCurrentUrl().contains("/orders/"));
    see(driver);
  }

  private static boolean shown(WebDriver driver) {
    return driver.findElements(By.cssSelector("#result")).stream()
        .anyMatch(result -> !result.getText().isBlank());
  }

  /** Takes down what the buyer sees now, and where the journal stands. */
  private void see(WebDriver driver) {
    context.buyer(BuyerViewCapture.capture(driver, journal().lastSeq(), context.dialogs()));
  }

  private static void choose(WebDriver driver, String outcome) {
    if (outcome.equals("closed")) {
      driver.close();
      return;
    }
    String selector =
        switch (outcome) {
          case "approve", "cancel" -> "button[data-action='" + outcome + "']";
          default -> "button[data-action='fail'][data-outcome='" + outcome + "']";
        };
    if (selector.contains("data-outcome")) {
      driver.findElement(By.tagName("summary")).click();
    }
    try {
      driver.findElement(By.cssSelector(selector)).click();
    } catch (NoSuchWindowException closedItself) {
      // The popup closes itself once it has a result.
    }
  }
}
