package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.redirectPayment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class MobileUsesRedirectModeTest {
  private final MobileUsesRedirectMode rule = new MobileUsesRedirectMode();

  @Test
  void passesRedirectOnMobile() {
    assertThat(Scenario.mobile().requestPay(redirectPayment()).judgedBy(rule))
        .passed()
        .citing("NP-MODE-3");
  }

  @Test
  void warnsOnAPopupOnMobile() {
    assertThat(Scenario.mobile().requestPay(payment()).judgedBy(rule)).warned();
  }

  @Test
  void skipsPcAndSaysWhenTheMerchantHasNoMobileCheckout() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule))
        .skipped()
        .because("mobile browser");
    assertThat(Scenario.pc().capabilities().requestPay(payment()).judgedBy(rule))
        .skipped()
        .because("capability mobile is off");
  }
}
