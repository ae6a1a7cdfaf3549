package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.redirectPayment;

import dev.preflight.inspection.HarnessAction;
import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class UnderMinimumAmountHandledTest {
  private final UnderMinimumAmountHandled rule = new UnderMinimumAmountHandled();

  @Test
  void passesWhenTheShopStopsTheOrderNamingTheMinimum() {
    var finding = Scenario.pc().buyerSaw("네이버페이 최소 결제 금액은 100원입니다.").judgedBy(rule);

    assertThat(finding).passed().citing("NP-AMT-1");
  }

  @Test
  void passesAPayControlDisabledBesideAMessageNamingTheMinimum() {
    var finding =
        Scenario.pc()
            .harnessDid(HarnessAction.Kind.PAY, HarnessAction.UNDER_MINIMUM)
            .harnessDid(HarnessAction.Kind.PAY_BLOCKED, "#pay")
            .buyerSaw("최소 결제 금액은 100원입니다")
            .judgedBy(rule);

    assertThat(finding).passed().hasDetail("stopped", "the pay control stayed disabled");
  }

  @Test
  void failsAPayControlDisabledInSilence() {
    var finding =
        Scenario.pc()
            .harnessDid(HarnessAction.Kind.PAY, HarnessAction.UNDER_MINIMUM)
            .harnessDid(HarnessAction.Kind.PAY_BLOCKED, "#pay")
            .buyerSaw("장바구니", "합계 50원")
            .judgedBy(rule);

    assertThat(finding).failed();
  }

  @Test
  void failsACartUnderTheMinimumThatNothingComesOf() {
    var finding =
        Scenario.pc()
            .harnessDid(HarnessAction.Kind.PAY, HarnessAction.UNDER_MINIMUM)
            .buyerSaw("합계 50원")
            .judgedBy(rule);

    assertThat(finding).failed().hasDetail("stopped", "request_pay was never called");
  }

  @Test
  void skipsAnOrderThatWasNotUnderTheMinimumOnTheSite() {
    var finding =
        Scenario.pc()
            .harnessDid(HarnessAction.Kind.PAY, HarnessAction.UNDER_MINIMUM)
            .requestPay(payment().put("amount", 3050))
            .approved()
            .judgedBy(rule);

    assertThat(finding).skipped().because("fix under_minimum");
  }

  @Test
  void passesWhenTheWindowRefusalIsShownVerbatim() {
    var finding =
        Scenario.mobile()
            .requestPay(redirectPayment().put("amount", 50))
            .failed("under_minimum", "UnderMinimumAmount", "최소 결제 금액(100원) 미만입니다.")
            .buyerSaw("최소 결제 금액(100원) 미만입니다.")
            .judgedBy(rule);

    assertThat(finding).passed();
  }

  @Test
  void failsWhenTheRefusalIsReplacedByTheShopsWords() {
    var finding =
        Scenario.pc()
            .requestPay(payment().put("amount", 50))
            .failed("under_minimum", "UnderMinimumAmount", "최소 결제 금액(100원) 미만입니다.")
            .buyerSaw("결제할 수 없는 주문입니다. 고객센터에 문의해주세요.")
            .judgedBy(rule);

    assertThat(finding).failed().hasDetail("minimum", 100L).hasDetail("params.amount");
  }

  @Test
  void failsWhenAPaymentBelowTheMinimumIsApproved() {
    var finding =
        Scenario.pc()
            .minimum(1000)
            .requestPay(payment().put("amount", 500))
            .approved()
            .judgedBy(rule);

    assertThat(finding).failed().because("approved");
  }

  @Test
  void skipsWhenNoSmallOrderWasTried() {
    var finding =
        Scenario.pc().requestPay(payment()).approved().buyerSaw("주문이 완료되었습니다.").judgedBy(rule);

    assertThat(finding).skipped().because("100원");
  }
}
