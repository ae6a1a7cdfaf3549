package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.redirectPayment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class RedirectModeHasAbsoluteRedirectUrlTest {
  private final RedirectModeHasAbsoluteRedirectUrl rule = new RedirectModeHasAbsoluteRedirectUrl();

  @Test
  void passesAnAbsoluteUrl() {
    assertThat(Scenario.mobile().requestPay(redirectPayment()).judgedBy(rule))
        .passed()
        .citing("NP-MODE-2");
  }

  @Test
  void failsAMissingOrRelativeUrl() {
    var missing = redirectPayment();
    missing.remove("m_redirect_url");
    assertThat(Scenario.mobile().requestPay(missing).judgedBy(rule)).failed();
    assertThat(
            Scenario.mobile()
                .requestPay(redirectPayment().put("m_redirect_url", "/payments/complete"))
                .judgedBy(rule))
        .failed()
        .hasDetail("params.m_redirect_url");
  }

  @Test
  void treatsAnAbsentPopupModeAsRedirect() {
    var params = payment();
    params.remove("naverPopupMode");
    assertThat(Scenario.pc().requestPay(params).judgedBy(rule)).failed();
  }

  @Test
  void skipsPopupMode() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).skipped();
  }
}
