package dev.preflight.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.client.ArmFault;
import dev.preflight.client.ArmOutcome;
import dev.preflight.merchant.pages.BackOfficePage;
import dev.preflight.merchant.pages.CheckoutPage;
import dev.preflight.merchant.pages.MyOrdersPage;
import dev.preflight.merchant.pages.OrderPage;
import dev.preflight.merchant.pages.SubscriptionPage;
import dev.preflight.merchant.pages.SubscriptionStatusPage;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.CancelEntry;
import dev.preflight.simulator.ledger.NaverPayFailure;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.support.NaverPayWindowPage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each of the reference merchant's defect switches, on alone, makes its mistake where a buyer or
 * the journal can see it; and the same observation made on the compliant merchant comes out the
 * other way, so that none of these checks passes whatever the merchant does. The inspection's
 * expected results rest on these mistakes being real.
 */
class ReferenceMerchantDefectIT extends MerchantBrowserIT {
  private static final Tenant TENANT = Tenant.defaultTenant();
  private static final String LIMIT_EXCEEDED = "limit_exceeded";
  private static final String PREFIX = "결제에 실패하였습니다. 실패 사유: ";
  private static final String REWORDED = "결제가 정상적으로 처리되지 않았습니다. 다시 시도해주세요.";
  private static final String SHOPS_OWN_REFUSAL = "결제할 수 없는 주문입니다. 고객센터에 문의해주세요.";
  private static final String SHOPS_MINIMUM = "네이버페이 최소 결제 금액은 100원입니다.";
  private static final String WINDOWS_MINIMUM = "최소 결제 금액(100원) 미만입니다.";
  private static final String AMOUNT_DIFFERED = "결제 금액이 주문 금액과 달라 결제를 취소했습니다. 다시 주문해주세요.";
  private static final long TAMPERED_AMOUNT = 100;
  private static final String CONFIRMATION_DELAYED =
      "결제 확인이 지연되고 있습니다. 확인되는 대로 주문을 처리하며, 주문 내역에서 진행 상황을 확인할 수 있습니다.";

  @ParameterizedTest(name = "{0}")
  @EnumSource(Defect.class)
  void eachDefectMakesItsMistakeObservably(Defect defect) {
    check(defect, true);
  }

  @ParameterizedTest(name = "compliant, observed as for {0}")
  @EnumSource(Defect.class)
  void theCompliantMerchantMakesNoneOfThem(Defect defect) {
    check(defect, false);
  }

  /** Runs the defect's scenario on a merchant with just that defect on, or with none. */
  private void check(Defect defect, boolean on) {
    String shop = on ? shop(defect) : shop();
    // A switch expression, so that a new Defect without a check does not compile.
    Runnable scenario =
        switch (defect) {
          case PREFIXED_ERROR_MESSAGE -> () -> prefixedErrorMessage(shop, on);
          case REWORDED_ERROR_MESSAGE -> () -> rewordedErrorMessage(shop, on);
          case ERROR_AS_HTML -> () -> errorAsHtml(shop, on);
          case NO_MINIMUM_CHECK -> () -> noMinimumCheck(shop, on);
          case AMOUNT_AS_STRING -> () -> amountAsString(shop, on);
          case MISSING_NAVER_PRODUCTS -> () -> missingNaverProducts(shop, on);
          case PRODUCT_MISSING_CATEGORY -> () -> productMissingCategory(shop, on);
          case NAME_WITH_SUFFIX -> () -> nameWithSuffix(shop, on);
          case POPUP_WITHOUT_CALLBACK -> () -> popupWithoutCallback(shop, on);
          case REDIRECT_WITHOUT_URL -> () -> redirectWithoutUrl(shop, on);
          case NO_SERVER_VERIFICATION -> () -> noServerVerification(shop, on);
          case TRUSTS_CLIENT_AMOUNT -> () -> trustsClientAmount(shop, on);
          case TRUSTS_BROWSER_ON_LOOKUP_FAILURE -> () -> trustsBrowserOnLookupFailure(shop, on);
          case REUSED_MERCHANT_UID -> () -> reusedMerchantUid(shop, on);
          case CANCEL_WITHOUT_REASON -> () -> cancelWithoutReason(shop, on);
          case CANCEL_WITHOUT_REQUESTER -> () -> cancelWithoutRequester(shop, on);
          case WRONG_REQUESTER -> () -> wrongRequester(shop, on);
          case PARTIAL_CANCEL_WITHOUT_CHECKSUM -> () -> partialCancelWithoutChecksum(shop, on);
          case SUBSCRIPTION_WITHOUT_BUYER_TEL -> () -> subscriptionWithoutBuyerTel(shop, on);
          case RANDOM_PRODUCT_CODE -> () -> randomProductCode(shop, on);
          case BAD_NAVER_USE_CFM -> () -> badNaverUseCfm(shop, on);
          case BILLING_KEY_DELETE_WITHOUT_REASON -> () -> billingKeyDeleteWithoutReason(shop, on);
        };
    scenario.run();
  }

