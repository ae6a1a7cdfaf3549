package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.registration;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class RegistrationSendsBuyerTelTest {
  private final RegistrationSendsBuyerTel rule = new RegistrationSendsBuyerTel();

  @Test
  void passesARegistrationWithBuyerTel() {
    assertThat(Scenario.pc().requestPay(registration()).judgedBy(rule)).passed().citing("NP-SUB-2");
  }

  @Test
  void failsARegistrationWithoutBuyerTel() {
    var params = registration();
    params.remove("buyer_tel");

    assertThat(Scenario.pc().requestPay(params).judgedBy(rule))
        .failed()
        .hasDetail("params.buyer_tel", "{value=null, type=absent}");
  }

  @Test
  void skipsWhenTheMerchantHasNoSubscriptions() {
    assertThat(Scenario.pc().capabilities().judgedBy(rule))
        .skipped()
        .because("capability subscriptions is off");
  }
}
