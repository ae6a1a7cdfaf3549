package dev.preflight.simulator.naverpay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.client.ArmOutcome;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.BillingKey;
import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.simulator.ledger.NaverPayFailure;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.support.Browsers;
import dev.preflight.support.CheckoutRun;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.NaverPayWindowPage;
import dev.preflight.support.RequestPayParams;
import dev.preflight.support.RunningSimulator;
import dev.preflight.support.TestShop;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebDriver;

/**
 * The SDK and the window in headless Chromium across the whole matrix: PC and mobile (Chrome's
 * Pixel 7 emulation), popup and redirect, payment and registration, every outcome, and every
 * pre-validation failure. Each case checks what the page got and what the ledger holds. One browser
 * per device serves the whole class; each test gets a fresh simulator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutMatrixIT {
  private static final Tenant TENANT = Tenant.defaultTenant();

  enum Device {
    PC,
    MOBILE
  }

  enum Mode {
    POPUP,
    REDIRECT
  }

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private final Map<Device, WebDriver> browsers = new EnumMap<>(Device.class);
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
    browsers.values().forEach(Browsers::quit);
  }

  private WebDriver browser(Device device) {
    return Browsers.onlyMainWindow(
        browsers.computeIfAbsent(device, d -> Browsers.chromium(d == Device.MOBILE)));
  }

  private CheckoutRun run(Device device) {
    return new CheckoutRun(browser(device), shop);
  }

  private ObjectNode payment(String merchantUid, long amount, Mode mode) {
    return RequestPayParams.naverPay(
        merchantUid, amount, mode == Mode.POPUP, shop.url("/return?order=" + merchantUid));
  }

  private Ledger ledger() {
    return sim.simulator().accounts().defaultAccount().ledger();
  }

  private Payment onlyPayment(String merchantUid) {
    List<Payment> payments = ledger().paymentsFor(merchantUid);
    assertThat(payments).hasSize(1);
    return payments.get(0);
  }

  private NaverPayWindowPage window(CheckoutRun run, Mode mode) {
    return mode == Mode.POPUP ? run.popup() : run.redirected();
  }

  static Stream<Arguments> everyOutcome() {
    List<Arguments> cases = new ArrayList<>();
    for (Device device : Device.values()) {
      for (Mode mode : Mode.values()) {
        for (String outcome :
            List.of(
                "approve",
                "cancel",
                "insufficient_balance",
                "limit_exceeded",
                "owner_auth_fail",
                "time_expired")) {
          cases.add(Arguments.of(device, mode, outcome));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("everyOutcome")
  void aPaymentEndsAsTheBuyerChose(Device device, Mode mode, String outcome) {
    String merchantUid = "order-" + device + "-" + mode + "-" + outcome;
    CheckoutRun run = run(device).pay(payment(merchantUid, 14000, mode).toString(), true);
    NaverPayWindowPage window = window(run, mode);

    switch (outcome) {
      case "approve" -> window.approve();
      case "cancel" -> window.cancel();
      default -> window.fail(outcome);
    }

    NaverPayFailure failure =
        switch (outcome) {
          case "approve" -> null;
          case "cancel" -> NaverPayFailure.USER_CANCEL;
          default -> NaverPayFailure.fromOutcomeName(outcome).orElseThrow();
        };
    JsonNode rsp = mode == Mode.POPUP ? run.callbackResponse() : null;
    Map<String, String> query = mode == Mode.REDIRECT ? run.redirectQuery() : null;
    Payment payment = onlyPayment(merchantUid);
    assertThat(payment.channel()).isEqualTo(device == Device.PC ? "pc" : "mobile");
    assertThat(payment.impUid()).matches("imp_\\d{12}");
    if (mode == Mode.POPUP) {
      assertThat(rsp.get("imp_uid").asText()).isEqualTo(payment.impUid());
      assertThat(rsp.get("merchant_uid").asText()).isEqualTo(merchantUid);
      assertThat(rsp.get("pg_provider").asText()).isEqualTo("naverpay");
      assertThat(rsp.get("success").asBoolean()).isEqualTo(failure == null);
      if (failure == null) {
        assertThat(rsp.get("paid_amount").asLong()).isEqualTo(14000);
        assertThat(rsp.get("status").asText()).isEqualTo("paid");
        assertThat(rsp.get("error_code").isNull()).isTrue();
      } else {
        assertThat(rsp.get("error_code").asText()).isEqualTo(failure.code());
        assertThat(rsp.get("error_msg").asText()).isEqualTo(failure.message(TENANT));
        assertThat(rsp.get("status").asText()).isEqualTo("failed");
      }
    } else {
      assertThat(query.get("order")).isEqualTo(merchantUid);
      assertThat(query.get("imp_uid")).isEqualTo(payment.impUid());
      assertThat(query.get("merchant_uid")).isEqualTo(merchantUid);
      assertThat(query.get("imp_success")).isEqualTo(Boolean.toString(failure == null));
      if (failure == null) {
        assertThat(query).doesNotContainKeys("error_code", "error_msg");
      } else {
        assertThat(query.get("error_code")).isEqualTo(failure.code());
        assertThat(query.get("error_msg")).isEqualTo(failure.message(TENANT));
      }
    }
    assertThat(payment.status())
        .isEqualTo(failure == null ? PaymentStatus.PAID : PaymentStatus.FAILED);
    if (failure != null) {
      assertThat(payment.failReason()).isEqualTo(failure.message(TENANT));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("devices")
  void closingThePopupIsABuyerCancel(Device device) {
    CheckoutRun run = run(device).pay(payment("order-closed", 14000, Mode.POPUP).toString(), true);

    run.popup().close();

    JsonNode rsp = run.callbackResponse();
    assertThat(rsp.get("error_code").asText()).isEqualTo("userCancel");
    assertThat(rsp.get("error_msg").asText())
        .isEqualTo(NaverPayFailure.USER_CANCEL.message(TENANT));
    assertThat(onlyPayment("order-closed").status()).isEqualTo(PaymentStatus.FAILED);
  }

  static Stream<Device> devices() {
    return Stream.of(Device.values());
  }

  private ObjectNode registration(String customerUid, String productCode, Mode mode) {
    ObjectNode params = payment("reg-" + customerUid + "-" + System.nanoTime(), 9900, mode);
    params.put("customer_uid", customerUid);
    params.put("name", "월간 독서 구독");
    if (productCode != null) {
      params.put("naverProductCode", productCode);
    }
    return params;
  }

  static Stream<Arguments> registrationModes() {
    return Stream.of(
        Arguments.of(Device.PC, Mode.POPUP),
        Arguments.of(Device.PC, Mode.REDIRECT),
        Arguments.of(Device.MOBILE, Mode.REDIRECT),
        Arguments.of(Device.MOBILE, Mode.POPUP));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("registrationModes")
  void registrationIssuesABillingKeyWithoutCharging(Device device, Mode mode) {
    ObjectNode params = registration("sub-" + device + mode, "MONTHLY-BOOK", mode);
    CheckoutRun run = run(device).pay(params.toString(), true);
    NaverPayWindowPage window = window(run, mode);
    assertThat(window.field("product_code")).isEqualTo("MONTHLY-BOOK");

    window.approve();

    String impUid =
        mode == Mode.POPUP
            ? run.callbackResponse().get("imp_uid").asText()
            : run.redirectQuery().get("imp_uid");
    Payment issue = ledger().payment(impUid).orElseThrow();
    assertThat(issue.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(issue.customerUidUsage()).isEqualTo("issue");
    assertThat(issue.customerUid()).isEqualTo("sub-" + device + mode);
    assertThat(issue.amount()).isZero();
    BillingKey key = ledger().billingKey("sub-" + device + mode).orElseThrow();
    assertThat(key.productCode()).isEqualTo("MONTHLY-BOOK");
    assertThat(key.customer().tel()).isEqualTo("010-1234-5678");
    MerchantRestClient client = sim.client();
    JsonNode again =
        client
            .postJson(
                "/subscribe/payments/again",
                Map.of(
                    "customer_uid",
                    "sub-" + device + mode,
                    "merchant_uid",
                    "first-charge",
                    "amount",
                    9900,
                    "name",
                    "월간 독서 구독"),
                MerchantRestClient.bearer(client.defaultToken()))
            .response();
    assertThat(again.get("status").asText()).isEqualTo("paid");
  }

  @Test
  void theSameBuyerCannotRegisterTheSameProductTwice() {
    CheckoutRun first =
        run(Device.PC).pay(registration("sub-a", "MONTHLY-BOOK", Mode.POPUP).toString(), true);
    first.popup().approve();
    assertThat(first.callbackResponse().get("success").asBoolean()).isTrue();

    CheckoutRun second =
        run(Device.PC).pay(registration("sub-b", "MONTHLY-BOOK", Mode.POPUP).toString(), true);
    second.popup().approve();

    JsonNode rsp = second.callbackResponse();
    assertThat(rsp.get("error_code").asText()).isEqualTo(WindowDecision.ALREADY_REGISTERED);
    assertThat(ledger().billingKey("sub-b")).isEmpty();
  }

  @Test
  void aRegistrationWithoutAProductCodeGetsARandomOne() {
    CheckoutRun run =
        run(Device.PC).pay(registration("sub-random", null, Mode.POPUP).toString(), true);
    NaverPayWindowPage window = run.popup();
    String shown = window.field("product_code");

    window.approve();

    assertThat(run.callbackResponse().get("success").asBoolean()).isTrue();
    assertThat(shown).startsWith("random_");
    assertThat(ledger().billingKey("sub-random").orElseThrow().productCode()).isEqualTo(shown);
  }

  @Test
  void anAmountUnderTheMinimumAlwaysFailsWithTheMinimumMessage() {
    CheckoutRun run = run(Device.PC).pay(payment("order-cheap", 99, Mode.POPUP).toString(), true);
    NaverPayWindowPage window = run.popup();
    assertThat(window.has("minimum")).isTrue();

    window.approve();

    JsonNode rsp = run.callbackResponse();
    assertThat(rsp.get("error_code").asText()).isEqualTo("UnderMinimumAmount");
    assertThat(rsp.get("error_msg").asText()).isEqualTo("최소 결제 금액(100원) 미만입니다.");
    assertThat(onlyPayment("order-cheap").status()).isEqualTo(PaymentStatus.FAILED);
  }

  @Test
  void anArmedOutcomeWinsOverTheButtonPressed() {
    sim.control()
        .arm(
            ArmOutcome.fail()
                .forMerchantUid("order-armed")
                .withError("X1", "armed <b>failure</b>"));
    CheckoutRun run =
        run(Device.PC).pay(payment("order-armed", 14000, Mode.POPUP).toString(), true);

    run.popup().approve();

    JsonNode rsp = run.callbackResponse();
    assertThat(rsp.get("error_code").asText()).isEqualTo("X1");
    assertThat(rsp.get("error_msg").asText()).isEqualTo("armed <b>failure</b>");
  }

  @Test
  void anArmedPaidAmountMakesTheApprovalReportADifferentAmount() {
    sim.control().arm(ArmOutcome.approve().reportingPaid(100));
    CheckoutRun run =
        run(Device.PC).pay(payment("order-tampered", 14000, Mode.POPUP).toString(), true);

    run.popup().approve();

    assertThat(run.callbackResponse().get("paid_amount").asLong()).isEqualTo(100);
    assertThat(onlyPayment("order-tampered").amount()).isEqualTo(100);
  }

  @Test
  void aForgedSuccessReachesThePageButNotTheLedger() {
    sim.control().arm(ArmOutcome.forgeSuccess());
    CheckoutRun run =
        run(Device.PC).pay(payment("order-forged", 14000, Mode.POPUP).toString(), true);

    run.popup().approve();

    JsonNode rsp = run.callbackResponse();
    assertThat(rsp.get("success").asBoolean()).isTrue();
    assertThat(rsp.get("status").asText()).isEqualTo("paid");
    assertThat(onlyPayment("order-forged").status()).isEqualTo(PaymentStatus.READY);
  }

  @Test
  void aPreparedAmountThatDiffersFailsTheApproval() {
    MerchantRestClient client = sim.client();
    client.postForm(
        "/payments/prepare",
        "merchant_uid=order-prepared&amount=20000",
        MerchantRestClient.bearer(client.defaultToken()));
    CheckoutRun run =
        run(Device.PC).pay(payment("order-prepared", 14000, Mode.POPUP).toString(), true);

    run.popup().approve();

    assertThat(run.callbackResponse().get("error_code").asText())
        .isEqualTo(WindowDecision.PREPARED_MISMATCH);
    assertThat(onlyPayment("order-prepared").status()).isEqualTo(PaymentStatus.FAILED);
  }

  static Stream<Arguments> preValidationFailures() {
    return Stream.of(
        Arguments.of(
            "unknown user code", "imp99999999", (Edit) p -> {}, PreValidation.UNKNOWN_USER_CODE),
        Arguments.of(
            "missing merchant_uid",
            "imp00000000",
            (Edit) p -> p.remove("merchant_uid"),
            PreValidation.MISSING_MERCHANT_UID),
        Arguments.of(
            "missing amount",
            "imp00000000",
            (Edit) p -> p.remove("amount"),
            PreValidation.MISSING_AMOUNT),
        Arguments.of(
            "amount as a string",
            "imp00000000",
            (Edit) p -> p.put("amount", "14000"),
            PreValidation.AMOUNT_NOT_NUMBER),
        Arguments.of(
            "redirect mode without m_redirect_url",
            "imp00000000",
            (Edit)
                p -> {
                  p.put("naverPopupMode", false);
                  p.remove("m_redirect_url");
                },
            PreValidation.MISSING_REDIRECT_URL));
  }

  @FunctionalInterface
  interface Edit {
    void apply(ObjectNode params);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("preValidationFailures")
  void preValidationFailuresReachTheCallbackWithoutAPayment(
      String name, String userCode, Edit edit, String errorCode) {
    ObjectNode params = payment("order-pre", 14000, Mode.POPUP);
    edit.apply(params);

    JsonNode rsp = run(Device.PC).pay(params.toString(), true, userCode).callbackResponse();

    assertThat(rsp.get("success").asBoolean()).isFalse();
    assertThat(rsp.get("error_code").asText()).isEqualTo(errorCode);
    assertThat(rsp.get("error_msg").asText()).isNotBlank();
    assertThat(rsp.get("imp_uid").isNull()).isTrue();
    assertThat(ledger().paymentsFor("order-pre")).isEmpty();
  }

  @Test
  void anAlreadyPaidMerchantUidIsRefusedWithF1002() {
    sim.seedPayment("order-paid", 14000, "paid");

    JsonNode rsp =
        run(Device.PC)
            .pay(payment("order-paid", 14000, Mode.POPUP).toString(), true)
            .callbackResponse();

    assertThat(rsp.get("error_code").asText()).isEqualTo("F1002");
    assertThat(rsp.get("error_msg").asText()).isEqualTo("이미 결제가 이루어진 거래건입니다.");
    assertThat(rsp.get("imp_uid").isNull()).isTrue();
    assertThat(ledger().paymentsFor("order-paid")).hasSize(1);
  }

  @Test
  void onMobileAPreValidationFailureWithoutCallbackRedirectsWithTheError() {
    ObjectNode params = payment("order-mobile-pre", 14000, Mode.REDIRECT);
    params.put("amount", "14000");

    Map<String, String> query = run(Device.MOBILE).pay(params.toString(), false).redirectQuery();

    assertThat(query.get("error_code")).isEqualTo(PreValidation.AMOUNT_NOT_NUMBER);
    assertThat(query.get("imp_success")).isEqualTo("false");
    assertThat(query.get("merchant_uid")).isEqualTo("order-mobile-pre");
    assertThat(query).doesNotContainKey("imp_uid");
  }

  @Test
  void merchantSuppliedStringsAreShownAsTextNotMarkup() {
    ObjectNode params = payment("order-xss", 14000, Mode.POPUP);
    params.put("buyer_name", "<img src=x onerror=alert(1)>김&구매");
    ((ObjectNode) params.get("naverProducts").get(0)).put("name", "<b>굵은</b> \"책\"");
    CheckoutRun run = run(Device.PC).pay(params.toString(), true);

    NaverPayWindowPage window = run.popup();

    assertThat(window.field("buyer_name")).isEqualTo("<img src=x onerror=alert(1)>김&구매");
    assertThat(window.field("products")).contains("<b>굵은</b> \"책\"");
    window.cancel();
    run.callbackResponse();
  }

  @Test
  void theCallIsJournaledWithItsParametersExactlyAsGiven() {
    ObjectNode params = payment("order-journal", 14000, Mode.POPUP);
    params.put("amount", "14000");

    run(Device.PC).pay(params.toString(), true).callbackResponse();

    JournalEntry call = null;
    for (JournalEntry entry : sim.control().journal()) {
      if ("request_pay".equals(entry.method())) {
        call = entry;
      }
    }
    assertThat(call).isNotNull();
    assertThat(call.kind()).isEqualTo(JournalEntry.SDK);
    assertThat(call.param("amount").isTextual()).isTrue();
    assertThat(call.param("naverProducts").path(0).path("count").isInt()).isTrue();
    assertThat(call.detail().path("has_callback").asBoolean()).isTrue();
    assertThat(call.detail().path("mode").asText()).isEqualTo("popup");
    assertThat(call.detail().path("page_url").asText()).contains("/pay?");
    assertThat(call.detail().path("error_code").asText())
        .isEqualTo(PreValidation.AMOUNT_NOT_NUMBER);
  }
}