  // Failure messages: the popup callback (PC) and the m_redirect_url page (mobile) are separate
  // code in the shop (a script and a server page), so each display defect is checked on both.

  private void prefixedErrorMessage(String shop, boolean on) {
    String message = collapsed(NaverPayFailure.LIMIT_EXCEEDED.message(TENANT));
    for (Device device : Device.values()) {
      String shown = collapsed(failureShown(device, shop, LIMIT_EXCEEDED).result());
      if (on) {
        assertThat(shown).as(device.name()).startsWith(PREFIX).endsWith(message);
      } else {
        assertThat(shown).as(device.name()).isEqualTo(message);
      }
    }
  }

  private void rewordedErrorMessage(String shop, boolean on) {
    String message = collapsed(NaverPayFailure.LIMIT_EXCEEDED.message(TENANT));
    for (Device device : Device.values()) {
      String shown = collapsed(failureShown(device, shop, LIMIT_EXCEEDED).result());
      assertThat(shown).as(device.name()).isEqualTo(on ? REWORDED : message);
    }
  }

  private void errorAsHtml(String shop, boolean on) {
    String message = NaverPayFailure.LIMIT_EXCEEDED.message(TENANT);
    for (Device device : Device.values()) {
      CheckoutPage page = failureShown(device, shop, LIMIT_EXCEEDED);
      if (on) {
        // Parsed as markup: part of the message became an element and its text changed.
        assertThat(page.resultChildTags()).as(device.name()).isNotEmpty();
        assertThat(collapsed(page.result())).as(device.name()).isNotEqualTo(collapsed(message));
      } else {
        assertThat(page.resultChildTags()).as(device.name()).isEmpty();
        assertThat(collapsed(page.result())).as(device.name()).isEqualTo(collapsed(message));
      }
    }
  }

  private CheckoutPage failureShown(Device device, String shop, String outcome) {
    CheckoutPage checkout = CheckoutPage.pay(browser(device), shop, ONE_BOOK);
    (device == Device.PC ? checkout.popup() : checkout.redirected()).fail(outcome);
    checkout.result();
    return checkout;
  }

  private void noMinimumCheck(String shop, boolean on) {
    CheckoutPage checkout = CheckoutPage.pay(pc(), shop, UNDER_MINIMUM);
    if (on) {
      checkout.popup().approve();
      String shown = checkout.result();
      JournalEntry call = journal().lastRequestPay();
      assertThat(call.param("amount").asLong()).isEqualTo(50);
      // The window refused the amount, and the shop put its own words over Naver's.
      assertThat(onlyPayment(call.param("merchant_uid").asText()).failReason())
          .isEqualTo(WINDOWS_MINIMUM);
      assertThat(shown).isEqualTo(SHOPS_OWN_REFUSAL).doesNotContain("100원");
    } else {
      assertThat(checkout.result()).isEqualTo(SHOPS_MINIMUM);
      assertThat(journal().requestPays()).isEmpty();
    }
  }

  // request_pay parameters, as the fake SDK journaled them.

  private void amountAsString(String shop, boolean on) {
    CheckoutPage checkout = CheckoutPage.pay(pc(), shop, ONE_BOOK);
    if (on) {
      String shown = checkout.result();
      JournalEntry call = journal().lastRequestPay();
      assertThat(call.param("amount").isTextual()).isTrue();
      assertThat(call.param("amount").asText()).isEqualTo("14000");
      assertThat(call.detail().path("error_code").asText()).isEqualTo("AMOUNT_NOT_NUMBER");
      // The SDK refused before any window: the shop shows the refusal and no payment exists.
      assertThat(shown).isEqualTo(call.detail().path("error_msg").asText());
      assertThat(ledger().paymentsFor(call.param("merchant_uid").asText())).isEmpty();
    } else {
      checkout.popup();
      JournalEntry call = journal().lastRequestPay();
      assertThat(call.param("amount").isIntegralNumber()).isTrue();
      assertThat(call.param("amount").asLong()).isEqualTo(ONE_BOOK_PRICE);
      assertThat(call.detail().path("error_code").isNull()).isTrue();
    }
  }

