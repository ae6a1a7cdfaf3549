package dev.preflight.harness;

import dev.preflight.inspection.BuyerView;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Takes down what the buyer sees: any open dialog first (touching the page would dismiss it), then
 * the whole text of every visible element, normalized as the verbatim rules compare it.
 */
public final class BuyerViewCapture {
  private static final String VISIBLE_TEXTS =
      "var out = [];"
          + "var all = document.body ? document.body.getElementsByTagName('*') : [];"
          + "for (var i = 0; i < all.length; i++) {"
          + "  var e = all[i];"
          + "  if (e.tagName === 'SCRIPT' || e.tagName === 'STYLE') { continue; }"
          + "  if (!(e.offsetWidth || e.offsetHeight || e.getClientRects().length)) { continue; }"
          // A table row's cells apart, as Chromium's innerText has them and HtmlUnit's does not:
          // a count must not run into the price beside it.
          + "  var t = e.innerText;"
          + "  if (e.tagName === 'TR' && e.cells && e.cells.length) {"
          + "    var cells = [];"
          + "    for (var c = 0; c < e.cells.length; c++) { cells.push(e.cells[c].innerText); }"
          + "    t = cells.join('\\t');"
          + "  }"
          + "  if (t && t.replace(/\\s+/g, '').length) { out.push(t); }"
          + "}"
          + "return out;";

  private BuyerViewCapture() {}

  /**
   * What the buyer sees now, with what the witness saw since the buyer's latest action.
   *
   * @param screenshot the name the screenshot of this view is kept under, or null
   */
  public static BuyerView capture(
      WebDriver driver, long journalSeq, Witness witness, String screenshot) {
    witness.look(driver);
    List<String> texts = new ArrayList<>();
    Object result = visibleTexts(driver, witness);
    if (result instanceof List<?> list) {
      list.forEach(text -> texts.add(BuyerView.normalize(String.valueOf(text))));
    }
    List<String> glimpsed =
        witness.glimpsesSinceMark().stream().map(BuyerView::normalize).distinct().toList();
    return new BuyerView(
        witness.dialogsSinceMark(),
        texts,
        glimpsed,
        witness.firstSeenAt(),
        driver.getCurrentUrl(),
        journalSeq,
        screenshot,
        List.of());
  }

  /** The page's visible texts, past any alert that opens meanwhile. */
  private static Object visibleTexts(WebDriver driver, Witness witness) {
    for (int attempt = 0; ; attempt++) {
      try {
        return ((JavascriptExecutor) driver).executeScript(VISIBLE_TEXTS);
      } catch (org.openqa.selenium.UnhandledAlertException alertOpened) {
        if (attempt >= 3) {
          throw alertOpened;
        }
        witness.dialog(driver);
      }
    }
  }

  /** A PNG of the page, or null where the browser cannot take one (HtmlUnit). */
  public static byte[] screenshot(WebDriver driver) {
    if (!(driver instanceof TakesScreenshot camera)) {
      return null;
    }
    try {
      return camera.getScreenshotAs(OutputType.BYTES);
    } catch (org.openqa.selenium.WebDriverException noPicture) {
      // An alert in the way, or a window closing: the evidence goes without a picture.
      return null;
    }
  }
}
