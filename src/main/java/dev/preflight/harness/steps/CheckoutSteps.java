package dev.preflight.harness.steps;

import dev.preflight.harness.BuyerViewCapture;
import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.NaverPayWindow;
import dev.preflight.harness.PageChanging;
import dev.preflight.harness.PreconditionNotMet;
import dev.preflight.harness.profile.CartContents;
import dev.preflight.harness.profile.Device;
import dev.preflight.harness.profile.ResultDisplay;
import dev.preflight.harness.profile.ShownResult;
import dev.preflight.harness.profile.Site;
import dev.preflight.inspection.JournalRecord;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Buying with Naver Pay on the merchant's site, and how the Naver Pay window ends. */
public final class CheckoutSteps {
  /**
   * How long a failure's message may take to appear after the result: a shop may show a spinner
   * first, or fetch its wording from its server.
   */
  private static final Duration MESSAGE_SETTLES = Duration.ofSeconds(3);

  private static final Duration POLL = Duration.ofMillis(200);

  private final ScenarioContext context;

  public CheckoutSteps(ScenarioContext context) {
    this.context = context;
  }

  @ParameterType("PC|mobile")
  public Device device(String name) {
    return Device.valueOf(name.toUpperCase(Locale.ROOT));
  }

  @Given("a buyer on {device} with a product in the cart")
  public void aBuyerWithAProduct(Device device) {
    openCart(device, Carts.oneProduct(run().profile()));
  }

  @Given("a buyer on {device} with several products in the cart")
  public void aBuyerWithSeveralProducts(Device device) {
    openCart(device, Carts.severalProducts(run().profile()));
  }

  @Given("a buyer on {device} with a cart under the minimum amount")
  public void aBuyerUnderTheMinimum(Device device) {
    openCart(device, Carts.underMinimum(run().profile()));
  }

  @Given("Naver Pay will report {long} won paid for the next payment")
  public void naverPayWillReport(long amount) {
    run().journal().arm(Map.of("outcome", "approve", "paid_amount", amount));
  }

  @Given("the browser will be told of a successful payment that was never made")
  public void aForgedSuccess() {
    run().journal().arm(Map.of("outcome", "forge_success"));
  }

  @Given("a buyer on {device} has paid for a product")
  public void aBuyerHasPaid(Device device) {
    aBuyerWithAProduct(device);
    thePaymentEndsWith("approve");
    ShownResult shown = context.shown().orElse(null);
    if (shown == null || !shown.completed()) {
      throw new PreconditionNotMet(
          "the buyer could not complete a payment to begin with; the shop showed: "
              + (shown == null ? "nothing" : shown.text()));
    }
  }

  /**
   * Presses pay on a cart the shop may refuse before any window opens: then its message is what the
   * buyer sees; if a window opens after all, the buyer approves.
   */
  @When("the buyer tries to pay with Naver Pay")
  public void theBuyerTriesToPay() {
    pay("approve");
  }

  @When("the buyer pays with Naver Pay and the window ends with {string}")
  public void thePaymentEndsWith(String outcome) {
    pay(outcome);
  }

  private void openCart(Device device, CartContents contents) {
    Preconditions.device(context, device);
    Site site = run().site(device);
    run().driver().logInAsBuyer(site);
    run().driver().openCart(site, contents);
  }

  /**
   * Presses the shop's pay control, ends the window with the outcome if one opens, and waits for
   * what the shop makes of it; for a failure, until Naver's message shows or the page settles.
   */
  private void pay(String outcome) {
    InspectionRun run = run();
    Site site = run.site(context.device());
    WebDriver driver = run.browser(context.device());
    NaverPayWindow window = new NaverPayWindow(driver);
    run.driver().pay(site);
    NaverPayWindow.Opening opening = window.awaitOpening(() -> answered(driver), this::sdkRefused);
    if (opening == NaverPayWindow.Opening.WINDOW) {
      window.end(outcome);
    }
    recordOrder();
    ShownResult shown =
        opening == NaverPayWindow.Opening.SDK_REFUSED && !answersSoon(driver)
            ? new ShownResult(ShownResult.Kind.MESSAGE, "")
            : readResult(site, driver);
    context.shown(shown);
    if (shown.kind() == ShownResult.Kind.DIALOG) {
      context.dialogs().add(shown.text());
    }
    naverMessage().ifPresent(message -> awaitMessage(driver, message));
    Sight.see(context);
  }

