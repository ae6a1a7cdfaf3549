package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class PartialCancelCarriesChecksumTest {
  private final PartialCancelCarriesChecksum rule = new PartialCancelCarriesChecksum();

  private static Scenario paid() {
    return Scenario.pc().requestPay(payment()).approved();
  }

  @Test
  void passesTheBalanceAsChecksum() {
    var finding =
        paid()
            .cancel(json("{imp_uid: 'imp_101', amount: 2000, checksum: 12000, reason: 'r'}"))
            .cancel(json("{imp_uid: 'imp_101', amount: 3000, checksum: 10000, reason: 'r'}"))
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-CXL-4").hasDetail("cancellable_balance", 10000L);
  }

  @Test
  void warnsAMissingOrStaleChecksum() {
    assertThat(
            paid().cancel(json("{imp_uid: 'imp_101', amount: 2000, reason: 'r'}")).judgedBy(rule))
        .warned()
        .hasDetail("params.checksum", "{value=null, type=absent}");
    assertThat(
            paid()
                .cancel(json("{imp_uid: 'imp_101', amount: 2000, checksum: 12000}"))
                .cancel(json("{imp_uid: 'imp_101', amount: 3000, checksum: 12000}"))
                .judgedBy(rule))
        .warned();
  }

  @Test
  void skipsAFullCancelAndSaysWhenPartialCancelsAreNotOffered() {
    assertThat(paid().cancel(json("{imp_uid: 'imp_101', reason: 'r'}")).judgedBy(rule))
        .skipped()
        .because("no partial cancel");
    assertThat(Scenario.pc().capabilities().judgedBy(rule))
        .skipped()
        .because("capability partial_cancel is off");
  }
}
