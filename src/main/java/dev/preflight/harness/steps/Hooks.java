package dev.preflight.harness.steps;

import dev.preflight.harness.BuyerViewCapture;
import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.JournalClient;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.List;

/**
 * The life of a scenario: the run (simulator, merchant, browsers) is shared and started once; each
 * scenario notes where the journal stands, and leaves a screenshot when it fails.
 */
public final class Hooks {
  private final ScenarioContext context;

  public Hooks(ScenarioContext context) {
    this.context = context;
  }

  @Before
  public void begin(Scenario scenario) {
    InspectionRun run = InspectionRun.current();
    long seq = new JournalClient(run.simulatorUrl()).lastSeq();
    context.begin(scenario.getName(), List.copyOf(scenario.getSourceTagNames()), seq);
  }

  @After
  public void end(Scenario scenario) {
    InspectionRun run = InspectionRun.current();
    if (scenario.isFailed() && run.screenshots()) {
      byte[] png = BuyerViewCapture.screenshot(run.browser(context.device()));
      if (png != null) {
        scenario.attach(png, "image/png", "what the buyer saw");
      }
    }
  }
}
