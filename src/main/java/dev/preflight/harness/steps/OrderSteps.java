package dev.preflight.harness.steps;

import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.PreconditionNotMet;
import dev.preflight.harness.profile.Capability;
import dev.preflight.harness.profile.Site;
import io.cucumber.java.en.When;

/** After the purchase: the buyer's own cancel, and the back office's full and partial refunds. */
public final class OrderSteps {
  /** A partial refund takes about a third of the order, in whole hundreds of won. */
  private static final long PART = 3;

  private static final long ROUNDING = 100;

  private final ScenarioContext context;

  public OrderSteps(ScenarioContext context) {
    this.context = context;
  }

  @When("the buyer cancels the order")
  public void theBuyerCancels() {
    InspectionRun run = InspectionRun.current();
    Site site = run.site(context.device());
    run.driver().buyerCancel(site, merchantUid());
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
                () -> new PreconditionNotMet("the order's amount is not known, so no part of it"));
    backOffice(amount);
  }

  @When("the back office cancels the whole order")
  public void theBackOfficeCancels() {
    backOffice(null);
  }

  private void backOffice(Long amount) {
    InspectionRun run = InspectionRun.current();
    Site site = run.site(context.device());
    run.driver().logInAsAdmin(site);
    run.driver().adminCancel(site, merchantUid(), amount);
    Sight.see(context);
  }

  private String merchantUid() {
    return context
        .merchantUid()
        .orElseThrow(
            () -> new PreconditionNotMet("the page never asked Naver Pay for an order to cancel"));
  }
}
