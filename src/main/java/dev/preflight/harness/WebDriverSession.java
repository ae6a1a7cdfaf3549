package dev.preflight.harness;

import dev.preflight.harness.profile.BrowserSession;
import dev.preflight.harness.profile.ControlDisabled;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The {@link BrowserSession} site drivers get: Selenium with explicit waits only, so a slow page
 * costs time rather than a flaky verdict. Every wait also looks at what the buyer is shown (the
 * {@link Witness}): an alert that opens at any moment is read and closed rather than left to break
 * the next command, and a toast that comes and goes between two polls is still seen.
 */
public final class WebDriverSession implements BrowserSession {
  /** How long a step waits for what it needs, in a scenario. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  private static final Duration POLL = Duration.ofMillis(50);

  /** How long a visible control may stay disabled before the site is taken to refuse the action. */
  private static final Duration ENABLING = Duration.ofSeconds(3);

  /** An alert that keeps coming back would otherwise hold a command up for good. */
  private static final int DIALOG_RETRIES = 5;

  private final WebDriver driver;
  private final Witness witness;
  private final Duration timeout;
  private final PendingNavigation navigation;

  /** The witness's dialogs this session has handed out, or that came before it. */
  private int dialogsHandedOut;

  /** Messages on the page before the buyer's action, which {@link #text} looks past. */
  private Leftovers leftovers = Leftovers.none();

  public WebDriverSession(WebDriver driver, Witness witness) {
    this(driver, witness, DEFAULT_TIMEOUT);
  }

  /**
   * @param timeout how long each operation waits for what it needs
   */
  public WebDriverSession(WebDriver driver, Witness witness, Duration timeout) {
    this.driver = driver;
    this.witness = witness;
    this.timeout = timeout;
    this.navigation = new PendingNavigation(witness);
    this.dialogsHandedOut = witness.dialogCount();
  }

  /**
   * This session, reading a message only when it is news since the buyer's latest action: a toast
   * or notice already there when pay was pressed is not the shop's answer.
   */
  public WebDriverSession lookingPast(Leftovers before) {
    this.leftovers = before;
    return this;
  }

  @Override
  public void open(String url) {
    navigation.settle(driver, timeout);
    guarded(
        () -> {
          driver.get(url);
          return null;
        });
  }

  /**
   * Finds and clicks in one go, again while the page replaces the element under us: a page that
   * re-renders (or is still finishing an earlier navigation) loses the node between find and click.
   */
  @Override
  public void click(String selector) {
    navigation.settleKnown(driver, timeout);
    Instant[] disabledSince = {null};
    Instant[] coveredSince = {null};
    await(
        selector + " to be clickable",
        () -> {
          Optional<WebElement> element = displayed(selector);
          if (element.isEmpty()) {
            disabledSince[0] = null;
            return Optional.empty();
          }
          if (!element.get().isEnabled()) {
            Instant now = Instant.now();
            if (disabledSince[0] == null) {
              disabledSince[0] = now;
            } else if (Duration.between(disabledSince[0], now).compareTo(ENABLING) > 0) {
              throw new ControlDisabled(selector);
            }
            return Optional.empty();
          }
          navigation.beforeClick(driver);
          try {
            element.get().click();
          } catch (ElementClickInterceptedException covered) {
            coveredSince[0] = coveredSince[0] == null ? Instant.now() : coveredSince[0];
            if (Duration.between(coveredSince[0], Instant.now()).compareTo(ENABLING) > 0) {
              throw new IllegalStateException(
                  selector + " stays covered by another element: " + firstLine(covered), covered);
            }
            centre(element.get());
            return Optional.empty();
          }
          navigation.clicked();
          return Optional.of(Boolean.TRUE);
        });
  }

  /**
   * Scrolls the element to the middle of the window: ChromeDriver scrolls it only to an edge, where
   * a shop's fixed header or bottom bar (a phone layout's "구매하기" bar) covers it.
   */
  private void centre(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
  }

