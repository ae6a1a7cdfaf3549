package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.merchant.MerchantSettings;
import dev.preflight.merchant.ReferenceMerchant;
import dev.preflight.merchant.pages.CheckoutPage;
import dev.preflight.merchant.pages.OrderPage;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.support.StandaloneGrid;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * {@link Browsers#remote} against a real standalone Selenium Grid whose node drives this machine's
 * Chromium: a purchase from a page that loads the real SDK URL completes through the mapped CDN, as
 * it does with a local browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridBrowserIT {
  private StandaloneGrid grid;
  private SimulatorServer simulator;
  private ReferenceMerchant merchant;

  @BeforeAll
  void start() {
    dev.preflight.support.Browsers.assumeChromium();
    grid = StandaloneGrid.start();
    simulator =
        new SimulatorServer(new Simulator(SimulatorSettings.forTests().withHttpsPort(0))).start();
    merchant =
        new ReferenceMerchant(
            MerchantSettings.against(simulator.baseUrl(), List.of())
                .withSdkUrl(MerchantSettings.CDN_SDK_URL));
    merchant.start();
  }

  @AfterAll
  void stop() {
    if (merchant != null) {
      merchant.close();
    }
    if (simulator != null) {
      simulator.close();
    }
    if (grid != null) {
      grid.close();
    }
  }

  @Test
  void aPurchaseOnTheGridCompletesThroughTheMappedCdn() {
    WebDriver browser = Browsers.remote(grid.url(), false, CdnMapping.of(simulator));
    try {
      assertThat(browser).isInstanceOf(RemoteWebDriver.class);

      CheckoutPage checkout = CheckoutPage.pay(browser, merchant.baseUrl(), "BOOK-1:1");
      checkout.popup().approve();
      OrderPage order = checkout.orderPage();

      assertThat(order.status()).isEqualTo("paid");
      assertThat(
              simulator
                  .simulator()
                  .accounts()
                  .defaultAccount()
                  .ledger()
                  .paymentsFor(order.merchantUid()))
          .singleElement()
          .satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.PAID));
    } finally {
      Browsers.quit(browser);
    }
    assertThat(grid.logText()).contains("Session created");
  }
}
