package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.registration;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class NaverProductsSentTest {
  private final NaverProductsSent rule = new NaverProductsSent();

  @Test
  void passesWithProducts() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).passed().citing("NP-PRD-1");
  }

  @Test
  void failsWithoutProductsOrWithAnEmptyArray() {
    var missing = payment();
    missing.remove("naverProducts");
    assertThat(Scenario.pc().requestPay(missing).judgedBy(rule))
        .failed()
        .hasDetail("params.naverProducts", "{value=null, type=absent}");
    var empty = payment();
    empty.putArray("naverProducts");
    assertThat(Scenario.pc().requestPay(empty).judgedBy(rule)).failed();
  }

  @Test
  void skipsRegistrations() {
    assertThat(Scenario.pc().requestPay(registration()).judgedBy(rule)).skipped();
  }
}
