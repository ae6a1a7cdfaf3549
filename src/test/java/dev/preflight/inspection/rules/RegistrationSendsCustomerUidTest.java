package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.registration;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class RegistrationSendsCustomerUidTest {
  private final RegistrationSendsCustomerUid rule = new RegistrationSendsCustomerUid();

  @Test
  void passesARegistrationWithCustomerUid() {
    assertThat(Scenario.pc().requestPay(registration()).judgedBy(rule)).passed().citing("NP-SUB-1");
  }

  @Test
  void failsARegistrationWithoutCustomerUid() {
    var params = registration();
    params.remove("customer_uid");

    assertThat(Scenario.pc().requestPay(params).judgedBy(rule))
        .failed()
        .hasDetail("params.customer_uid");
  }

  @Test
  void skipsWithoutRegistrationAndNamesAMissingCapability() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule))
        .skipped()
        .because("no billing-key registration");
    assertThat(Scenario.pc().capabilities().requestPay(payment()).judgedBy(rule))
        .skipped()
        .because("does not offer subscriptions");
  }
}
