package dev.preflight.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.support.Browsers;
import dev.preflight.support.CheckoutRun;
import dev.preflight.support.DashboardPage;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RequestPayParams;
import dev.preflight.support.RunningSimulator;
import dev.preflight.support.TestShop;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/**
 * The dashboard at {@code /__sim/} in headless Chromium: a payment made in the Naver Pay window
 * appears, its control advances the clock and runs a due schedule, a reset from elsewhere empties
 * its journal view, and a merchant string carrying markup shows as text. Screenshots go to {@code
 * target/dashboard-screenshots/}. One browser serves the class; each test gets a fresh simulator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {
  /** 2030-01-01T00:00:00Z: far from real time, so nothing falls due by itself. */
  private static final long T0 = 1_893_456_000L;

  private static final String MARKUP = "<img src=x onerror=alert(1)><b>꽃</b>";

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private WebDriver browser;
  private TestShop shop;

  @BeforeEach
  void shop() {
    shop = new TestShop(sim.baseUrl());
  }

  @AfterEach
  void closeShop() {
    shop.close();
  }

  @AfterAll
  void quitBrowser() {
    if (browser != null) {
      Browsers.quit(browser);
    }
  }

  private WebDriver browser() {
    if (browser == null) {
      browser = Browsers.chromium(false);
      browser.manage().window().setSize(new Dimension(1400, 1400));
    }
    return Browsers.onlyMainWindow(browser);
  }

  /** Pays through the simulator's own window, in popup mode; answers the imp_uid. */
  private String payInTheWindow(ObjectNode params) {
    CheckoutRun run = new CheckoutRun(browser(), shop).pay(params.toString(), true);
    run.popup().approve();
    return run.callbackResponse().get("imp_uid").asText();
  }

  @Test
  void aPaymentMadeInTheNaverPayWindowAppears() {
    // GIVEN a buyer paid in the Naver Pay window
    String impUid = payInTheWindow(RequestPayParams.naverPay("order-window-1", 14_000, true, null));

    // WHEN the developer opens the dashboard
    DashboardPage dashboard = DashboardPage.open(browser(), sim.baseUrl());

    // THEN the payment is listed, paid, with its imp_uid, and the journal shows the request_pay
    dashboard.awaitPaymentStatus("order-window-1", "paid");
    assertThat(dashboard.paymentField("order-window-1", "imp_uid")).isEqualTo(impUid);
    assertThat(dashboard.paymentField("order-window-1", "amount")).isEqualTo("14,000원");
    assertThat(dashboard.paymentField("order-window-1", "tenant")).isEqualTo("imp00000000");
    dashboard.awaitJournal("order-window-1");
    dashboard.choose("order-window-1");
    assertThat(dashboard.detailText()).contains(impUid, "자바의 정석", "취소 내역 없음 (no cancels)");
    dashboard.screenshot("payment-from-the-window");
  }

  @Test
  void advancingTheClockFromTheDashboardRunsADueSchedule() {
    // GIVEN a charge scheduled an hour ahead
    sim.control().setClock(Instant.ofEpochSecond(T0));
    sim.seedBillingKey(null, "customer-1");
    HttpReply booked =
        sim.client()
            .postJson(
                "/subscribe/payments/schedule",
                Map.of(
                    "customer_uid",
                    "customer-1",
                    "schedules",
                    List.of(
                        Map.of(
                            "merchant_uid",
                            "sub-2030-01",
                            "schedule_at",
                            T0 + 3_600,
                            "amount",
                            9_900,
                            "name",
                            "월간 꽃 정기구독"))),
                MerchantRestClient.bearer(sim.client().defaultToken()));
    assertThat(booked.status()).as(booked.body()).isEqualTo(200);
    DashboardPage dashboard = DashboardPage.open(browser(), sim.baseUrl());
    dashboard.awaitScheduleStatus("sub-2030-01", "scheduled");
    dashboard.screenshot("schedule-pending");

    // WHEN the developer advances the clock by an hour with the dashboard's control
    String said = dashboard.advanceClock(3_600);

    // THEN the schedule ran: listed as executed, its payment paid among the payments
    assertThat(said).contains("sub-2030-01 → paid");
    assertThat(dashboard.awaitScheduleStatus("sub-2030-01", "executed")).contains("paid");
    dashboard.awaitPaymentStatus("sub-2030-01", "paid");
    assertThat(dashboard.paymentField("sub-2030-01", "imp_uid")).startsWith("imps_");
    dashboard.screenshot("schedule-run");
  }

  @Test
  void aResetFromElsewhereEmptiesTheJournalView() {
    // GIVEN the dashboard shows a merchant server's token request in its journal
    sim.client().defaultToken();
    DashboardPage dashboard = DashboardPage.open(browser(), sim.baseUrl());
    dashboard.awaitJournal("/users/getToken");

    // WHEN a test or script resets the simulator, not the dashboard's button
    sim.control().reset();
    dashboard.awaitJournalWithout("/users/getToken");

    // THEN the view shows only what came after the reset
    sim.client().defaultToken();
    dashboard.awaitJournal("/users/getToken");
    assertThat(dashboard.journalRows()).isEqualTo(1);
  }

  @Test
  void aMerchantStringCarryingMarkupShowsAsText() {
    // GIVEN a shop named and a product sold with markup in their strings
    sim.control()
        .createTenant(
            new Tenant(
                "imp11111111",
                "flower_key",
                "s",
                null,
                null,
                Tenant.DEFAULT_MINIMUM_AMOUNT,
                Tenant.DEFAULT_WEBHOOK_RETRIES,
                null,
                null,
                null,
                "<b>꽃집</b>"));
    ObjectNode params = RequestPayParams.naverPay("order-markup", 5_000, true, null);
    params.put("name", MARKUP);
    payInTheWindow(params);

    // WHEN the developer looks at it on the dashboard
    DashboardPage dashboard = DashboardPage.open(browser(), sim.baseUrl());
    dashboard.awaitPaymentStatus("order-markup", "paid");
    dashboard.choose("order-markup");
    dashboard.awaitJournal(MARKUP);

    // THEN every string reads as the text it is, and no element was made of it
    assertThat(dashboard.paymentField("order-markup", "name")).isEqualTo(MARKUP);
    assertThat(dashboard.detailText()).contains(MARKUP);
    assertThat(dashboard.journalText()).contains(MARKUP);
    assertThat(dashboard.tenantsText()).contains("<b>꽃집</b>");
    assertThat(dashboard.count("img")).isZero();
    assertThat(dashboard.count("b")).isZero();
    assertThatThrownBy(() -> browser().switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    dashboard.screenshot("markup-as-text");
  }
}
