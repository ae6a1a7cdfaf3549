package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** RES-1, RES-2 and RES-3: what the merchant does when the gateway fails it. */
class ResilienceRulesTest {
  private static final String CONFIRMING = "결제 확인이 지연되고 있습니다. 확인되는 대로 주문을 처리합니다.";

  @Nested
  class LookupFailure {
    private final LookupFailureNotTakenForPayment rule = new LookupFailureNotTakenForPayment();

    private Scenario approvedButUnconfirmed() {
      return Scenario.pc().requestPay(payment()).approved().lookupFailed("payment-lookup-500");
    }

    /** An order list shows "결제완료" beside earlier orders: that says nothing of this payment. */
    @Test
    void passesAnOrderListWhoseEarlierOrdersArePaid() {
      Scenario scenario = Scenario.pc().requestPay(payment().put("merchant_uid", "DW20261206001"));
      scenario.approved().nextScenario();
      var finding =
          scenario
              .requestPay(payment().put("merchant_uid", "DW20261206002"))
              .approved()
              .lookupFailed("payment-lookup-500")
              .buyerSaw(
                  "주문내역 DW20261206002 18,000원 결제확인중 DW20261206001 51,000원 결제완료",
                  "DW20261206002 18,000원 결제확인중",
                  "DW20261206001 51,000원 결제완료",
                  "결제완료")
              .judgedBy(rule);

      assertThat(finding).passed();
    }

    @Test
    void passesAShopThatWaitsAndSaysSo() {
      assertThat(approvedButUnconfirmed().buyerSaw(CONFIRMING).judgedBy(rule))
          .passed()
          .citing("RES-1");
    }

    @Test
    void failsAShopThatConfirmsTheOrderAnyway() {
      assertThat(approvedButUnconfirmed().buyerSaw("주문이 완료되었습니다.").judgedBy(rule))
          .failed()
          .hasDetail("fault", "payment-lookup-500");
    }

    @Test
    void failsAShopThatTellsTheBuyerThePaymentFailed() {
      assertThat(approvedButUnconfirmed().buyerSaw("결제에 실패했습니다.").judgedBy(rule)).failed();
    }

    @Test
    void passesAConfirmationOnceALaterLookupAnswered() {
      assertThat(approvedButUnconfirmed().lookedUp().buyerSaw("주문이 완료되었습니다.").judgedBy(rule))
          .passed();
    }

    @Test
    void skipsWhenNoLookupFailed() {
      assertThat(
              Scenario.pc()
                  .requestPay(payment())
                  .approved()
                  .lookedUp()
                  .buyerSaw("주문이 완료되었습니다.")
                  .judgedBy(rule))
          .skipped();
    }
  }

  @Nested
  class FailedCancel {
    private final FailedCancelNotReportedAsDone rule = new FailedCancelNotReportedAsDone();

    private Scenario cancelFailed() {
      return Scenario.pc()
          .requestPay(payment())
          .approved()
          .lookedUp()
          .fault("POST", "/payments/cancel", "cancel-500");
    }

    @Test
    void passesAShopThatSaysTheCancelDidNotGoThrough() {
      assertThat(
              cancelFailed().buyerSaw("취소하지 못했습니다: Internal Server Error", "취소 완료").judgedBy(rule))
          .passed();
    }

    @Test
    void failsAShopThatReportsTheCancelAsDone() {
      assertThat(cancelFailed().buyerSaw("14,000원 취소되었습니다.").judgedBy(rule)).failed();
    }

    @Test
    void judgesARefusalLikeAFault() {
      Scenario refused =
          Scenario.pc()
              .requestPay(payment())
              .approved()
              .restRefused("POST", "/payments/cancel", json("{imp_uid: 'imp_1', reason: '변심'}"), 1);

      assertThat(refused.buyerSaw("14,000원 취소되었습니다.").judgedBy(rule)).failed();
    }

    @Test
    void skipsWhenNoCancelFailed() {
      assertThat(
              Scenario.pc()
                  .requestPay(payment())
                  .approved()
                  .cancel(json("{imp_uid: 'imp_1', reason: '변심'}"))
                  .buyerSaw("14,000원 취소되었습니다.")
                  .judgedBy(rule))
          .skipped();
    }
  }

  @Nested
  class FailedScheduledCharge {
    private final FailedScheduledChargeVisible rule = new FailedScheduledChargeVisible();

    private Scenario chargeFailed() {
      return Scenario.pc().scheduledChargeFailed("sub-1", "sub-1-2026-12", "한도초과");
    }

    @Test
    void passesAPageThatShowsTheFailure() {
      assertThat(chargeFailed().buyerSaw("정기결제에 실패했습니다 (sub-1-2026-12): 한도초과").judgedBy(rule))
          .passed()
          .citing("RES-3");
    }

    @Test
    void warnsWhenThePageSaysNothingOfIt() {
      assertThat(chargeFailed().buyerSaw("구독 중입니다.", "다음 결제일: 2027-01-22").judgedBy(rule)).warned();
    }

    @Test
    void skipsWhenNoScheduledChargeFailed() {
      assertThat(Scenario.pc().buyerSaw("구독 중입니다.").judgedBy(rule)).skipped();
    }
  }
}
