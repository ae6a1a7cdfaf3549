package dev.preflight.harness.steps;

import dev.preflight.harness.BuyerViewCapture;
import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.NotDriven;
import dev.preflight.harness.ScenarioEvidence;
import dev.preflight.harness.profile.Capability;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.List;

/**
 * The life of a scenario: the run (simulator, site, browsers) is shared; each scenario notes where
 * the journal stands when it begins, and hands what it saw and judged to the run when it ends.
 */
public final class Hooks {
  private final ScenarioContext context;

  public Hooks(ScenarioContext context) {
    this.context = context;
  }

  @Before
  public void begin(Scenario scenario) {
    InspectionRun run = InspectionRun.current();
    run.beginScenario();
    long seq = run.journal().lastSeq();
    context.begin(scenario.getName(), List.copyOf(scenario.getSourceTagNames()), seq);
    // A scenario tagged with a capability (@subscriptions, @buyer_cancel, …) the site lacks is
    // skipped before it pays for anything; first, so that it stays skipped, not unjudged, when the
    // site cannot be driven at all.
    for (String tag : scenario.getSourceTagNames()) {
      Capability.byKey(tag.substring(1)).ifPresent(Preconditions::require);
    }
    run.refusal()
        .ifPresent(
            why -> {
              throw new NotDriven(why);
            });
  }

  @After
  public void end(Scenario scenario) {
    InspectionRun run = InspectionRun.current();
    try {
      handOver(run, scenario);
    } finally {
      run.endScenario();
    }
  }

  private void handOver(InspectionRun run, Scenario scenario) {
    // A fault or an outcome a scenario armed and did not use up would change the next
    // scenario's payment: a tampered amount, a forged success judged in a scenario not about it.
    run.control().clearFaults();
    run.control().clearOutcomes();
    String screenshot = context.buyer().screenshot();
    byte[] png = context.screenshotPng();
    if (context.findings().isEmpty()
        && scenario.isFailed()
        && run.screenshots()
        && run.refusal().isEmpty()) {
      // It broke before a verdict: the page as it is now shows where.
      png = BuyerViewCapture.screenshot(run.browser(context.device()));
      screenshot = png == null ? null : run.reserveScreenshot();
    }
    if (png != null && scenario.isFailed()) {
      scenario.attach(png, "image/png", "what the buyer saw");
    }
    run.handOver(
        scenario.getId(),
        new ScenarioEvidence(
            context.deviceLabel(),
            context.ruleIds(),
            context.startSeq(),
            context.findings(),
            screenshot,
            png));
  }
}
