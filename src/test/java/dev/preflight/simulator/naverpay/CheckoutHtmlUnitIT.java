package dev.preflight.simulator.naverpay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.simulator.ledger.NaverPayFailure;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.support.Browsers;
import dev.preflight.support.CheckoutRun;
import dev.preflight.support.NaverPayWindowPage;
import dev.preflight.support.RequestPayParams;
import dev.preflight.support.RunningSimulator;
import dev.preflight.support.TestShop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The core checkout flows in HtmlUnit, the embedded fallback browser: it needs no install, so these
 * run everywhere, including where Chromium is absent and {@link CheckoutMatrixIT} is skipped.
 * Script errors fail the test. One browser per device serves the class; each test gets a fresh
 * simulator and shop.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutHtmlUnitIT {
  private static final Tenant TENANT = Tenant.defaultTenant();

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private WebDriver pc;
  private WebDriver mobile;
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
  void quitBrowsers() {
    Browsers.quit(pc);
    Browsers.quit(mobile);
  }

  private CheckoutRun pcRun() {
    if (pc == null) {
      pc = Browsers.htmlUnit(false);
    }
    return new CheckoutRun(Browsers.onlyMainWindow(pc), shop);
  }

  private CheckoutRun mobileRun() {
    if (mobile == null) {
      mobile = Browsers.htmlUnit(true);
    }
    return new CheckoutRun(Browsers.onlyMainWindow(mobile), shop);
  }

  private ObjectNode payment(String merchantUid, boolean popup) {
    return RequestPayParams.naverPay(
        merchantUid, 14000, popup, shop.url("/return?order=" + merchantUid));
  }

  private Ledger ledger() {
    return sim.simulator().accounts().defaultAccount().ledger();
  }

  private Payment onlyPayment(String merchantUid) {
    List<Payment> payments = ledger().paymentsFor(merchantUid);
    assertThat(payments).hasSize(1);
    return payments.get(0);
  }

  @Test
  void pcPopupApproveReachesTheCallback() {
    CheckoutRun run = pcRun().pay(payment("order-popup", true).toString(), true);

    run.popup().approve();

    JsonNode rsp = run.callbackResponse();
    Payment payment = onlyPayment("order-popup");
    assertThat(rsp.get("success").asBoolean()).isTrue();
    assertThat(rsp.get("imp_uid").asText()).isEqualTo(payment.impUid());
    assertThat(rsp.get("merchant_uid").asText()).isEqualTo("order-popup");
    assertThat(rsp.get("paid_amount").asLong()).isEqualTo(14000);
    assertThat(rsp.get("status").asText()).isEqualTo("paid");
    assertThat(rsp.get("error_code").isNull()).isTrue();
    assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(payment.channel()).isEqualTo("pc");
  }

  @Test
  void pcRedirectApproveComesBackToTheShop() {
    CheckoutRun run = pcRun().pay(payment("order-redirect", false).toString(), true);

    run.redirected().approve();

    Map<String, String> query = run.redirectQuery();
    Payment payment = onlyPayment("order-redirect");
    assertThat(query.get("order")).isEqualTo("order-redirect");
    assertThat(query.get("imp_uid")).isEqualTo(payment.impUid());
    assertThat(query.get("merchant_uid")).isEqualTo("order-redirect");
    assertThat(query.get("imp_success")).isEqualTo("true");
    assertThat(query).doesNotContainKeys("error_code", "error_msg");
    assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(payment.channel()).isEqualTo("pc");
  }

  @Test
  void aPopupFailureReachesTheCallbackWithItsMessageUnchanged() {
    CheckoutRun run = pcRun().pay(payment("order-limit", true).toString(), true);

    run.popup().fail("limit_exceeded");

    JsonNode rsp = run.callbackResponse();
    String message = NaverPayFailure.LIMIT_EXCEEDED.message(TENANT);
    assertThat(rsp.get("success").asBoolean()).isFalse();
    assertThat(rsp.get("error_code").asText()).isEqualTo(NaverPayFailure.LIMIT_EXCEEDED.code());
    assertThat(rsp.get("error_msg").asText()).isEqualTo(message);
    assertThat(rsp.get("status").asText()).isEqualTo("failed");
    Payment payment = onlyPayment("order-limit");
    assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
    assertThat(payment.failReason()).isEqualTo(message);
  }

  @Test
  void aRedirectCancelComesBackAsUserCancel() {
    CheckoutRun run = pcRun().pay(payment("order-cancel", false).toString(), true);

    run.redirected().cancel();

    Map<String, String> query = run.redirectQuery();
    assertThat(query.get("imp_success")).isEqualTo("false");
    assertThat(query.get("error_code")).isEqualTo(NaverPayFailure.USER_CANCEL.code());
    assertThat(query.get("error_msg")).isEqualTo(NaverPayFailure.USER_CANCEL.message(TENANT));
    assertThat(query.get("imp_uid")).isEqualTo(onlyPayment("order-cancel").impUid());
    assertThat(onlyPayment("order-cancel").status()).isEqualTo(PaymentStatus.FAILED);
  }

  @Test
  void closingThePopupIsABuyerCancel() {
    CheckoutRun run = pcRun().pay(payment("order-closed", true).toString(), true);

    run.popup().close();

    JsonNode rsp = run.callbackResponse();
    assertThat(rsp.get("success").asBoolean()).isFalse();
    assertThat(rsp.get("error_code").asText()).isEqualTo(NaverPayFailure.USER_CANCEL.code());
    assertThat(rsp.get("error_msg").asText())
        .isEqualTo(NaverPayFailure.USER_CANCEL.message(TENANT));
    assertThat(onlyPayment("order-closed").status()).isEqualTo(PaymentStatus.FAILED);
  }

  @Test
  void anAmountAsAStringFailsPreValidationWithoutAPayment() {
    ObjectNode params = payment("order-pre", true);
    params.put("amount", "14000");

    JsonNode rsp = pcRun().pay(params.toString(), true).callbackResponse();

    assertThat(rsp.get("success").asBoolean()).isFalse();
    assertThat(rsp.get("error_code").asText()).isEqualTo(PreValidation.AMOUNT_NOT_NUMBER);
    assertThat(rsp.get("error_msg").asText()).isNotBlank();
    assertThat(rsp.get("imp_uid").isNull()).isTrue();
    assertThat(ledger().paymentsFor("order-pre")).isEmpty();
  }

  @Test
  void mobileRedirectApproveIsAMobilePayment() {
    CheckoutRun run = mobileRun().pay(payment("order-mobile", false).toString(), false);

    run.redirected().approve();

    Map<String, String> query = run.redirectQuery();
    Payment payment = onlyPayment("order-mobile");
    assertThat(query.get("imp_success")).isEqualTo("true");
    assertThat(query.get("imp_uid")).isEqualTo(payment.impUid());
    assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(payment.channel()).isEqualTo("mobile");
  }

  @Test
  void aBillingKeyRegistrationIssuesAKeyWithoutCharging() {
    ObjectNode params = payment("reg-order", true);
    params.put("customer_uid", "sub-htmlunit");
    params.put("name", "월간 독서 구독");
    params.put("amount", 9900);
    params.put("naverProductCode", "MONTHLY-BOOK");
    CheckoutRun run = pcRun().pay(params.toString(), true);
    NaverPayWindowPage window = run.popup();
    assertThat(window.field("product_code")).isEqualTo("MONTHLY-BOOK");

    window.approve();

    JsonNode rsp = run.callbackResponse();
    assertThat(rsp.get("success").asBoolean()).isTrue();
    Payment issue = ledger().payment(rsp.get("imp_uid").asText()).orElseThrow();
    assertThat(issue.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(issue.customerUidUsage()).isEqualTo("issue");
    assertThat(issue.amount()).isZero();
    assertThat(ledger().billingKey("sub-htmlunit").orElseThrow().productCode())
        .isEqualTo("MONTHLY-BOOK");
  }

  /**
   * Issue 11, example 6: without a callback, a refused request_pay sent the page to its
   * m_redirect_url, and a closed popup did too: a javascript: URL ran in the merchant's page.
   */
  @Test
  void aJavascriptRedirectUrlIsNeverFollowed() {
    String script = "javascript:document.getElementById('rsp').textContent='followed'//";
    for (boolean popup : List.of(false, true)) {
      ObjectNode params = payment("order-js-" + popup, popup);
      params.put("m_redirect_url", script);
      CheckoutRun run = pcRun().pay(params.toString(), false);

      assertThat(run.currentUrl()).as("popup %s", popup).startsWith(shop.url("/pay"));
      assertThat(pc.findElement(By.id("rsp")).getText()).as("popup %s", popup).isEmpty();
      assertThat(pc.getWindowHandles()).hasSize(1);
      assertThat(ledger().paymentsFor("order-js-" + popup)).isEmpty();
    }
  }

  /**
   * A refusal for another reason (F1002: the merchant_uid was paid) comes before the URL is looked
   * at; the simulator then hands back no place to go, and the SDK would not follow one anyway.
   */
  @Test
  void aJavascriptRedirectUrlIsNotFollowedAfterAnotherRefusal() {
    sim.seedPayment("order-js-paid", 14000, "paid");
    ObjectNode params = payment("order-js-paid", false);
    params.put(
        "m_redirect_url", "javascript:document.getElementById('rsp').textContent='followed'//");

    CheckoutRun run = pcRun().pay(params.toString(), false);

    assertThat(run.currentUrl()).startsWith(shop.url("/pay"));
    assertThat(pc.findElement(By.id("rsp")).getText()).isEmpty();
  }

  /** The same refusal reaches a callback, with a message saying what to send instead. */
  @Test
  void aJavascriptRedirectUrlIsAPreValidationFailure() {
    ObjectNode params = payment("order-js-callback", false);
    params.put("m_redirect_url", "javascript:alert(1)");

    JsonNode rsp = pcRun().pay(params.toString(), true).callbackResponse();

    assertThat(rsp.get("success").asBoolean()).isFalse();
    assertThat(rsp.get("error_code").asText()).isEqualTo(PreValidation.UNSAFE_REDIRECT_URL);
    assertThat(rsp.get("error_msg").asText()).contains("m_redirect_url", "http");
    assertThat(rsp.get("imp_uid").isNull()).isTrue();
  }

  /**
   * Issue 11, example 5: {@code amount: 18446744073709552116} (beyond 2^53, as JavaScript holds it)
   * opened a window for 500원 and approving recorded 500 paid.
   */
  @Test
  void aHugeAmountIsRefusedNotTruncated() {
    String params =
        payment("order-huge", true)
            .toString()
            .replace("\"amount\":14000", "\"amount\":18446744073709552116");

    JsonNode rsp = pcRun().pay(params, true).callbackResponse();

    assertThat(rsp.get("success").asBoolean()).isFalse();
    assertThat(rsp.get("error_code").asText()).isEqualTo(PreValidation.AMOUNT_NOT_NUMBER);
    assertThat(rsp.get("imp_uid").isNull()).isTrue();
    assertThat(ledger().paymentsFor("order-huge")).isEmpty();
  }

  /** The failure buttons are there to click, without unfolding anything first. */
  @Test
  void theFailureButtonsAreVisibleWithoutOpeningAnything() {
    CheckoutRun run = pcRun().pay(payment("order-visible", true).toString(), true);
    NaverPayWindowPage window = run.popup();

    for (String outcome :
        List.of("insufficient_balance", "limit_exceeded", "owner_auth_fail", "time_expired")) {
      assertThat(
              pc.findElement(
                      By.cssSelector("button[data-action='fail'][data-outcome='" + outcome + "']"))
                  .isDisplayed())
          .as(outcome)
          .isTrue();
    }
    window.fail("owner_auth_fail");

    assertThat(run.callbackResponse().get("error_code").asText())
        .isEqualTo(NaverPayFailure.OWNER_AUTH_FAIL.code());
  }
}
