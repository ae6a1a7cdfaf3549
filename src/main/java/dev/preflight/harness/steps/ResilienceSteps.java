package dev.preflight.harness.steps;

import dev.preflight.client.ArmFault;
import dev.preflight.client.ArmOutcome;
import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.PreconditionNotMet;
import dev.preflight.report.StopReason;
import io.cucumber.java.en.Given;

/**
 * The gateway failing the merchant's server on purpose: lookups, cancels and scheduled charges.
 * Faults are armed at the simulator for the site's tenant, so the site's server needs no change.
 */
public final class ResilienceSteps {
  /**
   * Enough to fail every lookup of a scenario: the page's confirmation, the webhook handler's, the
   * order page's, and the HTTP client's silent retry of a dropped GET.
   */
  private static final int EVERY_LOOKUP = 100;

  private final ScenarioContext context;

  public ResilienceSteps(ScenarioContext context) {
    this.context = context;
  }

  @Given("the gateway fails every payment lookup with {string}")
  public void everyLookupFails(String fault) {
    InspectionRun.current().control().arm(ArmFault.named(fault).times(EVERY_LOOKUP));
  }

  /** Once only: a cancel is not idempotent, so no client retries it unasked. */
  @Given("the gateway fails the next cancel with {string}")
  public void theNextCancelFails(String fault) {
    InspectionRun.current().control().arm(ArmFault.named(fault));
  }

  @Given("Naver Pay declines the next scheduled charge")
  public void theNextScheduledChargeIsDeclined() {
    String customerUid =
        context
            .customerUid()
            .orElseThrow(
                () ->
                    PreconditionNotMet.notReached(StopReason.of("stop.no-billing-key-to-charge")));
    InspectionRun.current()
        .control()
        .arm(ArmOutcome.named("limit_exceeded").forCustomer(customerUid));
  }
}
