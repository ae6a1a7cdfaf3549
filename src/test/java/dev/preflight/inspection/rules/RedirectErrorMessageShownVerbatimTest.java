package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.redirectPayment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class RedirectErrorMessageShownVerbatimTest {
  private final RedirectErrorMessageShownVerbatim rule = new RedirectErrorMessageShownVerbatim();

  @Test
  void passesWhenTheRedirectPageShowsTheMessage() {
    var finding =
        Scenario.mobile()
            .requestPay(redirectPayment())
            .failed("owner_auth_fail", "OwnerAuthFail", "타인 명의 카드는 결제가 불가능합니다.")
            .onPage("https://shop.example/payments/complete?imp_success=false")
            .buyerSaw("타인 명의 카드는 결제가 불가능합니다.")
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-ERR-2");
  }

  @Test
  void failsWhenTheRedirectPageRewordsIt() {
    var finding =
        Scenario.mobile()
            .requestPay(redirectPayment())
            .buyerCancelled()
            .buyerSaw("결제가 취소되었습니다.")
            .judgedBy(rule);

    assertThat(finding).failed().hasDetail("error_code", "userCancel");
  }

  @Test
  void judgesAPopupWithoutCallbackThatFallsBackToTheRedirectUrl() {
    var finding =
        Scenario.pc()
            .requestPay(payment().put("m_redirect_url", "https://shop.example/done"))
            .withoutCallback()
            .buyerCancelled()
            .buyerSaw("취소")
            .judgedBy(rule);

    assertThat(finding).failed();
  }

  @Test
  void skipsTheCallbackPath() {
    var finding = Scenario.pc().requestPay(payment()).buyerCancelled().buyerSaw("x").judgedBy(rule);

    assertThat(finding).skipped().because("NP-ERR-1");
  }
}
