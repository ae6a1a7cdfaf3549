package dev.preflight.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.harness.WebDriverSession;
import dev.preflight.merchant.MerchantSettings;
import dev.preflight.merchant.ReferenceMerchant;
import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.support.Browsers;
import dev.preflight.support.NaverPayWindowPage;
import dev.preflight.support.RunningSimulator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reference profile matches the reference merchant: driven by nothing but the profile, in
 * HtmlUnit, every service reaches the state it promises, at the shop and at the gateway.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceProfileDrivesTheReferenceMerchantIT {
  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private final SiteDriver driver = new ProfileSiteDriver();
  private WebDriver browser;
  private ReferenceMerchant merchant;
  private Site site;
  private String shopWindow;

  @BeforeEach
  void startTheShop() {
    merchant = new ReferenceMerchant(MerchantSettings.against(sim.baseUrl(), List.of())).start();
    if (browser == null) {
      browser = Browsers.htmlUnit(false);
    }
    Browsers.onlyMainWindow(browser);
    shopWindow = browser.getWindowHandle();
    MerchantProfile profile =
        ProfileLoader.reference().resolve(Map.of("merchant", merchant.baseUrl()));
    site =
        new Site(
            profile,
            new WebDriverSession(browser, new dev.preflight.harness.Witness(() -> 0)),
            Device.PC);
  }

  @AfterEach
  void stopTheShop() {
    merchant.close();
  }

  @AfterAll
  void quitTheBrowser() {
    Browsers.quit(browser);
  }

  @Test
  void buysAndTheBuyerCancels() {
    String merchantUid = purchase("BOOK-1:1");

    driver.buyerCancel(site, PaidOrder.of(merchantUid));

    Payment payment = onlyPayment(merchantUid);
    assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
    assertThat(payment.cancelAmount()).isEqualTo(14000);
  }

  @Test
  void theBackOfficeCancelsPartThenTheRest() {
    String merchantUid = purchase("BOOK-1:1,CD-7:1");

    driver.logInAsAdmin(site);
    driver.adminCancel(site, PaidOrder.of(merchantUid), 5000L);
    assertThat(onlyPayment(merchantUid).cancelAmount()).isEqualTo(5000);
    driver.adminCancel(site, PaidOrder.of(merchantUid), null);

    Payment payment = onlyPayment(merchantUid);
    assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
    assertThat(payment.cancelAmount()).isEqualTo(30500);
  }

  @Test
  void buysOnAPhoneInRedirectMode() {
    WebDriver phone = Browsers.htmlUnit(true);
    try {
      Site onThePhone =
          new Site(
              site.profile(),
              new WebDriverSession(phone, new dev.preflight.harness.Witness(() -> 0)),
              Device.MOBILE);
      driver.openCart(onThePhone, CartContents.of("BOOK-2:1"));
      driver.pay(onThePhone);
      new WebDriverWait(phone, Duration.ofSeconds(15)).until(d -> d.getTitle().contains("네이버페이"));
      new NaverPayWindowPage(phone).approve();

      assertThat(driver.readResult(onThePhone).completed()).isTrue();
      assertThat(ledger().payments(p -> p.amount() == 32000))
          .singleElement()
          .extracting(Payment::status)
          .isEqualTo(PaymentStatus.PAID);
    } finally {
      Browsers.quit(phone);
    }
  }

  @Test
  void readsTheMessageOfAPaymentTheBuyerCancelledInTheWindow() {
    driver.openCart(site, CartContents.of("EBOOK-3:1"));
    driver.pay(site);
    inTheWindow(NaverPayWindowPage::cancel);

    ShownResult shown = driver.readResult(site);

    assertThat(shown.kind()).isEqualTo(ShownResult.Kind.MESSAGE);
    assertThat(shown.text()).isNotBlank();
  }

  @Test
  void theCartUnderTheMinimumIsStoppedWithAMessage() {
    driver.openCart(site, site.profile().underMinimum().orElseThrow());
    driver.pay(site);

    assertThat(driver.readResult(site))
        .isEqualTo(new ShownResult(ShownResult.Kind.MESSAGE, "네이버페이 최소 결제 금액은 100원입니다."));
  }

  @Test
  void aCouponFromTheProfileReachesTheCheckout() {
    driver.openCart(site, CartContents.of("BOOK-1:1").withCoupon("WELCOME3000"));

    assertThat(site.browser().text("#total")).contains("11,000원");
  }

  @Test
  void signsUpForTheSubscriptionAndCancelsIt() {
    driver.signUpForSubscription(site);
    inTheWindow(NaverPayWindowPage::approve);
    ShownResult shown = driver.readSubscriptionResult(site);
    String customerUid = query(browser.getCurrentUrl(), "customer_uid");
    assertThat(ledger().billingKey(customerUid)).isPresent();

    driver.cancelSubscription(site, customerUid);

    assertThat(shown).isEqualTo(new ShownResult(ShownResult.Kind.COMPLETED, "구독 중입니다."));
    assertThat(ledger().billingKey(customerUid)).isEmpty();
  }

  /** Pays for the items, approving in the window; returns the order's merchant_uid. */
  private String purchase(String items) {
    driver.logInAsBuyer(site);
    driver.openCart(site, CartContents.of(items));
    driver.pay(site);
    inTheWindow(NaverPayWindowPage::approve);
    ShownResult shown = driver.readResult(site);
    assertThat(shown).isEqualTo(new ShownResult(ShownResult.Kind.COMPLETED, "주문이 완료되었습니다."));
    String url = browser.getCurrentUrl();
    return url.substring(url.indexOf("/orders/") + "/orders/".length());
  }

  /** What the harness does between pay and readResult: the popup, then back to the shop. */
  private void inTheWindow(Consumer<NaverPayWindowPage> buyer) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getWindowHandles().size() > 1);
    String popup =
        browser.getWindowHandles().stream().filter(h -> !h.equals(shopWindow)).findFirst().get();
    browser.switchTo().window(popup);
    buyer.accept(new NaverPayWindowPage(browser));
    browser.switchTo().window(shopWindow);
  }

  private Ledger ledger() {
    return sim.simulator().accounts().defaultAccount().ledger();
  }

  private Payment onlyPayment(String merchantUid) {
    List<Payment> payments = ledger().paymentsFor(merchantUid);
    assertThat(payments).hasSize(1);
    return payments.get(0);
  }

  private static String query(String url, String name) {
    for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + url);
  }
}
