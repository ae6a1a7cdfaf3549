package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.redirectPayment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class FlowCompletesInChosenModeTest {
  private final FlowCompletesInChosenMode rule = new FlowCompletesInChosenMode();

  @Test
  void passesAPopupAnsweredToItsCallbackAndARedirectBack() {
    assertThat(Scenario.pc().requestPay(payment()).approved().judgedBy(rule))
        .passed()
        .citing("NP-MODE-4");
    assertThat(Scenario.mobile().requestPay(redirectPayment()).buyerCancelled().judgedBy(rule))
        .passed();
  }

  @Test
  void failsABlockedPopup() {
    assertThat(Scenario.pc().requestPay(payment()).blocked().judgedBy(rule))
        .failed()
        .hasDetail("choice", "blocked");
  }

  @Test
  void failsAPopupWithoutCallback() {
    assertThat(Scenario.pc().requestPay(payment()).withoutCallback().approved().judgedBy(rule))
        .failed();
  }

  @Test
  void failsRedirectModeWithoutAUrl() {
    var params = redirectPayment();
    params.remove("m_redirect_url");
    var finding =
        Scenario.pc()
            .requestPay(params)
            .refused(
                "MISSING_M_REDIRECT_URL", "naverPopupMode가 true가 아니면 m_redirect_url 파라미터가 필요합니다.")
            .judgedBy(rule);

    assertThat(finding).failed();
  }

  @Test
  void skipsARefusalForAnotherReason() {
    var finding =
        Scenario.pc()
            .requestPay(payment().put("amount", "12000"))
            .refused("AMOUNT_NOT_NUMBER", "amount는 숫자여야 합니다.")
            .judgedBy(rule);

    assertThat(finding).skipped().because("AMOUNT_NOT_NUMBER");
  }
}
