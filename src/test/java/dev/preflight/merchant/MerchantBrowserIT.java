package dev.preflight.merchant;

import static org.awaitility.Awaitility.await;

import dev.preflight.client.ArmOutcome;
import dev.preflight.merchant.pages.CheckoutPage;
import dev.preflight.merchant.pages.OrderPage;
import dev.preflight.simulator.ScheduleRunner;
import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.support.Browsers;
import dev.preflight.support.RunningSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * What the reference merchant's browser tests share: a fresh simulator and merchant per test (the
 * merchant's defects differ from test to test, and its REST client is bound to one simulator), and
 * one headless Chromium per device for the whole class, because starting a browser costs more than
 * most journeys.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MerchantBrowserIT {
  static final String ONE_BOOK = "BOOK-1:1";
  static final long ONE_BOOK_PRICE = 14000;

  /** Two products, three items: what the name suffix and the product list show on. */
  static final String TWO_PRODUCTS = "BOOK-1:1,CD-7:2";

  /** One 50-won sticker: under Naver Pay's 100-won minimum. */
  static final String UNDER_MINIMUM = "STICKER-1:1";

  enum Device {
    PC,
    MOBILE
  }

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private final Map<Device, WebDriver> browsers = new EnumMap<>(Device.class);
  private ReferenceMerchant merchant;

  @BeforeAll
  void needsChromium() {
    Browsers.assumeChromium();
  }

  @AfterEach
  void stopMerchant() {
    if (merchant != null) {
      merchant.close();
      merchant = null;
    }
  }

  @AfterAll
  void quitBrowsers() {
    browsers.values().forEach(Browsers::quit);
  }

  /** Starts the reference merchant against this test's simulator; returns its base URL. */
  String shop(Defect... defects) {
    merchant = new ReferenceMerchant(MerchantSettings.against(sim.baseUrl(), List.of(defects)));
    return merchant.start().baseUrl();
  }

  /**
   * The device's browser with nothing left of the previous test: its page is left first (so an old
   * SDK stops watching its popup), then every other window is closed.
   */
  WebDriver browser(Device device) {
    WebDriver driver = browsers.computeIfAbsent(device, d -> Browsers.chromium(d == Device.MOBILE));
    List<String> handles = new ArrayList<>(driver.getWindowHandles());
    driver.switchTo().window(handles.get(0));
    driver.get("about:blank");
    for (int i = 1; i < handles.size(); i++) {
      driver.switchTo().window(handles.get(i)).close();
    }
    driver.switchTo().window(handles.get(0));
    return driver;
  }

  WebDriver pc() {
    return browser(Device.PC);
  }

  WebDriver mobile() {
    return browser(Device.MOBILE);
  }

  /** A purchase approved in the window, in the mode the shop picks for the device. */
  OrderPage purchase(Device device, String shopUrl, String items) {
    CheckoutPage checkout = CheckoutPage.pay(browser(device), shopUrl, items);
    (device == Device.PC ? checkout.popup() : checkout.redirected()).approve();
    return checkout.orderPage();
  }

  Ledger ledger() {
    return sim.simulator().accounts().defaultAccount().ledger();
  }

  /** The one payment the ledger holds for a merchant_uid; fails unless there is exactly one. */
  Payment onlyPayment(String merchantUid) {
    List<Payment> payments = ledger().paymentsFor(merchantUid);
    if (payments.size() != 1) {
      throw new AssertionError("expected one payment for " + merchantUid + ": " + payments);
    }
    return payments.get(0);
  }

  JournalView journal() {
    return JournalView.read(sim.control());
  }

  /**
   * The journal once the payment's webhook has been delivered. The merchant looks the payment up
   * when notified too, so counting its lookups only means something after that.
   */
  JournalView journalOnceNotified(String impUid) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(this::journal, journal -> !journal.webhooksFor(impUid).isEmpty());
  }

  /** Arms the next window's outcome through the control API. */
  void arm(ArmOutcome outcome) {
    sim.control().arm(outcome);
  }

  /** Advances the simulator's clock, running what became due; returns what ran. */
  ScheduleRunner.Moved advanceClock(long seconds) {
    return sim.control().advanceClock(Duration.ofSeconds(seconds));
  }

  /** Whitespace trimmed and runs collapsed, as the inspection compares messages. */
  static String collapsed(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
