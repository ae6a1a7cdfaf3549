package dev.preflight.harness.steps;

import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.PreconditionNotMet;
import dev.preflight.harness.profile.Capability;
import dev.preflight.harness.profile.PaidOrder;
import dev.preflight.harness.profile.Site;
import dev.preflight.inspection.HarnessAction;
import dev.preflight.report.StopReason;
import dev.preflight.simulator.journal.JournalEntry;
import io.cucumber.java.en.When;
import java.time.Duration;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;

/** After the purchase: the buyer's own cancel, and the back office's full and partial refunds. */
public final class OrderSteps {
  /** A partial refund takes about a third of the order, in whole hundreds of won. */
  private static final long PART = 3;

  private static final long ROUNDING = 100;

  /**
   * How long the site's server may take to send its cancel to the gateway once the steps are done,
   * for a profile that names no {@code done} mark to wait for.
   */
  private static final Duration CANCEL_ARRIVES = Duration.ofSeconds(5);

  private static final Duration POLL = Duration.ofMillis(100);

  private final ScenarioContext context;

  public OrderSteps(ScenarioContext context) {
    this.context = context;
  }

  @When("the buyer cancels the order")
  public void theBuyerCancels() {
    Preconditions.require(Capability.BUYER_CANCEL);
    InspectionRun run = InspectionRun.current();
    PaidOrder order = order();
    context.act(HarnessAction.Kind.BUYER_CANCEL, "");
    run.driver().buyerCancel(cancelling(run), order);
    awaitCancel();
    Sight.see(context);
  }

  @When("the back office refunds part of the order")
  public void theBackOfficeRefundsPart() {
    Preconditions.require(Capability.PARTIAL_CANCEL);
    long amount =
        context
            .orderAmount()
            .map(total -> Math.max(ROUNDING, total / PART / ROUNDING * ROUNDING))
            .orElseThrow(
                () -> PreconditionNotMet.notReached(StopReason.of("stop.order-amount-unknown")));
    backOffice(HarnessAction.Kind.ADMIN_PARTIAL_CANCEL, amount);
  }

  @When("the back office cancels the whole order")
  public void theBackOfficeCancels() {
    Preconditions.require(Capability.ADMIN_CANCEL);
    backOffice(HarnessAction.Kind.ADMIN_CANCEL, null);
  }

  private void backOffice(HarnessAction.Kind kind, Long amount) {
    InspectionRun run = InspectionRun.current();
    PaidOrder order = order();
    context.act(kind, "");
    Site site = cancelling(run);
    run.driver().logInAsAdmin(site);
    run.driver().adminCancel(site, order, amount);
    awaitCancel();
    Sight.see(context);
  }

  /** The site, in a browser that stops waiting for the done mark once the cancel is refused. */
  private Site cancelling(InspectionRun run) {
    Site site = run.site(context.device());
    long since = context.actions().get(context.actions().size() - 1).fromSeq();
    return new Site(
        site.profile(),
        new CancelSession(
            site.browser(),
            () -> run.journal().since(since).stream().anyMatch(JournalEntry::isFailedCancel)),
        site.device());
  }

  /**
   * Gives the site's server a moment to send the cancel it was asked for, so that what it sent is
   * judged rather than the harness's haste; a site that never sends one is judged for that.
   */
  private void awaitCancel() {
    long since = context.actions().get(context.actions().size() - 1).fromSeq();
    try {
      new FluentWait<>(InspectionRun.current().journal())
          .withTimeout(CANCEL_ARRIVES)
          .pollingEvery(POLL)
          .until(journal -> journal.since(since).stream().anyMatch(OrderSteps::isCancel));
    } catch (TimeoutException noCancel) {
      // The site sent none: what the rules make of that is theirs to say.
    }
  }

  /** A cancel the gateway answered, or one a fault answered in its place. */
  private static boolean isCancel(JournalEntry record) {
    return record.isRest("POST", "/payments/cancel") || record.isFailedCancel();
  }

  private PaidOrder order() {
    String merchantUid =
        context
            .merchantUid()
            .orElseThrow(
                () -> PreconditionNotMet.notReached(StopReason.of("stop.no-order-to-cancel")));
    return new PaidOrder(
        merchantUid, context.impUid().orElse(null), context.orderAmount().orElse(null));
  }
}
