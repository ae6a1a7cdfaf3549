package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class CancelCarriesReasonTest {
  private final CancelCarriesReason rule = new CancelCarriesReason();

  @Test
  void passesAReason() {
    var finding =
        Scenario.pc()
            .cancel(json("{imp_uid: 'imp_1', reason: '구매자 요청', extra: {requester: 'customer'}}"))
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-CXL-1");
  }

  @Test
  void failsAMissingOrBlankReason() {
    assertThat(Scenario.pc().cancel(json("{imp_uid: 'imp_1'}")).judgedBy(rule))
        .failed()
        .hasDetail("params.reason", "{value=null, type=absent}");
    assertThat(Scenario.pc().cancel(json("{imp_uid: 'imp_1', reason: ' '}")).judgedBy(rule))
        .failed();
  }

  @Test
  void skipsWithoutACancel() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).skipped();
  }
}