  /**
   * What the shop showed. A shop that shows nothing at all is a finding for the rules, not an error
   * of the harness: the buyer saw whatever the page holds.
   */
  private ShownResult readResult(Site site, WebDriver driver) {
    try {
      return run().driver().readResult(site);
    } catch (TimeoutException nothingShown) {
      return new ShownResult(ShownResult.Kind.MESSAGE, "");
    }
  }

  /** Whether the shop has answered the click itself: a dialog, or a message where results go. */
  static boolean answered(WebDriver driver) {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException none) {
      // Look at the page instead.
    }
    Optional<String> selector = run().profile().result().map(ResultDisplay::selector);
    if (selector.isEmpty() || selector.get() == null) {
      return false;
    }
    try {
      return driver.findElements(By.cssSelector(selector.get())).stream()
          .filter(WebElement::isDisplayed)
          .anyMatch(e -> !e.getText().isBlank());
    } catch (WebDriverException error) {
      if (PageChanging.is(error)) {
        return false;
      }
      throw error;
    }
  }

  /** Whether the SDK has refused this scenario's request_pay: no window will come of it. */
  boolean sdkRefused() {
    return run().journal().since(context.startSeq()).stream()
        .anyMatch(r -> r.isRequestPay() && !r.detail().path("error_msg").asText("").isBlank());
  }

  /** Whether the shop shows something within a moment, after the SDK refused its call. */
  private static boolean answersSoon(WebDriver driver) {
    return settles(driver, CheckoutSteps::answered);
  }

  /** The order the page asked Naver Pay for: the newest request_pay of this scenario. */
  private void recordOrder() {
    List<JournalRecord> mine = run().journal().since(context.startSeq());
    for (int i = mine.size() - 1; i >= 0; i--) {
      JournalRecord record = mine.get(i);
      if (record.isRequestPay() && record.param("customer_uid").isMissingNode()) {
        var amount = record.param("amount");
        context.order(
            record.param("merchant_uid").asText(null),
            amount.isMissingNode() ? null : parse(amount.asText()));
        return;
      }
    }
  }

  private static Long parse(String amount) {
    try {
      return Long.parseLong(amount.strip());
    } catch (NumberFormatException notAnAmount) {
      return null;
    }
  }

  /** The failure message Naver (the window, or the SDK refusing the call) gave the page. */
  private Optional<String> naverMessage() {
    List<JournalRecord> mine = run().journal().since(context.startSeq());
    for (int i = mine.size() - 1; i >= 0; i--) {
      JournalRecord record = mine.get(i);
      if (record.isWindowResult() || record.isRequestPay()) {
        String message = record.detail().path("error_msg").asText("");
        if (!message.isBlank()) {
          return Optional.of(message);
        }
        if (record.isWindowResult()) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** Waits a moment for Naver's message, in case the shop shows it after an asynchronous call. */
  private void awaitMessage(WebDriver driver, String message) {
    settles(
        driver,
        d -> {
          BuyerViewCapture.readDialog(d).ifPresent(context.dialogs()::add);
          return BuyerViewCapture.capture(d, 0, context.dialogs(), null).shows(message);
        });
  }

  /**
   * Whether the condition comes true while the page settles; false, not an error, when it does not:
   * what the buyer sees then is the finding.
   */
  private static boolean settles(WebDriver driver, Function<WebDriver, Boolean> condition) {
    try {
      return new WebDriverWait(driver, MESSAGE_SETTLES, POLL)
          .until(
              d -> {
                try {
                  return condition.apply(d);
                } catch (WebDriverException error) {
                  if (PageChanging.is(error)) {
                    return false;
                  }
                  throw error;
                }
              });
    } catch (TimeoutException unsettled) {
      return false;
    }
  }

  private static InspectionRun run() {
    return InspectionRun.current();
  }
}
