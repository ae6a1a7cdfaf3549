package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.client.SimulatorControl;
import dev.preflight.merchant.MerchantSettings;
import dev.preflight.merchant.ReferenceMerchant;
import dev.preflight.merchant.pages.CheckoutPage;
import dev.preflight.merchant.pages.OrderPage;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import dev.preflight.simulator.cdn.CdnCertificate;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.support.Browsers;
import dev.preflight.support.NaverPayWindowPage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A merchant page that loads the real SDK URL, unchanged, pays through the simulator in Chromium
 * once the CDN host is mapped to the simulator's HTTPS port; and the same page gets no SDK when the
 * browser is told to trust some other certificate, which shows it is this run's certificate, and
 * only it, that the browser accepts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CdnMappingBrowserIT {
  private static final String REAL_SCRIPT_TAG =
      "<script src=\"https://cdn.iamport.kr/v1/iamport.js\">";
  private static final String ONE_BOOK = "BOOK-1:1";

  private SimulatorServer simulator;
  private SimulatorControl control;
  private ReferenceMerchant merchant;
  private String shop;
  private long since;
  private final List<WebDriver> browsers = new ArrayList<>();

  @BeforeAll
  void start() {
    Browsers.assumeChromium();
    simulator =
        new SimulatorServer(new Simulator(SimulatorSettings.forTests().withHttpsPort(0))).start();
    control = SimulatorControl.at(simulator.baseUrl());
    merchant =
        new ReferenceMerchant(
            MerchantSettings.against(simulator.baseUrl(), List.of())
                .withSdkUrl(MerchantSettings.CDN_SDK_URL));
    shop = merchant.start().baseUrl();
  }

  /** Where this test's part of the shared simulator's journal starts. */
  @BeforeEach
  void markJournal() {
    List<JournalEntry> all = control.journal();
    since = all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
  }

  @AfterEach
  void quitBrowsers() {
    browsers.forEach(Browsers::quit);
    browsers.clear();
  }

  @AfterAll
  void stop() {
    if (merchant != null) {
      merchant.close();
    }
    if (simulator != null) {
      simulator.close();
    }
  }

  @Test
  void aPcPurchaseInThePopupCompletesThroughTheMappedCdn() {
    WebDriver browser = browser(false, CdnMapping.of(simulator));

    CheckoutPage checkout = CheckoutPage.open(browser, shop, ONE_BOOK);
    assertThat(browser.getPageSource()).contains(REAL_SCRIPT_TAG);
    checkout.press();
    NaverPayWindowPage window = checkout.popup();
    assertThat(browser.getCurrentUrl()).startsWith("https://cdn.iamport.kr/naverpay/");
    window.approve();
    OrderPage order = checkout.orderPage();

    assertThat(order.status()).isEqualTo("paid");
    JournalEntry requestPay = onlyEntry(JournalEntry::isRequestPay);
    assertThat(requestPay.detail().path("mode").asText()).isEqualTo("popup");
    assertThat(requestPay.param("merchant_uid").asText()).isEqualTo(order.merchantUid());
    assertThat(paidWindowResult(order.merchantUid())).isNotNull();
  }

  @Test
  void aMobilePurchaseInRedirectModeCompletesThroughTheMappedCdn() {
    WebDriver browser = browser(true, CdnMapping.of(simulator));

    CheckoutPage checkout = CheckoutPage.open(browser, shop, ONE_BOOK);
    assertThat(browser.getPageSource()).contains(REAL_SCRIPT_TAG);
    checkout.press();
    NaverPayWindowPage window = checkout.redirected();
    assertThat(browser.getCurrentUrl()).startsWith("https://cdn.iamport.kr/naverpay/");
    window.approve();
    OrderPage order = checkout.orderPage();

    assertThat(order.status()).isEqualTo("paid");
    JournalEntry requestPay = onlyEntry(JournalEntry::isRequestPay);
    assertThat(requestPay.detail().path("mode").asText()).isEqualTo("redirect");
    assertThat(paidWindowResult(order.merchantUid())).isNotNull();
  }

  @Test
  void anotherCertificatesHashLeavesThePageWithoutTheSdk() {
    CdnMapping trustingAnotherKey =
        new CdnMapping(simulator.httpsPort(), CdnCertificate.generate().spkiSha256());
    WebDriver browser = browser(false, trustingAnotherKey);

    browser.get(shop + "/checkout?items=" + ONE_BOOK);

    assertThat(browser.getPageSource()).contains(REAL_SCRIPT_TAG);
    assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.IMP"))
        .isEqualTo("undefined");
    assertThat(entries(e -> JournalEntry.SDK.equals(e.kind()))).isEmpty();
  }

  private WebDriver browser(boolean mobile, CdnMapping cdn) {
    WebDriver driver = Browsers.chromium(mobile, cdn);
    browsers.add(driver);
    return driver;
  }

  /** The window's result that paid this order, or null. */
  private JournalEntry paidWindowResult(String merchantUid) {
    return entries(
            e ->
                e.isWindowResult()
                    && merchantUid.equals(e.detail().path("merchant_uid").asText())
                    && "paid".equals(e.detail().path("status").asText()))
        .stream()
        .findFirst()
        .orElse(null);
  }

  private JournalEntry onlyEntry(Predicate<JournalEntry> filter) {
    List<JournalEntry> found = entries(filter);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private List<JournalEntry> entries(Predicate<JournalEntry> filter) {
    return control.journalSince(since).stream().filter(filter).toList();
  }
}
