package dev.preflight.harness.steps;

import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.NaverPayWindow;
import dev.preflight.harness.PreconditionNotMet;
import dev.preflight.harness.WebDriverSession;
import dev.preflight.harness.profile.Capability;
import dev.preflight.harness.profile.Device;
import dev.preflight.harness.profile.ShownResult;
import dev.preflight.harness.profile.Site;
import dev.preflight.inspection.HarnessAction;
import dev.preflight.report.StopReason;
import dev.preflight.simulator.journal.JournalEntry;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * A subscription on Naver Pay recurring payments: sign-up (billing-key registration), a month
 * passing on the simulator's clock, and cancelling.
 */
public final class SubscriptionSteps {
  /** Past the next monthly charge, whatever day of the month the shop schedules it for. */
  private static final Duration MONTH_AND_A_DAY = Duration.ofDays(32);

  private final ScenarioContext context;

  public SubscriptionSteps(ScenarioContext context) {
    this.context = context;
  }

  @Given("a buyer on {device} who wants a subscription")
  public void aBuyerWhoWantsASubscription(Device device) {
    Preconditions.require(Capability.SUBSCRIPTIONS);
    Preconditions.device(context, device);
    InspectionRun run = InspectionRun.current();
    if (context.firstSignIn(device)) {
      run.driver().logInAsBuyer(run.site(device));
    }
  }

  @Given("a buyer on {device} has subscribed")
  public void aBuyerHasSubscribed(Device device) {
    aBuyerWhoWantsASubscription(device);
    theBuyerSubscribes();
    if (!context.shown().map(ShownResult::completed).orElse(false)) {
      throw PreconditionNotMet.notReached(
          context
              .shown()
              .map(ShownResult::text)
              .filter(text -> !text.isBlank())
              .map(text -> StopReason.of("stop.no-subscription-to-begin", text))
              .orElse(StopReason.of("stop.no-subscription-to-begin.nothing")));
    }
  }

  @When("the buyer subscribes with Naver Pay")
  public void theBuyerSubscribes() {
    InspectionRun run = InspectionRun.current();
    Site site = run.site(context.device());
    WebDriver driver = run.browser(context.device());
    NaverPayWindow window = new NaverPayWindow(driver, run.witness());
    context.act(HarnessAction.Kind.SUBSCRIBE, "");
    run.driver().signUpForSubscription(site);
    if (window.awaitOpening(() -> CheckoutSteps.answered(driver), () -> false)
        == NaverPayWindow.Opening.WINDOW) {
      window.end("approve");
    }
    recordCustomer();
    // A session of its own, so that a dialog on the way to the window is not taken for the result.
    context.shown(
        run.driver()
            .readSubscriptionResult(
                new Site(
                    site.profile(), new WebDriverSession(driver, run.witness()), context.device())),
        run.journal().lastSeq());
    Sight.see(context);
  }

  @When("a month passes")
  public void aMonthPasses() {
    InspectionRun run = InspectionRun.current();
    // The clock is every worker's: their scenarios finish first, and wait for this one's end.
    run.runAlone();
    run.control().advanceClock(MONTH_AND_A_DAY);
    run.browser(context.device()).navigate().refresh();
    Sight.see(context);
  }

  @When("the subscriber cancels the subscription")
  public void theSubscriberCancels() {
    InspectionRun run = InspectionRun.current();
    String customerUid =
        context
            .customerUid()
            .orElseThrow(
                () ->
                    PreconditionNotMet.notReached(StopReason.of("stop.no-billing-key-to-delete")));
    context.act(HarnessAction.Kind.SUBSCRIPTION_CANCEL, "");
    run.driver().cancelSubscription(run.site(context.device()), customerUid);
    Sight.see(context);
  }

  /** The billing key the page asked for: the newest registration's customer_uid. */
  private void recordCustomer() {
    List<JournalEntry> mine = InspectionRun.current().journal().since(context.startSeq());
    for (int i = mine.size() - 1; i >= 0; i--) {
      JournalEntry record = mine.get(i);
      if (record.isRequestPay() && !record.param("customer_uid").isMissingNode()) {
        context.customerUid(record.param("customer_uid").asText());
        return;
      }
    }
  }
}