  private void missingNaverProducts(String shop, boolean on) {
    JsonNode params = requestPayParams(shop, ONE_BOOK);
    if (on) {
      assertThat(params.has("naverProducts")).isFalse();
    } else {
      assertThat(params.get("naverProducts")).hasSize(1);
      assertThat(params.at("/naverProducts/0/uid").asText()).isEqualTo("BOOK-1");
    }
  }

  private void productMissingCategory(String shop, boolean on) {
    JsonNode products = requestPayParams(shop, TWO_PRODUCTS).get("naverProducts");
    assertThat(products).hasSize(2);
    if (on) {
      assertThat(products)
          .allSatisfy(
              item -> {
                assertThat(item.has("categoryType")).isFalse();
                assertThat(item.has("categoryId")).isFalse();
                assertThat(item.get("uid").asText()).isNotBlank();
                assertThat(item.get("count").asInt()).isPositive();
              });
    } else {
      assertThat(products.at("/0/categoryType").asText()).isEqualTo("BOOK");
      assertThat(products.at("/0/categoryId").asText()).isEqualTo("GENERAL");
      assertThat(products.at("/1/categoryType").asText()).isEqualTo("MUSIC");
      assertThat(products.at("/1/categoryId").asText()).isEqualTo("CD");
    }
  }

  private void nameWithSuffix(String shop, boolean on) {
    JsonNode params = requestPayParams(shop, TWO_PRODUCTS);
    String firstProduct = params.at("/naverProducts/0/name").asText();
    assertThat(firstProduct).isEqualTo("자바의 정석");
    if (on) {
      assertThat(params.get("name").asText()).isEqualTo("자바의 정석 외 2건");
    } else {
      assertThat(params.get("name").asText()).isEqualTo(firstProduct);
    }
  }

  /** The parameters of a PC checkout's request_pay, once its window is open. */
  private JsonNode requestPayParams(String shop, String items) {
    CheckoutPage.pay(pc(), shop, items).popup();
    return journal().lastRequestPay().params();
  }

  // Popup and redirect.

  private void popupWithoutCallback(String shop, boolean on) {
    CheckoutPage checkout = CheckoutPage.pay(pc(), shop, ONE_BOOK);
    checkout.popup().approve();
    JournalEntry call = journal().lastRequestPay();
    assertThat(call.detail().path("mode").asText()).isEqualTo("popup");
    if (on) {
      assertThat(call.detail().path("has_callback").asBoolean()).isFalse();
      // The SDK's last act is the warning that nobody takes the result; the buyer sees nothing.
      assertThat(checkout.awaitWarning()).contains("without a callback");
      assertThat(checkout.resultNow()).isEmpty();
      assertThat(checkout.currentUrl()).contains("/checkout");
      // …though the money was taken.
      assertThat(onlyPayment(call.param("merchant_uid").asText()).status())
          .isEqualTo(PaymentStatus.PAID);
    } else {
      assertThat(call.detail().path("has_callback").asBoolean()).isTrue();
      assertThat(checkout.orderPage().status()).isEqualTo("paid");
    }
  }

  private void redirectWithoutUrl(String shop, boolean on) {
    // Mobile, where the shop uses redirect mode compliant or not.
    CheckoutPage checkout = CheckoutPage.pay(mobile(), shop, ONE_BOOK);
    if (on) {
      String warning = checkout.awaitWarning();
      JournalEntry call = journal().lastRequestPay();
      assertThat(call.param("naverPopupMode").asBoolean()).isFalse();
      assertThat(call.params().has("m_redirect_url")).isFalse();
      assertThat(call.detail().path("error_code").asText()).isEqualTo("MISSING_M_REDIRECT_URL");
      // The refusal reached the page only as the SDK's console warning: the buyer is left on
      // the checkout with nothing shown, and no window ever opened.
      assertThat(warning).contains("MISSING_M_REDIRECT_URL");
      assertThat(checkout.resultNow()).isEmpty();
      assertThat(checkout.currentUrl()).contains("/checkout");
      assertThat(ledger().paymentsFor(call.param("merchant_uid").asText())).isEmpty();
    } else {
      checkout.redirected();
      JournalEntry call = journal().lastRequestPay();
      assertThat(call.param("m_redirect_url").asText()).isEqualTo(shop + "/payments/complete");
      assertThat(call.detail().path("error_code").isNull()).isTrue();
    }
  }

