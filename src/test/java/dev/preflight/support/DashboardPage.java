package dev.preflight.support;

import dev.preflight.client.SimulatorControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The simulator's dashboard at {@code /__sim/}, driven as a developer would: read the payments and
 * schedules it shows, pick a payment, advance the clock. Waits for what it is asked about, and
 * never asserts.
 */
public final class DashboardPage {
  private final WebDriver driver;
  private final WebDriverWait wait;

  private DashboardPage(WebDriver driver) {
    this.driver = driver;
    // The page redraws its tables on every poll: an element found a moment ago may be gone.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().contains("Simulator dashboard"));
    // The first poll has filled the clock in.
    wait.until(d -> !d.findElement(By.id("clock-now")).getText().equals("…"));
  }

  public static DashboardPage open(WebDriver driver, String simulatorUrl) {
    driver.get(SimulatorControl.controlApiUrl(simulatorUrl));
    return new DashboardPage(driver);
  }

  /** The row of a payment, once the dashboard lists it. */
  public WebElement paymentRow(String merchantUid) {
    By row = By.cssSelector("#payments tr[data-merchant-uid]");
    return wait.until(
        d ->
            d.findElements(row).stream()
                .filter(r -> merchantUid.equals(r.getAttribute("data-merchant-uid")))
                .findFirst()
                .orElse(null));
  }

  /** A cell of a payment's row, by field name ({@code name}, {@code status}, …). */
  public String paymentField(String merchantUid, String field) {
    return wait.until(
        d ->
            paymentRow(merchantUid)
                .findElement(By.cssSelector("td[data-field='" + field + "']"))
                .getText());
  }

  /** Waits until the payment's status cell reads {@code status}. */
  public void awaitPaymentStatus(String merchantUid, String status) {
    wait.until(d -> status.equals(paymentField(merchantUid, "status")));
  }

  /** Picks a payment and waits for its detail. */
  public void choose(String merchantUid) {
    String impUid =
        wait.until(
            d -> {
              WebElement row = paymentRow(merchantUid);
              String id = row.getAttribute("data-imp-uid");
              row.click();
              return id;
            });
    wait.until(d -> impUid.equals(d.findElement(By.id("detail")).getAttribute("data-imp-uid")));
  }

  public String detailText() {
    return driver.findElement(By.id("detail-panel")).getText();
  }

  /** Waits until a schedule's status cell starts with {@code status}; answers the whole cell. */
  public String awaitScheduleStatus(String merchantUid, String status) {
    By cell =
        By.cssSelector(
            "#schedules tr[data-merchant-uid='"
                + merchantUid
                + "'] td[data-field='schedule_status']");
    return wait.until(
        d -> {
          List<WebElement> cells = d.findElements(cell);
          return !cells.isEmpty() && cells.get(0).getText().startsWith(status)
              ? cells.get(0).getText()
              : null;
        });
  }

  /** Advances the simulator's clock with the dashboard's own control, and waits for its answer. */
  public String advanceClock(long seconds) {
    WebElement input = driver.findElement(By.id("advance-seconds"));
    input.clear();
    input.sendKeys(Long.toString(seconds));
    driver.findElement(By.id("advance")).click();
    return wait.until(
        d -> {
          String message = d.findElement(By.id("message")).getText();
          return message.contains("clock advanced") ? message : null;
        });
  }

  public String journalText() {
    return driver.findElement(By.id("journal")).getText();
  }

  /** Waits until the journal shows a line containing {@code text}. */
  public void awaitJournal(String text) {
    wait.until(d -> d.findElement(By.id("journal")).getText().contains(text));
  }

  /** Waits until no line of the journal contains {@code text}. */
  public void awaitJournalWithout(String text) {
    wait.until(d -> !d.findElement(By.id("journal")).getText().contains(text));
  }

  /** How many entries the journal view shows. */
  public int journalRows() {
    return driver.findElements(By.cssSelector("#journal tbody tr")).size();
  }

  public String tenantsText() {
    return driver.findElement(By.id("tenants")).getText();
  }

  /** Elements of a tag anywhere in the page, such as markup a merchant string smuggled in. */
  public int count(String tag) {
    return driver.findElements(By.tagName(tag)).size();
  }

  /** A PNG of the page as shown, saved under {@code target/dashboard-screenshots/}. */
  public Path screenshot(String name) {
    Path file = Path.of("target", "dashboard-screenshots", name + ".png");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
    return file;
  }
}
