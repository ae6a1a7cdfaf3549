package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.registration;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class RegistrationSendsFixedProductCodeTest {
  private final RegistrationSendsFixedProductCode rule = new RegistrationSendsFixedProductCode();

  @Test
  void passesTheSameCodeForTheSameProduct() {
    var finding =
        Scenario.pc()
            .requestPay(registration())
            .approved()
            .nextScenario()
            .requestPay(
                registration().put("customer_uid", "customer-2").put("merchant_uid", "subscribe-2"))
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-SUB-3");
  }

  @Test
  void warnsWithoutACode() {
    var params = registration();
    params.remove("naverProductCode");

    assertThat(Scenario.pc().requestPay(params).judgedBy(rule)).warned().because("without");
  }

  @Test
  void warnsWhenTheCodeChangesForTheSameProduct() {
    var finding =
        Scenario.pc()
            .requestPay(registration())
            .nextScenario()
            .requestPay(registration().put("naverProductCode", "random_1a2b"))
            .judgedBy(rule);

    assertThat(finding).warned().hasDetail("earlier_naverProductCode", "MONTHLY-BOOK");
  }

  @Test
  void skipsWithoutRegistration() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).skipped();
  }
}