  // Server-side confirmation, with the window armed to report 100 won for a 14,000-won order.

  private void noServerVerification(String shop, boolean on) {
    if (!on) {
      tamperIsCaught(shop);
      assertThat(forgedCheckout(shop).result()).isEqualTo("결제가 완료되지 않았습니다.");
      return;
    }
    Payment payment = tamperedOrderAccepted(shop);
    // Its one lookup is the webhook handler's: nothing confirmed the payment for the buyer.
    assertThat(journalOnceNotified(payment.impUid()).lookups(payment.impUid())).hasSize(1);
    OrderPage forged = forgedCheckout(shop).orderPage();
    assertThat(forged.status()).isEqualTo("paid");
    assertThat(onlyPayment(forged.merchantUid()).status()).isEqualTo(PaymentStatus.READY);
  }

  /** The browser hears "success" for a payment that was never made: only a lookup tells. */
  private CheckoutPage forgedCheckout(String shop) {
    arm(ArmOutcome.forgeSuccess());
    CheckoutPage checkout = CheckoutPage.pay(pc(), shop, ONE_BOOK);
    checkout.popup().approve();
    return checkout;
  }

  private void trustsClientAmount(String shop, boolean on) {
    if (!on) {
      tamperIsCaught(shop);
      return;
    }
    Payment payment = tamperedOrderAccepted(shop);
    // It did look the payment up (unlike no-server-verification), then compared the wrong thing.
    assertThat(journalOnceNotified(payment.impUid()).lookups(payment.impUid())).hasSize(2);
  }

  // Resilience: every payment lookup fails with HTTP 500 (a control-API fault armed for more calls
  // than the test makes), so neither the confirmation nor the webhook's lookup gets an answer.

  private void trustsBrowserOnLookupFailure(String shop, boolean on) {
    failLookups();
    for (Device device : Device.values()) {
      CheckoutPage checkout = CheckoutPage.pay(browser(device), shop, ONE_BOOK);
      (device == Device.PC ? checkout.popup() : checkout.redirected()).approve();
      if (on) {
        OrderPage order = checkout.orderPage();
        assertThat(order.status()).as(device.name()).isEqualTo("paid");
        // Paid at the gateway, but the shop never saw it: its only lookup failed.
        String impUid = onlyPayment(order.merchantUid()).impUid();
        assertThat(journal().lookups(impUid)).as(device.name()).isEmpty();
        assertThat(journal().faults("/payments/" + impUid)).as(device.name()).isNotEmpty();
      } else {
        assertThat(checkout.result()).as(device.name()).isEqualTo(CONFIRMATION_DELAYED);
        String merchantUid = journal().lastRequestPay().param("merchant_uid").asText();
        OrderPage order = OrderPage.open(browser(device), shop, merchantUid);
        assertThat(order.status()).as(device.name()).isEqualTo("unconfirmed");
        assertThat(order.message()).as(device.name()).isEqualTo("주문 상태: 결제 확인 중");
      }
    }
    if (!on) {
      // Once the gateway answers again, the next visit confirms the order.
      sim.control().clearFaults();
      String merchantUid = journal().lastRequestPay().param("merchant_uid").asText();
      assertThat(OrderPage.open(pc(), shop, merchantUid).status()).isEqualTo("paid");
    }
  }

  private void failLookups() {
    sim.control().arm(ArmFault.named("payment-lookup-500").times(100));
  }

  private Payment tamperedOrderAccepted(String shop) {
    arm(ArmOutcome.approve().reportingPaid(TAMPERED_AMOUNT));
    CheckoutPage checkout = CheckoutPage.pay(pc(), shop, ONE_BOOK);
    checkout.popup().approve();
    OrderPage order = checkout.orderPage();
    assertThat(order.status()).isEqualTo("paid");
    assertThat(order.amount()).isEqualTo("14,000원");
    Payment payment = onlyPayment(order.merchantUid());
    assertThat(payment.amount()).isEqualTo(TAMPERED_AMOUNT);
    assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(journal().rest("POST", "/payments/cancel")).isEmpty();
    return payment;
  }