  /** ChromeDriver's message names the element that would get the click, on its first line. */
  private static String firstLine(WebDriverException error) {
    String message = String.valueOf(error.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  @Override
  public void type(String selector, String text) {
    navigation.settleKnown(driver, timeout);
    await(
        selector + " to take typing",
        () -> {
          Optional<WebElement> field = usable(selector);
          field.ifPresent(
              f -> {
                f.clear();
                f.sendKeys(text);
              });
          return field.map(f -> Boolean.TRUE);
        });
  }

  @Override
  public void select(String selector, String value) {
    navigation.settleKnown(driver, timeout);
    await(
        selector + " to offer the option " + value,
        () -> {
          Optional<WebElement> list = usable(selector);
          if (list.isEmpty()) {
            return Optional.empty();
          }
          Optional<WebElement> option = option(list.get(), value);
          if (option.isEmpty()) {
            return Optional.empty();
          }
          if (!option.get().isSelected()) {
            option.get().click();
          }
          return Optional.of(Boolean.TRUE);
        });
  }

  /** The option whose value is the text, else the one whose visible text is it. */
  private static Optional<WebElement> option(WebElement list, String wanted) {
    List<WebElement> options = list.findElements(By.tagName("option"));
    String text = wanted.strip();
    Optional<WebElement> byValue =
        options.stream().filter(o -> text.equals(valueOf(o))).findFirst();
    return byValue.isPresent()
        ? byValue
        : options.stream().filter(o -> text.equals(o.getText().strip())).findFirst();
  }

  /** The option's value as the page reads it: its text when it has no value attribute. */
  private static String valueOf(WebElement option) {
    String value = option.getDomProperty("value");
    return value == null ? option.getText().strip() : value.strip();
  }

  @Override
  public void waitFor(String selector) {
    navigation.settleKnown(driver, timeout);
    await(selector, () -> displayed(selector));
  }

  @Override
  public Optional<String> text(String selector) {
    try {
      return guarded(
          () ->
              driver.findElements(By.cssSelector(selector)).stream()
                  .filter(WebElement::isDisplayed)
                  .map(WebElement::getText)
                  .filter(
                      text ->
                          leftovers.isEmpty() || leftovers.isNew(text, witness.glimpsesSinceMark()))
                  .findFirst());
    } catch (WebDriverException error) {
      if (PageChanging.is(error)) {
        return Optional.empty();
      }
      throw error;
    }
  }

  /**
   * The newest dialog since this session began or last handed one out: one open now, read and
   * closed, or one the witness already closed while this session waited for something else.
   */
  @Override
  public boolean restingFor(Duration quiet) {
    return witness.restingFor(quiet);
  }

  @Override
  public Optional<String> takeDialog() {
    witness.dialog(driver);
    int count = witness.dialogCount();
    Optional<String> newest = witness.newestDialogAfter(dialogsHandedOut);
    dialogsHandedOut = count;
    return newest;
  }

  @Override
  public <T> T await(String what, Supplier<Optional<T>> probe) {
    WebDriverWait wait = new WebDriverWait(driver, timeout, POLL);
    wait.ignoring(StaleElementReferenceException.class);
    wait.withMessage(() -> "waiting for " + what);
    return wait.until(
        d -> {
          witness.look(d);
          try {
            return probe.get().orElse(null);
          } catch (UnhandledAlertException alertOpened) {
            witness.dialog(d);
            return null;
          } catch (WebDriverException error) {
            if (PageChanging.is(error)) {
              return null;
            }
            throw error;
          }
        });
  }

  /**
   * Runs a browser command, first reading and closing any alert that stands in its way: with
   * prompts left to the test, Chromium refuses every command while one is open.
   */
  private <T> T guarded(Supplier<T> command) {
    for (int attempt = 0; ; attempt++) {
      try {
        return command.get();
      } catch (UnhandledAlertException alertOpen) {
        if (attempt >= DIALOG_RETRIES) {
          throw alertOpen;
        }
        witness.dialog(driver);
      }
    }
  }

  private Optional<WebElement> displayed(String selector) {
    return driver.findElements(By.cssSelector(selector)).stream()
        .filter(WebElement::isDisplayed)
        .findFirst();
  }

  private Optional<WebElement> usable(String selector) {
    return displayed(selector).filter(WebElement::isEnabled);
  }
}
