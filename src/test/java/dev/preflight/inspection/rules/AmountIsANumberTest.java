package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class AmountIsANumberTest {
  private final AmountIsANumber rule = new AmountIsANumber();

  @Test
  void passesANumber() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).passed().citing("NP-AMT-2");
  }

  @Test
  void failsAStringAndSaysItsType() {
    var finding = Scenario.pc().requestPay(payment().put("amount", "12000")).judgedBy(rule);

    assertThat(finding)
        .failed()
        .hasDetail("params.amount", "{value=\"12000\", type=string}")
        .citesJournal(1L);
  }

  @Test
  void failsAFraction() {
    assertThat(Scenario.pc().requestPay(payment().put("amount", 12000.5)).judgedBy(rule)).failed();
  }

  @Test
  void skipsWithoutRequestPay() {
    assertThat(Scenario.pc().judgedBy(rule)).skipped();
  }
}
