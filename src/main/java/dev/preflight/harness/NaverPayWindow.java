package dev.preflight.harness;

import dev.preflight.report.StopReason;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The simulator's Naver Pay window as the buyer meets it: a popup on PC, the page itself after a
 * redirect on mobile. Its controls are the simulator's own, so they are the same on every site.
 */
public final class NaverPayWindow {
  /** The window's title, in popup and redirect alike. */
  static final String TITLE = "네이버페이";

  private static final Duration WAIT = Duration.ofSeconds(15);

  /**
   * After a dialog with no request_pay following it, the dialog was the shop's answer (a refusal):
   * a confirm before paying ("결제하시겠습니까?") is followed by the window well within this.
   */
  private static final Duration DIALOG_ANSWERS = Duration.ofSeconds(2);

  /**
   * A message with no request_pay after it is the shop's answer once it has stood this long: a shop
   * may say "결제를 준비하고 있습니다" and call request_pay after its server has prepared the order. A message
   * once request_pay was called is news on the way to the window, not an answer.
   */
  private static final Duration MESSAGE_ANSWERS = Duration.ofSeconds(2);

  private final WebDriver driver;
  private final Witness witness;
  private final String shop;

  /**
   * @param driver the browser, on the shop's window, before the pay control is pressed
   * @param witness what the buyer is shown: dialogs on the way are read and closed there
   */
  public NaverPayWindow(WebDriver driver, Witness witness) {
    this.driver = driver;
    this.witness = witness;
    this.shop = driver.getWindowHandle();
  }

  /** What pressing pay led to. */
  public enum Opening {
    /** The Naver Pay window opened, as a popup or in place of the page. */
    WINDOW,
    /** The shop answered without one: its own refusal, or the SDK's relayed. */
    SHOP_ANSWERED,
    /** The SDK refused the call, and the shop has said nothing of it so far. */
    SDK_REFUSED
  }

  /**
   * Waits for the window to open after the pay control was pressed, or for the shop to answer
   * without one, or for the SDK to have refused the call. A dialog on the way is read and closed: a
   * confirm before paying lets the window come; a dialog with no request_pay after it is the shop's
   * answer.
   *
   * @param answered whether the shop has shown a message where results appear
   * @param refused whether the SDK has refused the page's request_pay
   * @param asked whether the page has called request_pay since the control was pressed; null when
   *     that cannot be told, and a message or dialog is then the answer as soon as it shows
   * @param patience how long to wait; then, with {@code silenceAnswers}, the shop's silence is its
   *     answer, else the wait fails
   */
  public Opening awaitOpening(
      BooleanSupplier answered,
      BooleanSupplier refused,
      BooleanSupplier asked,
      Duration patience,
      boolean silenceAnswers) {
    Instant[] lastDialog = {null};
    Instant[] answeredAt = {null};
    BooleanSupplier called = asked == null ? () -> true : asked;
    try {
      return wait(patience)
          .withMessage(
              "the Naver Pay window to open, or the shop to show a message, after the pay control"
                  + " was pressed; check the profile's pay selector and that the page loads the SDK")
          .until(
              d -> {
                if (witness.dialog(d).isPresent()) {
                  lastDialog[0] = Instant.now();
                  return null;
                }
                if (opened()) {
                  return Opening.WINDOW;
                }
                witness.look(d);
                if (refused.getAsBoolean()) {
                  return Opening.SDK_REFUSED;
                }
                if (answered.getAsBoolean()) {
                  if (asked == null) {
                    return Opening.SHOP_ANSWERED;
                  }
                  if (!asked.getAsBoolean()) {
                    answeredAt[0] = answeredAt[0] == null ? Instant.now() : answeredAt[0];
                    if (Duration.between(answeredAt[0], Instant.now()).compareTo(MESSAGE_ANSWERS)
                        >= 0) {
                      return Opening.SHOP_ANSWERED;
                    }
                  }
                } else {
                  answeredAt[0] = null;
                }
                boolean dialogWasTheAnswer =
                    lastDialog[0] != null
                        && Duration.between(lastDialog[0], Instant.now()).compareTo(DIALOG_ANSWERS)
                            > 0
                        && !called.getAsBoolean();
                return dialogWasTheAnswer ? Opening.SHOP_ANSWERED : null;
              });
    } catch (org.openqa.selenium.TimeoutException silent) {
      if (silenceAnswers || lastDialog[0] != null) {
        return Opening.SHOP_ANSWERED;
      }
      throw silent;
    }
  }

  /** As the full form, failing when nothing comes within the usual wait. */
  public Opening awaitOpening(BooleanSupplier answered, BooleanSupplier refused) {
    return awaitOpening(answered, refused, null, WAIT, false);
  }

  private boolean opened() {
    return driver.getWindowHandles().size() > 1 || titled();
  }

  /** The title of the current page, or none while an alert blocks it or the page changes. */
  private boolean titled() {
    try {
      return driver.getTitle().contains(TITLE);
    } catch (org.openqa.selenium.UnhandledAlertException alertOpen) {
      witness.dialog(driver);
      return false;
    } catch (org.openqa.selenium.WebDriverException changing) {
      return false;
    }
  }

  /**
   * Ends the opened window with an outcome, and returns to the shop's window: {@code approve},
   * {@code cancel}, {@code closed} (the buyer closes the popup), or a failure such as {@code
   * insufficient_balance}.
   */
  public void end(String outcome) {
    boolean popup = driver.getWindowHandles().size() > 1;
    if (outcome.equals("closed") && !popup) {
      // Closing the only window would end the browser, and a redirect has no popup to close.
      throw new PreconditionNotMet(StopReason.of("stop.no-popup-to-close"));
    }
    if (popup) {
      Set<String> handles = driver.getWindowHandles();
      handles.remove(shop);
      driver.switchTo().window(handles.iterator().next());
    }
    wait(WAIT)
        .withMessage("the Naver Pay window's page to load")
        .until(d -> d.getTitle().contains(TITLE));
    choose(outcome);
    if (popup) {
      driver.switchTo().window(shop);
    }
  }

  private void choose(String outcome) {
    if (outcome.equals("closed")) {
      driver.close();
      return;
    }
    Optional<String> failure =
        switch (outcome) {
          case "approve", "cancel" -> Optional.empty();
          default -> Optional.of(outcome);
        };
    String selector =
        failure
            .map(f -> "button[data-action='fail'][data-outcome='" + f + "']")
            .orElse("button[data-action='" + outcome + "']");
    try {
      driver.findElement(By.cssSelector(selector)).click();
    } catch (NoSuchWindowException closedItself) {
      // The popup closes itself once it has a result.
    }
  }

  private WebDriverWait wait(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }
}
