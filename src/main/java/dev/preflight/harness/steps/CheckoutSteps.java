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
    context.device(device);
    WebDriver driver = InspectionRun.current().browser(device);
    driver.get(InspectionRun.current().merchantUrl() + "/checkout?items=BOOK-1:1");
  }

  @When("the buyer pays with Naver Pay and the window ends with {string}")
  public void thePaymentEndsWith(String outcome) {
    WebDriver driver = InspectionRun.current().browser(context.device());
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    mainWindow = driver.getWindowHandle();
    driver.findElement(By.cssSelector("#naverpay")).click();
    boolean popup = context.device() == InspectionRun.Device.PC;
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
    long seq = new JournalClient(InspectionRun.current().simulatorUrl()).lastSeq();
    context.buyer(BuyerViewCapture.capture(driver, seq, context.dialogs()));
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
