package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class PgNamesNaverPayTest {
  private final PgNamesNaverPay rule = new PgNamesNaverPay();

  @Test
  void passesNaverpayAndAChannelIdOnAMultiChannelAccount() {
    assertThat(Scenario.pc().channels(2).requestPay(payment()).judgedBy(rule))
        .passed()
        .citing("NP-PG-1");
    assertThat(
            Scenario.pc()
                .channels(2)
                .requestPay(payment().put("pg", "naverpay.np_123"))
                .judgedBy(rule))
        .passed();
  }

  @Test
  void failsAMissingOrOtherPg() {
    var missing = payment();
    missing.remove("pg");
    assertThat(Scenario.pc().channels(3).requestPay(missing).judgedBy(rule))
        .failed()
        .hasDetail("channel_count", 3);
    assertThat(Scenario.pc().channels(2).requestPay(payment().put("pg", "kakaopay")).judgedBy(rule))
        .failed();
  }

  @Test
  void skipsASingleChannelAccount() {
    var missing = payment();
    missing.remove("pg");
    assertThat(Scenario.pc().requestPay(missing).judgedBy(rule)).skipped().because("1 channel");
  }
}
