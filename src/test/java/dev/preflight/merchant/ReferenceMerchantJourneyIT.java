package dev.preflight.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.client.ArmOutcome;
import dev.preflight.merchant.pages.BackOfficePage;
import dev.preflight.merchant.pages.CheckoutPage;
import dev.preflight.merchant.pages.MyOrdersPage;
import dev.preflight.merchant.pages.OrderPage;
import dev.preflight.merchant.pages.SubscriptionPage;
import dev.preflight.merchant.pages.SubscriptionStatusPage;
import dev.preflight.simulator.ScheduleRunner;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.CancelEntry;
import dev.preflight.simulator.ledger.NaverPayFailure;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.simulator.ledger.Schedule;
import dev.preflight.simulator.ledger.ScheduleStatus;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.support.NaverPayWindowPage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compliant reference merchant end to end in headless Chromium, as a buyer and a shop clerk use
 * it: purchases on PC (popup) and mobile (redirect), failures shown verbatim, the under-minimum
 * cart, a tampered amount, the buyer's cancel, the back office's partial cancel, and a subscription
 * from registration through a scheduled charge to the billing key's deletion. Each journey checks
 * what the page shows, what the ledger holds, and what the journal says the merchant sent.
 */
class ReferenceMerchantJourneyIT extends MerchantBrowserIT {
  private static final long DAY = 24L * 60 * 60;
  private static final Tenant TENANT = Tenant.defaultTenant();

  @Test
  void aPcPurchaseInThePopupIsConfirmedByTheServerBeforeTheOrderPage() {
    String shop = shop();

    OrderPage order = purchase(Device.PC, shop, ONE_BOOK);
    // Read at once: whatever the journal holds now happened before the buyer saw the order page.
    JournalView beforeOrderPage = journal();

    assertThat(order.status()).isEqualTo("paid");
    assertThat(order.message()).isEqualTo("주문이 완료되었습니다.");
    Payment payment = onlyPayment(order.merchantUid());
    assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(payment.amount()).isEqualTo(ONE_BOOK_PRICE);
    assertThat(payment.channel()).isEqualTo("pc");
    JournalEntry call = beforeOrderPage.lastRequestPay();
    assertThat(call.detail().path("mode").asText()).isEqualTo("popup");
    assertThat(call.detail().path("has_callback").asBoolean()).isTrue();
    assertThat(call.param("merchant_uid").asText()).isEqualTo(order.merchantUid());
    assertThat(beforeOrderPage.lookups(payment.impUid()))
        .anySatisfy(lookup -> assertThat(lookup.status()).isEqualTo(200));
    // The prepare call registered the amount before the window opened (NP-AMT-4).
    assertThat(beforeOrderPage.onlyRest("POST", "/payments/prepare").param("amount").asLong())
        .isEqualTo(ONE_BOOK_PRICE);
    // One lookup to confirm, one when the webhook came: the control for no-server-verification.
    assertThat(journalOnceNotified(payment.impUid()).lookups(payment.impUid())).hasSize(2);
  }

