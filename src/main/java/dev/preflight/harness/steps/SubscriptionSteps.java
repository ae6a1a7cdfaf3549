package dev.preflight.harness.steps;

import dev.preflight.harness.BuyerViewCapture;
import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.JournalClient;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A subscription on Naver Pay recurring payments: sign-up (billing-key registration), a month
 * passing on the simulator's clock, and cancelling.
 */
public final class SubscriptionSteps {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final long MONTH_AND_A_DAY = 31L * 24 * 60 * 60;
  private final ScenarioContext context;

  public SubscriptionSteps(ScenarioContext context) {
    this.context = context;
  }

  /** Each subscriber is a new Naver account: one buyer may register a product only once. */
  @Given("a buyer on {device} on the subscription page")
  public void aBuyerOnTheSubscriptionPage(InspectionRun.Device device) {
    context.device(device);
    String tel =
        "010-"
            + ThreadLocalRandom.current().nextInt(1000, 10000)
            + "-"
            + ThreadLocalRandom.current().nextInt(1000, 10000);
    driver().get(InspectionRun.current().merchantUrl() + "/subscription?buyer_tel=" + tel);
  }

  @Given("a buyer on {device} has subscribed")
  public void aBuyerHasSubscribed(InspectionRun.Device device) {
    aBuyerOnTheSubscriptionPage(device);
    theBuyerSubscribes();
  }

  @When("the buyer subscribes with Naver Pay")
  public void theBuyerSubscribes() {
    WebDriver driver = driver();
    var wait = new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class);
    String main = driver.getWindowHandle();
    driver.findElement(By.cssSelector("button[data-action='subscribe']")).click();
    wait.until(d -> d.getWindowHandles().size() > 1 || d.getTitle().contains("네이버페이"));
    if (driver.getWindowHandles().size() > 1) {
      Set<String> handles = driver.getWindowHandles();
      handles.remove(main);
      driver.switchTo().window(handles.iterator().next());
      wait.until(d -> d.getTitle().contains("네이버페이"));
      driver.findElement(By.cssSelector("button[data-action='approve']")).click();
      driver.switchTo().window(main);
    } else {
      driver.findElement(By.cssSelector("button[data-action='approve']")).click();
    }
    wait.until(
        d ->
            !d.findElements(By.cssSelector("#subscription-status")).isEmpty()
                || !d.findElement(By.cssSelector("#result")).getText().isBlank());
    see();
  }

  @When("a month passes")
  public void aMonthPasses() {
    InspectionRun run = InspectionRun.current();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(run.simulatorUrl() + "/__sim/clock"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"advance_seconds\": " + MONTH_AND_A_DAY + "}"))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the simulator's clock did not move: " + response.body());
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("simulator unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    driver().navigate().refresh();
    see();
  }

  @When("the subscriber cancels the subscription")
  public void theSubscriberCancels() {
    WebDriver driver = driver();
    driver.findElement(By.cssSelector("button[data-action='unsubscribe']")).click();
    new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                "cancelled"
                    .equals(
                        d.findElement(By.cssSelector("#subscription-status"))
                            .getAttribute("data-status")));
    see();
  }

  private WebDriver driver() {
    return InspectionRun.current().browser(context.device());
  }

  private void see() {
    long seq = new JournalClient(InspectionRun.current().simulatorUrl()).lastSeq();
    context.buyer(BuyerViewCapture.capture(driver(), seq, context.dialogs()));
  }
}