  private void tamperIsCaught(String shop) {
    arm(ArmOutcome.approve().reportingPaid(TAMPERED_AMOUNT));
    CheckoutPage checkout = CheckoutPage.pay(pc(), shop, ONE_BOOK);
    checkout.popup().approve();
    assertThat(checkout.result()).isEqualTo(AMOUNT_DIFFERED);
    Payment payment = onlyPayment(journal().lastRequestPay().param("merchant_uid").asText());
    assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
    assertThat(journalOnceNotified(payment.impUid()).lookups(payment.impUid())).hasSize(2);
  }

  private void reusedMerchantUid(String shop, boolean on) {
    String first = purchase(Device.PC, shop, ONE_BOOK).merchantUid();
    CheckoutPage second = CheckoutPage.pay(pc(), shop, ONE_BOOK);
    if (on) {
      String shown = second.result();
      List<JournalEntry> calls = journal().requestPays();
      assertThat(calls).hasSize(2);
      assertThat(calls)
          .allSatisfy(c -> assertThat(c.param("merchant_uid").asText()).isEqualTo(first));
      assertThat(calls.get(1).detail().path("error_code").asText()).isEqualTo("F1002");
      assertThat(shown).isEqualTo("이미 결제가 이루어진 거래건입니다.");
    } else {
      second.popup();
      List<JournalEntry> calls = journal().requestPays();
      assertThat(calls).hasSize(2);
      assertThat(calls.get(1).param("merchant_uid").asText()).isNotEqualTo(first);
      assertThat(calls.get(1).detail().path("error_code").isNull()).isTrue();
    }
  }

  // Cancels, as the journal has POST /payments/cancel.

  private void cancelWithoutReason(String shop, boolean on) {
    JsonNode cancel = buyerCancel(shop).params();
    if (on) {
      assertThat(cancel.has("reason")).isFalse();
    } else {
      assertThat(cancel.get("reason").asText()).isNotBlank();
    }
  }

  private void cancelWithoutRequester(String shop, boolean on) {
    JsonNode cancel = buyerCancel(shop).params();
    Payment payment = ledger().payment(cancel.get("imp_uid").asText()).orElseThrow();
    if (on) {
      assertThat(cancel.has("extra")).isFalse();
      // The gateway then records the default, admin, for the buyer's own cancel.
      assertThat(payment.cancelHistory())
          .extracting(CancelEntry::requester)
          .containsExactly("admin");
    } else {
      assertThat(cancel.at("/extra/requester").asText()).isEqualTo("customer");
    }
  }

  private void wrongRequester(String shop, boolean on) {
    JsonNode cancel = buyerCancel(shop).params();
    assertThat(cancel.at("/extra/requester").asText()).isEqualTo(on ? "admin" : "customer");
  }

  /** A purchase the buyer then cancels from their orders; returns the journaled cancel. */
  private JournalEntry buyerCancel(String shop) {
    String merchantUid = purchase(Device.PC, shop, ONE_BOOK).merchantUid();
    MyOrdersPage orders = MyOrdersPage.open(pc(), shop).cancel(merchantUid);
    // The gateway accepts every variant: the cancel went through and the shop says so.
    assertThat(orders.status(merchantUid)).isEqualTo("취소 완료");
    assertThat(onlyPayment(merchantUid).status()).isEqualTo(PaymentStatus.CANCELLED);
    return journal().onlyRest("POST", "/payments/cancel");
  }

  private void partialCancelWithoutChecksum(String shop, boolean on) {
    String merchantUid = purchase(Device.PC, shop, ONE_BOOK).merchantUid();
    BackOfficePage office = BackOfficePage.open(pc(), shop).partialCancel(merchantUid, 5000);
    assertThat(office.status(merchantUid)).isEqualTo("부분 취소");
    JsonNode cancel = journal().onlyRest("POST", "/payments/cancel").params();
    assertThat(cancel.get("amount").asLong()).isEqualTo(5000);
    if (on) {
      assertThat(cancel.has("checksum")).isFalse();
    } else {
      assertThat(cancel.get("checksum").asLong()).isEqualTo(ONE_BOOK_PRICE);
    }
  }