  @Test
  void aMobilePurchaseInRedirectModeIsConfirmedByTheServerBeforeTheOrderPage() {
    String shop = shop();

    OrderPage order = purchase(Device.MOBILE, shop, ONE_BOOK);
    JournalView beforeOrderPage = journal();

    assertThat(order.status()).isEqualTo("paid");
    Payment payment = onlyPayment(order.merchantUid());
    assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(payment.amount()).isEqualTo(ONE_BOOK_PRICE);
    assertThat(payment.channel()).isEqualTo("mobile");
    JournalEntry call = beforeOrderPage.lastRequestPay();
    assertThat(call.detail().path("mode").asText()).isEqualTo("redirect");
    assertThat(call.param("m_redirect_url").asText()).isEqualTo(shop + "/payments/complete");
    assertThat(beforeOrderPage.lookups(payment.impUid()))
        .anySatisfy(lookup -> assertThat(lookup.status()).isEqualTo(200));
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(Device.PC, "limit_exceeded"),
        Arguments.of(Device.PC, "cancel"),
        Arguments.of(Device.MOBILE, "limit_exceeded"),
        Arguments.of(Device.MOBILE, "cancel"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("failures")
  void aFailureIsShownExactlyAsNaverSentIt(Device device, String outcome) {
    String shop = shop();
    CheckoutPage checkout = CheckoutPage.pay(browser(device), shop, ONE_BOOK);
    NaverPayWindowPage window = device == Device.PC ? checkout.popup() : checkout.redirected();
    NaverPayFailure failure;
    if (outcome.equals("cancel")) {
      window.cancel();
      failure = NaverPayFailure.USER_CANCEL;
    } else {
      window.fail(outcome);
      failure = NaverPayFailure.fromOutcomeName(outcome).orElseThrow();
    }

    String shown = checkout.result();

    assertThat(collapsed(shown)).isEqualTo(collapsed(failure.message(TENANT)));
    // Put in as text: nothing in the message became an element.
    assertThat(checkout.resultChildTags()).isEmpty();
    String merchantUid = journal().lastRequestPay().param("merchant_uid").asText();
    assertThat(onlyPayment(merchantUid).status()).isEqualTo(PaymentStatus.FAILED);
  }

  @Test
  void anOrderUnderTheMinimumIsStoppedBeforeTheWindowWithTheMinimumNamed() {
    String shop = shop();
    CheckoutPage checkout = CheckoutPage.pay(pc(), shop, UNDER_MINIMUM);

    String shown = checkout.result();

    assertThat(shown).isEqualTo("네이버페이 최소 결제 금액은 100원입니다.");
    assertThat(journal().requestPays()).isEmpty();
    assertThat(pc().getWindowHandles()).hasSize(1);
  }

  @Test
  void aTamperedAmountIsRefusedAndThePaymentCancelled() {
    String shop = shop();
    arm(ArmOutcome.approve().reportingPaid(100));
    CheckoutPage checkout = CheckoutPage.pay(pc(), shop, ONE_BOOK);
    checkout.popup().approve();

    String shown = checkout.result();

    assertThat(shown).isEqualTo("결제 금액이 주문 금액과 달라 결제를 취소했습니다. 다시 주문해주세요.");
    String merchantUid = journal().lastRequestPay().param("merchant_uid").asText();
    Payment payment = onlyPayment(merchantUid);
    assertThat(payment.amount()).isEqualTo(100);
    assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
    assertThat(payment.cancelReason()).isNotBlank();
    JournalEntry cancel = journal().onlyRest("POST", "/payments/cancel");
    assertThat(cancel.param("imp_uid").asText()).isEqualTo(payment.impUid());
    assertThat(cancel.param("reason").asText()).isNotBlank();
    assertThat(MyOrdersPage.open(pc(), shop).status(merchantUid)).isEqualTo("결제 실패");
  }

  @Test
  void theBuyerCancelsFromTheirOrdersAsTheCustomer() {
    String shop = shop();
    String merchantUid = purchase(Device.PC, shop, ONE_BOOK).merchantUid();

    MyOrdersPage orders = MyOrdersPage.open(pc(), shop).cancel(merchantUid);

    assertThat(orders.notice()).contains("14,000원 취소되었습니다.");
    assertThat(orders.status(merchantUid)).isEqualTo("취소 완료");
    assertThat(orders.offers(merchantUid, "buyer-cancel")).isFalse();
    Payment payment = onlyPayment(merchantUid);
    JournalEntry cancel = journal().onlyRest("POST", "/payments/cancel");
    assertThat(cancel.param("imp_uid").asText()).isEqualTo(payment.impUid());
    assertThat(cancel.param("reason").asText()).isNotBlank();
    assertThat(cancel.param("extra", "requester").asText()).isEqualTo("customer");
    assertThat(cancel.params().has("amount")).isFalse();
    assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
    assertThat(payment.cancelAmount()).isEqualTo(ONE_BOOK_PRICE);
    assertThat(payment.cancelHistory())
        .extracting(CancelEntry::requester)
        .containsExactly("customer");
  }

  @Test
  void theBackOfficeCancelsPartOfAnOrderQuotingTheBalance() {
    String shop = shop();
    String merchantUid = purchase(Device.PC, shop, ONE_BOOK).merchantUid();

    BackOfficePage office = BackOfficePage.open(pc(), shop).partialCancel(merchantUid, 5000);
    String firstNotice = office.notice().orElseThrow();
    BackOfficePage again = office.partialCancel(merchantUid, 4000);

    assertThat(firstNotice).isEqualTo("5,000원 취소되었습니다.");
    // The notice tells what this cancel refunded, not the running total.
    assertThat(again.notice()).contains("4,000원 취소되었습니다.");
    assertThat(again.status(merchantUid)).isEqualTo("부분 취소");
    assertThat(again.balance(merchantUid)).isEqualTo("5,000원");
    List<JournalEntry> cancels = journal().rest("POST", "/payments/cancel");
    assertThat(cancels).hasSize(2);
    // Each partial cancel quotes what was cancellable just before it.
    assertThat(cancels.get(0).param("amount").asLong()).isEqualTo(5000);
    assertThat(cancels.get(0).param("checksum").asLong()).isEqualTo(14000);
    assertThat(cancels.get(1).param("amount").asLong()).isEqualTo(4000);
    assertThat(cancels.get(1).param("checksum").asLong()).isEqualTo(9000);
    assertThat(cancels)
        .allSatisfy(
            cancel -> {
              assertThat(cancel.param("reason").asText()).isNotBlank();
              assertThat(cancel.param("extra", "requester").asText()).isEqualTo("admin");
              assertThat(cancel.code()).isZero();
            });
    Payment payment = onlyPayment(merchantUid);
    assertThat(payment.cancelAmount()).isEqualTo(9000);
    assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
  }

  @Test
  void aSubscriptionChargesAgainRunsItsScheduleAsTheClockAdvancesAndDeletesItsKeyOnCancel() {
    String shop = shop();
    SubscriptionPage signUp = SubscriptionPage.open(pc(), shop);
    signUp.press();
    signUp.popup().approve();

    SubscriptionStatusPage status = signUp.statusPage();

    String customerUid = status.customerUid();
    assertThat(status.status()).isEqualTo("active");
    assertThat(ledger().billingKey(customerUid)).isPresent();
    List<String> charges = List.copyOf(status.charges().keySet());
    assertThat(charges).hasSize(2);
    String first = charges.get(0);
    String second = charges.get(1);
    assertThat(status.charges()).containsEntry(first, "paid").containsEntry(second, "scheduled");
    JournalEntry again = journal().onlyRest("POST", "/subscribe/payments/again");
    assertThat(again.param("customer_uid").asText()).isEqualTo(customerUid);
    assertThat(again.param("merchant_uid").asText()).isEqualTo(first);
    assertThat(again.param("amount").isNumber()).isTrue();
    Payment firstCharge = onlyPayment(first);
    assertThat(firstCharge.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(firstCharge.customerUid()).isEqualTo(customerUid);
    Schedule booked = ledger().schedule(second).orElseThrow();
    assertThat(booked.status()).isEqualTo(ScheduleStatus.SCHEDULED);
    assertThat(booked.scheduleAt()).isEqualTo(firstCharge.paidAt() + 30 * DAY);

    ScheduleRunner.Moved moved = advanceClock(31 * DAY);

    assertThat(moved.ran()).extracting(ScheduleRunner.Run::merchantUid).contains(second);
    assertThat(onlyPayment(second).status()).isEqualTo(PaymentStatus.PAID);
    assertThat(onlyPayment(second).amount()).isEqualTo(9900);
    assertThat(status.reload().charges()).containsEntry(second, "paid");

    SubscriptionStatusPage cancelled = status.unsubscribe();

    assertThat(cancelled.status()).isEqualTo("cancelled");
    assertThat(cancelled.offersUnsubscribe()).isFalse();
    JournalEntry delete = journal().onlyRest("DELETE", "/subscribe/customers/" + customerUid);
    assertThat(delete.param("reason").asText()).isNotBlank();
    assertThat(delete.param("extra", "requester").asText()).isEqualTo("customer");
    assertThat(delete.code()).isZero();
    assertThat(ledger().billingKey(customerUid)).isEmpty();
  }
}
