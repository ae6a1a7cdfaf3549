package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.redirectPayment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class PopupModeHasCallbackTest {
  private final PopupModeHasCallback rule = new PopupModeHasCallback();

  @Test
  void passesAPopupWithACallback() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).passed().citing("NP-MODE-1");
  }

  @Test
  void failsAPopupWithoutACallback() {
    assertThat(Scenario.pc().requestPay(payment()).withoutCallback().judgedBy(rule))
        .failed()
        .hasDetail("has_callback", false);
  }

  @Test
  void skipsRedirectMode() {
    assertThat(Scenario.mobile().requestPay(redirectPayment()).judgedBy(rule)).skipped();
  }
}
