package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class ResultMessageMatchesOutcomeTest {
  private final ResultMessageMatchesOutcome rule = new ResultMessageMatchesOutcome();

  @Test
  void passesWhenSuccessIsShownForASuccess() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .lookedUp()
            .buyerSaw("주문이 완료되었습니다.", "결제 금액 12,000원")
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-ERR-3");
  }

  @Test
  void warnsWhenSuccessIsShownForAFailure() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .buyerCancelled()
            .buyerSaw(Scenario.CANCEL_MESSAGE, "결제가 완료되었습니다.")
            .judgedBy(rule);

    assertThat(finding).warned().hasDetail("outcome", "failed");
  }

  @Test
  void warnsWhenTheShopsSuccessMarkIsShownForAFailure() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .buyerCancelled()
            .buyerSaw(Scenario.CANCEL_MESSAGE)
            .successMark("주문이 접수되었습니다")
            .judgedBy(rule);

    assertThat(finding).warned().hasDetail("outcome", "failed");
  }

  @Test
  void warnsWhenAFailureIsShownForASuccess() {
    var finding =
        Scenario.pc().requestPay(payment()).approved().buyerSaw("결제에 실패하였습니다.").judgedBy(rule);

    assertThat(finding).warned();
  }

  @Test
  void skipsAFailureMessageTheServersLookupLedTo() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .lookedUp()
            .buyerSaw("결제가 완료되지 않았습니다.")
            .judgedBy(rule);

    assertThat(finding).skipped().because("lookup");
  }

  @Test
  void warnsAFailureMessageForAPaymentTheWebhookConfirmed() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .lookedUp()
            .webhookAnswered()
            .lookedUp()
            .buyerSaw("결제가 완료되지 않았습니다.")
            .judgedBy(rule);

    assertThat(finding).warned();
  }

  @Test
  void treatsAPaymentTheMerchantCancelledAsFailed() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approvedFor(100)
            .lookedUp()
            .cancel(json("{imp_uid: 'imp_101', reason: '금액 불일치', extra: {requester: 'admin'}}"))
            .buyerSaw("결제 금액이 주문 금액과 달라 결제를 취소했습니다.")
            .judgedBy(rule);

    assertThat(finding).passed().hasDetail("outcome", "was cancelled by the merchant");
  }

  @Test
  void skipsAPaymentTheBuyerCancelledLater() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .lookedUp()
            .cancel(json("{imp_uid: 'imp_101', reason: 'r', extra: {requester: 'customer'}}"))
            .buyerSaw("12,000원 취소되었습니다.", "다른 주문 결제 완료")
            .judgedBy(rule);

    assertThat(finding).skipped().because("cancelled afterwards");
  }

  @Test
  void skipsWhenNoPaymentEnded() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).skipped();
  }
}
