package dev.preflight.harness;

import dev.preflight.inspection.BuyerView;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
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
          + "  var t = e.innerText;"
          + "  if (t && t.replace(/\\s+/g, '').length) { out.push(t); }"
          + "}"
          + "return out;";

  private BuyerViewCapture() {}

  /**
   * @param screenshot the name the screenshot of this view is kept under, or null
   */
  public static BuyerView capture(
      WebDriver driver, long journalSeq, List<String> dialogs, String screenshot) {
    List<String> seen = new ArrayList<>(dialogs);
    readDialog(driver).ifPresent(seen::add);
    List<String> texts = new ArrayList<>();
    Object result = ((JavascriptExecutor) driver).executeScript(VISIBLE_TEXTS);
    if (result instanceof List<?> list) {
      list.forEach(text -> texts.add(BuyerView.normalize(String.valueOf(text))));
    }
    return new BuyerView(seen, texts, driver.getCurrentUrl(), journalSeq, screenshot);
  }

  /** Reads and accepts an open alert or confirm, if there is one. */
  public static java.util.Optional<String> readDialog(WebDriver driver) {
    try {
      var alert = driver.switchTo().alert();
      String text = alert.getText();
      alert.accept();
      return java.util.Optional.of(text);
    } catch (NoAlertPresentException none) {
      return java.util.Optional.empty();
    }
  }

  /** A PNG of the page, or null where the browser cannot take one (HtmlUnit). */
  public static byte[] screenshot(WebDriver driver) {
    return driver instanceof TakesScreenshot camera
        ? camera.getScreenshotAs(OutputType.BYTES)
        : null;
  }
}