  // Subscriptions.

  private void subscriptionWithoutBuyerTel(String shop, boolean on) {
    SubscriptionPage signUp = SubscriptionPage.open(pc(), shop);
    signUp.press();
    NaverPayWindowPage window = signUp.popup();
    JsonNode params = journal().lastRequestPay().params();
    assertThat(params.get("customer_uid").asText()).isNotBlank();
    if (on) {
      assertThat(params.has("buyer_tel")).isFalse();
      // Naver's window has no phone number to tie the billing key to the buyer.
      assertThat(window.field("buyer_tel")).isEqualTo("-");
    } else {
      assertThat(params.get("buyer_tel").asText()).isEqualTo("010-1234-5678");
      assertThat(window.field("buyer_tel")).contains("010-1234-5678");
    }
  }

  private void randomProductCode(String shop, boolean on) {
    String firstCustomer = subscribe(shop).customerUid();
    JsonNode registration = journal().lastRequestPay().params();
    // The same buyer signs up for the same plan again.
    SubscriptionPage again = SubscriptionPage.open(pc(), shop);
    again.press();
    NaverPayWindowPage window = again.popup();
    String shownCode = window.field("product_code");
    window.approve();
    if (on) {
      assertThat(registration.has("naverProductCode")).isFalse();
      // Naver makes a code up for every registration, so the duplicate goes through.
      assertThat(shownCode).startsWith("random_");
      SubscriptionStatusPage second = again.statusPage();
      assertThat(second.status()).isEqualTo("active");
      assertThat(second.customerUid()).isNotEqualTo(firstCustomer);
      assertThat(ledger().billingKeys()).hasSize(2);
    } else {
      assertThat(registration.get("naverProductCode").asText()).isEqualTo("MONTHLY-BOOK");
      assertThat(shownCode).isEqualTo("MONTHLY-BOOK");
      assertThat(again.result()).contains("이미 정기결제에 등록된 상품입니다.");
      assertThat(ledger().billingKeys()).hasSize(1);
    }
  }

  private void badNaverUseCfm(String shop, boolean on) {
    String customerUid = subscribe(shop).customerUid();
    JournalView journal = journal();
    JsonNode again = journal.onlyRest("POST", "/subscribe/payments/again").params();
    JsonNode schedule =
        journal.onlyRest("POST", "/subscribe/payments/schedule").param("schedules").path(0);
    assertThat(again.get("customer_uid").asText()).isEqualTo(customerUid);
    if (on) {
      assertThat(again.at("/extra/naverUseCfm").asText()).isEqualTo("2020-01-01");
      assertThat(schedule.at("/extra/naverUseCfm").asText()).isEqualTo("2020-01-01");
      assertThat(
              ledger().schedule(schedule.get("merchant_uid").asText()).orElseThrow().naverUseCfm())
          .isEqualTo("2020-01-01");
    } else {
      assertThat(again.has("extra")).isFalse();
      assertThat(schedule.has("extra")).isFalse();
    }
  }

  private void billingKeyDeleteWithoutReason(String shop, boolean on) {
    SubscriptionStatusPage status = subscribe(shop);
    String customerUid = status.customerUid();
    assertThat(status.unsubscribe().status()).isEqualTo("cancelled");
    JournalEntry delete = journal().onlyRest("DELETE", "/subscribe/customers/" + customerUid);
    // The gateway deletes the key either way; only the request shows the difference.
    assertThat(delete.code()).isZero();
    assertThat(ledger().billingKey(customerUid)).isEmpty();
    if (on) {
      assertThat(delete.params().has("reason")).isFalse();
      assertThat(delete.params().has("extra")).isFalse();
    } else {
      assertThat(delete.param("reason").asText()).isNotBlank();
      assertThat(delete.param("extra", "requester").asText()).isEqualTo("customer");
    }
  }

  /** Registers a billing key in the PC popup; returns the status page the shop moves to. */
  private SubscriptionStatusPage subscribe(String shop) {
    SubscriptionPage signUp = SubscriptionPage.open(pc(), shop);
    signUp.press();
    signUp.popup().approve();
    SubscriptionStatusPage status = signUp.statusPage();
    assertThat(status.status()).isEqualTo("active");
    return status;
  }
}
