package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.redirectPayment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class ErrorMessageShownVerbatimTest {
  private final ErrorMessageShownVerbatim rule = new ErrorMessageShownVerbatim();

  @Test
  void passesWhenTheCancelMessageIsShownAsSentWhitespaceAside() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .buyerCancelled()
            .buyerSaw("  결제를 취소하셨습니다.\n 주문 내용 확인 후 다시 결제해주세요. ")
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-ERR-1");
  }

  @Test
  void passesAMessageShownOnlyInAToastThatIsGoneByTheEnd() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .buyerCancelled()
            .glimpsed("결제를 취소하셨습니다. 주문 내용 확인 후 다시 결제해주세요.")
            .buyerSaw("장바구니", "합계 14,000원")
            .judgedBy(rule);

    assertThat(finding).passed();
  }

  @Test
  void failsAMessageReplacedAMomentLaterByTheShopsOwnWords() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .buyerCancelled()
            .glimpsed("결제를 취소하셨습니다. 주문 내용 확인 후 다시 결제해주세요.")
            .glimpsed("결제에 실패했습니다")
            .buyerSaw("결제에 실패했습니다", "합계 14,000원")
            .judgedBy(rule);

    assertThat(finding).failed().hasDetail("replaced_by");
  }

  @Test
  void passesWhenTheMessageIsAnAlert() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .failed("insufficient_balance", "NotEnoughAccountBalance", "잔액이 부족합니다.")
            .alerted("잔액이 부족합니다.")
            .judgedBy(rule);

    assertThat(finding).passed();
  }

  @Test
  void failsWhenTheMessageIsPrefixed() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .buyerCancelled()
            .buyerSaw("결제에 실패하였습니다. 실패 사유: " + Scenario.CANCEL_MESSAGE)
            .judgedBy(rule);

    assertThat(finding)
        .failed()
        .citing("NP-ERR-1")
        .hasDetail("error_msg", Scenario.CANCEL_MESSAGE)
        .hasDetail("shown")
        .citesJournal(1L, 2L);
  }

  @Test
  void failsWhenTheMessageIsReplaced() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .failed("limit_exceeded", "ExceedLimit", "결제 한도를 초과하였습니다.")
            .buyerSaw("결제가 정상적으로 처리되지 않았습니다. 다시 시도해주세요.")
            .judgedBy(rule);

    assertThat(finding).failed();
  }

  @Test
  void judgesAPreValidationRefusalHandedToTheCallback() {
    var finding =
        Scenario.pc()
            .requestPay(payment().put("amount", "12000"))
            .refused("AMOUNT_NOT_NUMBER", "amount는 숫자여야 합니다.")
            .buyerSaw("amount는 숫자여야 합니다.")
            .judgedBy(rule);

    assertThat(finding).passed();
  }

  @Test
  void skipsTheRedirectPathAndAnUnderMinimumRefusal() {
    assertThat(
            Scenario.mobile()
                .requestPay(redirectPayment())
                .buyerCancelled()
                .buyerSaw("다른 문구")
                .judgedBy(rule))
        .skipped()
        .because("NP-ERR-2");
    assertThat(
            Scenario.pc()
                .requestPay(payment().put("amount", 50))
                .failed("under_minimum", "UnderMinimumAmount", "최소 결제 금액(100원) 미만입니다.")
                .buyerSaw("결제할 수 없는 주문입니다.")
                .judgedBy(rule))
        .skipped()
        .because("NP-AMT-1");
  }

  @Test
  void skipsWhenThePaymentSucceededOrTheResultHadNowhereToGo() {
    assertThat(Scenario.pc().requestPay(payment()).approved().judgedBy(rule)).skipped();
    assertThat(
            Scenario.pc().requestPay(payment()).withoutCallback().buyerCancelled().judgedBy(rule))
        .skipped()
        .because("nowhere");
  }
}
