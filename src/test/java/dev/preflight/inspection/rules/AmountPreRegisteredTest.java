package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.registration;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class AmountPreRegisteredTest {
  private final AmountPreRegistered rule = new AmountPreRegistered();

  @Test
  void passesWhenPreparedBeforeTheWindow() {
    var finding =
        Scenario.pc()
            .rest("POST", "/payments/prepare", json("{merchant_uid: 'order-1', amount: 12000}"))
            .requestPay(payment())
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-AMT-4");
  }

  @Test
  void warnsWhenNotPreparedOrPreparedTooLate() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).warned();
    assertThat(
            Scenario.pc()
                .requestPay(payment())
                .rest("POST", "/payments/prepare", json("{merchant_uid: 'order-1', amount: 12000}"))
                .judgedBy(rule))
        .warned()
        .hasDetail("merchant_uid", "order-1");
  }

  @Test
  void skipsRegistrations() {
    assertThat(Scenario.pc().requestPay(registration()).judgedBy(rule)).skipped();
  }
}
