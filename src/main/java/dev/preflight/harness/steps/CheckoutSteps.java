package dev.preflight.harness.steps;

import dev.preflight.client.ArmOutcome;
import dev.preflight.harness.BuyerViewCapture;
import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.Leftovers;
import dev.preflight.harness.NaverPayWindow;
import dev.preflight.harness.PageChanging;
import dev.preflight.harness.PreconditionNotMet;
import dev.preflight.harness.WebDriverSession;
import dev.preflight.harness.Witness;
import dev.preflight.harness.profile.CartContents;
import dev.preflight.harness.profile.ControlDisabled;
import dev.preflight.harness.profile.Device;
import dev.preflight.harness.profile.ResultDisplay;
import dev.preflight.harness.profile.ShownResult;
import dev.preflight.harness.profile.Site;
import dev.preflight.inspection.HarnessAction;
import dev.preflight.report.StopReason;
import dev.preflight.simulator.journal.JournalEntry;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
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

  /** How long the Naver Pay window may take to open after the pay control is pressed. */
  private static final Duration WINDOW_WAIT = Duration.ofSeconds(15);

  /**
   * How long a shop that may refuse the payment (a cart under the minimum) is given to answer; past
   * it, its silence is the answer.
   */
  private static final Duration SILENCE = Duration.ofSeconds(6);

  /** A page that keeps changing (an animation) is taken as it is after this. */
  private static final Duration PAGE_REST_LIMIT = Duration.ofSeconds(5);

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
    openCart(device, Carts.oneProduct(run().profile()), "one_product");
  }

  @Given("a buyer on {device} with several products in the cart")
  public void aBuyerWithSeveralProducts(Device device) {
    openCart(device, Carts.severalProducts(run().profile()), "several_products");
  }

  @Given("a buyer on {device} with a cart under the minimum amount")
  public void aBuyerUnderTheMinimum(Device device) {
    openCart(device, Carts.underMinimum(run().profile()), HarnessAction.UNDER_MINIMUM);
  }

  @Given("Naver Pay will report {long} won paid for the next payment")
  public void naverPayWillReport(long amount) {
    run().control().arm(ArmOutcome.approve().reportingPaid(amount));
  }

  @Given("the browser will be told of a successful payment that was never made")
  public void aForgedSuccess() {
    run().control().arm(ArmOutcome.forgeSuccess());
  }

  @Given("a buyer on {device} has paid for a product")
  public void aBuyerHasPaid(Device device) {
    aBuyerWithAProduct(device);
    thePaymentEndsWith("approve");
    ShownResult shown = context.shown().orElse(null);
    if (shown == null || !shown.completed()) {
      throw PreconditionNotMet.notReached(
          shown == null || shown.text().isBlank()
              ? StopReason.of("stop.no-payment-to-begin.nothing")
              : StopReason.of("stop.no-payment-to-begin", shown.text()));
    }
  }

  /**
   * The same cart again, paid for: a shop that derives merchant_uid from the cart (or the product)
   * sends the paid one again.
   */
  @When("the buyer pays for the same product again")
  public void theBuyerPaysAgain() {
    aBuyerWithAProduct(context.device());
    // A shop may rightly refuse to take the same order twice: its answer is then judged.
    pay("approve", false, false);
  }

  /**
   * Presses pay on a cart the shop may refuse before any window opens: then its message (or its
   * silence) is what the buyer sees; if a window opens after all, the buyer approves.
   */
  @When("the buyer tries to pay with Naver Pay")
  public void theBuyerTriesToPay() {
    pay("approve", true, false);
  }

  @When("the buyer pays with Naver Pay and the window ends with {string}")
  public void thePaymentEndsWith(String outcome) {
    pay(outcome, false, true);
  }

  private void openCart(Device device, CartContents contents, String kind) {
    Preconditions.device(context, device);
    Site site = run().site(device);
    if (context.firstSignIn(device)) {
      run().driver().logInAsBuyer(site);
    }
    run().driver().openCart(site, contents);
    context.cart(kind);
  }

  /**
   * Presses the shop's pay control, ends the window with the outcome if one opens, and waits for
   * what the shop makes of it; for a failure, until Naver's message shows or the page settles.
   *
   * @param mayRefuse whether the shop may rightly refuse: a pay control that stays disabled, or no
   *     window and nothing said, is then its answer rather than a failure to drive the site
   * @param windowNeeded whether the scenario needs the window to end with the outcome: a shop that
   *     answers the pay control without opening one leaves it unjudged (a step missing before pay,
   *     say), not passed for want of a failure to judge
   */
  private void pay(String outcome, boolean mayRefuse, boolean windowNeeded) {
    InspectionRun run = run();
    Site site = run.site(context.device());
    WebDriver driver = run.browser(context.device());
    NaverPayWindow window = new NaverPayWindow(driver, run.witness());
    // The cart as the buyer saw it, for NP-PRD-5: the page after the payment seldom shows it.
    context.cartView(BuyerViewCapture.capture(driver, 0, run.witness(), null));
    // What the page noted so far belongs before the press, and its messages are not the answer.
    run.witness().look(driver);
    Leftovers leftovers = leftovers(driver);
    context.act(HarnessAction.Kind.PAY, context.cart());
    long pressedAfter = context.actions().get(context.actions().size() - 1).fromSeq();
    try {
      run.driver().pay(site);
    } catch (ControlDisabled blocked) {
      if (!mayRefuse) {
        throw blocked;
      }
      context.act(HarnessAction.Kind.PAY_BLOCKED, blocked.selector());
      settles(driver, d -> answered(d, leftovers));
      context.shown(new ShownResult(ShownResult.Kind.MESSAGE, ""), run.journal().lastSeq());
      Sight.see(context);
      return;
    }
    NaverPayWindow.Opening opening;
    try {
      opening =
          window.awaitOpening(
              () -> answered(driver, leftovers),
              this::sdkRefused,
              () -> requestPaySince(pressedAfter),
              mayRefuse ? SILENCE : WINDOW_WAIT,
              mayRefuse);
    } catch (TimeoutException nothingCame) {
      if (!requestPaySince(pressedAfter) && SdkOnPage.missing(driver)) {
        throw PreconditionNotMet.notReached(
            StopReason.of("stop.no-sdk", String.valueOf(driver.getCurrentUrl())));
      }
      throw nothingCame;
    }
    if (opening == NaverPayWindow.Opening.WINDOW) {
      window.end(outcome);
    }
    recordOrder();
    ShownResult shown =
        switch (opening) {
          case WINDOW -> readResult(site, driver, leftovers);
          case SDK_REFUSED ->
              answersSoon(driver, leftovers)
                  ? readResult(site, driver, leftovers)
                  : new ShownResult(ShownResult.Kind.MESSAGE, "");
          case SHOP_ANSWERED ->
              run.witness()
                  .lastDialogSinceMark()
                  .map(text -> new ShownResult(ShownResult.Kind.DIALOG, text))
                  .orElseGet(() -> readResult(site, driver, leftovers));
        };
    if (windowNeeded && opening == NaverPayWindow.Opening.SHOP_ANSWERED) {
      throw PreconditionNotMet.notReached(
          shown.text() == null || shown.text().isBlank()
              ? StopReason.of("stop.no-window.nothing")
              : StopReason.of("stop.no-window", shown.text()));
    }
    context.shown(shown, run.journal().lastSeq());
    naverMessage().ifPresent(message -> awaitMessage(driver, message, shown));
    // What the buyer is left with: after a message replaced a moment later, or a passing toast.
    run.witness().awaitQuiet(driver, Witness.SETTLED, PAGE_REST_LIMIT);
    Sight.see(context);
  }

  /**
   * What the shop showed. A shop that shows nothing at all is a finding for the rules, not an error
   * of the harness: the buyer saw whatever the page holds.
   */
  private ShownResult readResult(Site payingSite, WebDriver driver, Leftovers leftovers) {
    // A session of its own: the dialogs it reports are those after the window, not the confirm
    // the buyer accepted before it. On the same browser as it is: the popup may still be closing.
    Site site =
        new Site(
            payingSite.profile(),
            new WebDriverSession(driver, run().witness()).lookingPast(leftovers),
            payingSite.device());
    try {
      return run().driver().readResult(site);
    } catch (TimeoutException nothingShown) {
      return new ShownResult(ShownResult.Kind.MESSAGE, "");
    }
  }

  /** Whether the shop shows a message where its results appear. */
  static boolean answered(WebDriver driver) {
    return answered(driver, Leftovers.none());
  }

  /**
   * Whether the shop shows a message where its results appear that is news since pay was pressed.
   */
  static boolean answered(WebDriver driver, Leftovers leftovers) {
    Optional<String> selector = resultSelector();
    if (selector.isEmpty()) {
      return false;
    }
    try {
      List<String> since = run().witness().glimpsesSinceMark();
      return driver.findElements(By.cssSelector(selector.get())).stream()
          .filter(WebElement::isDisplayed)
          .map(WebElement::getText)
          .anyMatch(text -> !text.isBlank() && leftovers.isNew(text, since));
    } catch (UnhandledAlertException alertOpened) {
      run().witness().dialog(driver);
      return false;
    } catch (WebDriverException error) {
      if (PageChanging.is(error)) {
        return false;
      }
      throw error;
    }
  }

  private static Optional<String> resultSelector() {
    return run().profile().result().map(ResultDisplay::selector);
  }

  /** The messages on the page where results appear, before pay is pressed. */
  private static Leftovers leftovers(WebDriver driver) {
    Optional<String> selector = resultSelector();
    if (selector.isEmpty()) {
      return Leftovers.none();
    }
    try {
      return Leftovers.of(
          driver.findElements(By.cssSelector(selector.get())).stream()
              .filter(WebElement::isDisplayed)
              .map(WebElement::getText)
              .toList());
    } catch (WebDriverException pageChanging) {
      return Leftovers.none();
    }
  }

  /** Whether the SDK has refused this scenario's request_pay: no window will come of it. */
  boolean sdkRefused() {
    return run().journal().since(context.startSeq()).stream()
        .anyMatch(r -> r.isRequestPay() && !r.detail().path("error_msg").asText("").isBlank());
  }

  /** Whether the page has called request_pay since the journal stood at the seq. */
  private static boolean requestPaySince(long seq) {
    return run().journal().since(seq).stream().anyMatch(JournalEntry::isRequestPay);
  }

  /** Whether the shop shows something within a moment, after the SDK refused its call. */
  private static boolean answersSoon(WebDriver driver, Leftovers leftovers) {
    return settles(driver, d -> answered(d, leftovers));
  }

  /**
   * The order the page asked Naver Pay for: the newest request_pay of this scenario, with the
   * payment id and amount the window reported for it, or the amount asked for.
   */
  private void recordOrder() {
    List<JournalEntry> mine = run().journal().since(context.startSeq());
    for (int i = mine.size() - 1; i >= 0; i--) {
      JournalEntry record = mine.get(i);
      if (record.isRequestPay() && record.param("customer_uid").isMissingNode()) {
        String merchantUid = record.param("merchant_uid").asText(null);
        var asked = record.param("amount");
        Long amount = asked.isMissingNode() ? null : parse(asked.asText());
        String impUid = null;
        for (JournalEntry later : mine.subList(i + 1, mine.size())) {
          var response = later.detail();
          if (later.isWindowResult()
              && merchantUid != null
              && merchantUid.equals(response.path("merchant_uid").asText(null))) {
            impUid = response.path("imp_uid").asText(null);
            if (response.path("paid_amount").canConvertToLong()
                && response.path("paid_amount").asLong() > 0) {
              amount = response.path("paid_amount").asLong();
            }
          }
        }
        context.order(merchantUid, impUid, amount);
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
    List<JournalEntry> mine = run().journal().since(context.startSeq());
    for (int i = mine.size() - 1; i >= 0; i--) {
      JournalEntry record = mine.get(i);
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

  /**
   * Waits a moment for Naver's message, in case the shop shows it after an asynchronous call; a
   * page that showed something else and then rested has given its answer, and is not waited out.
   */
  private void awaitMessage(WebDriver driver, String message, ShownResult shown) {
    Witness witness = run().witness();
    // A page loaded after a redirect shows its message from the start, with nothing to observe.
    boolean answered = shown.text() != null && !shown.text().isBlank();
    settles(
        driver,
        d ->
            BuyerViewCapture.capture(d, 0, witness, null).shows(message)
                || ((answered || witness.shownSinceMark()) && witness.restingFor(Witness.SETTLED)));
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
                run().witness().look(d);
                try {
                  return condition.apply(d);
                } catch (UnhandledAlertException alertOpened) {
                  run().witness().dialog(d);
                  return false;
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
