package dev.preflight.harness.steps;

import dev.preflight.harness.BuyerViewCapture;
import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.profile.ShownResult;
import dev.preflight.inspection.BuyerView;
import org.openqa.selenium.WebDriver;

/** Takes down what the buyer sees now, with a screenshot where the browser can take one. */
final class Sight {
  private Sight() {}

  static void see(ScenarioContext context) {
    InspectionRun run = InspectionRun.current();
    WebDriver driver = run.browser(context.device());
    long seq = run.journal().lastSeq();
    // The dialog goes first: a screenshot or a script would find it in the way.
    run.witness().look(driver);
    byte[] png = run.screenshots() ? BuyerViewCapture.screenshot(driver) : null;
    String name = png == null ? null : run.reserveScreenshot();
    BuyerView seen = BuyerViewCapture.capture(driver, seq, run.witness(), name);
    // The profile's success mark, read when the result came: success in the shop's own words.
    if (context.shown().map(ShownResult::completed).orElse(false)) {
      seen = seen.withSuccessMark(context.shown().get().text(), context.shownAtSeq());
    }
    context.buyer(seen, png);
  }
}
