package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.registration;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class NameIsFirstProductNameTest {
  private final NameIsFirstProductName rule = new NameIsFirstProductName();

  @Test
  void passesTheFirstProductsName() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).passed().citing("NP-PRD-3");
  }

  @Test
  void warnsOnACountSuffix() {
    assertThat(Scenario.pc().requestPay(payment().put("name", "달빛 서점 외 2건")).judgedBy(rule))
        .warned()
        .because("suffix");
    assertThat(Scenario.pc().requestPay(payment().put("name", "Moon and 3 others")).judgedBy(rule))
        .warned();
  }

  @Test
  void warnsOnAnotherName() {
    assertThat(Scenario.pc().requestPay(payment().put("name", "장바구니")).judgedBy(rule))
        .warned()
        .hasDetail("naverProducts[0].name", "달빛 서점");
  }

  @Test
  void skipsWithoutNaverProductsToCompareWith() {
    com.fasterxml.jackson.databind.node.ObjectNode bare = payment();
    bare.remove("naverProducts");
    assertThat(Scenario.pc().requestPay(bare).judgedBy(rule)).skipped().because("NP-PRD-1");
    com.fasterxml.jackson.databind.node.ObjectNode suffixed = payment();
    suffixed.remove("naverProducts");
    suffixed.put("name", "달빛 서점 외 2건");
    assertThat(Scenario.pc().requestPay(suffixed).judgedBy(rule)).warned().because("suffix");
  }

  @Test
  void skipsWithoutAGeneralPayment() {
    assertThat(Scenario.pc().requestPay(registration()).judgedBy(rule)).skipped();
  }
}
