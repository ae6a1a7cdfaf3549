package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class CancelCarriesRequesterTest {
  private final CancelCarriesRequester rule = new CancelCarriesRequester();

  @Test
  void passesJsonAndBracketForms() {
    assertThat(
            Scenario.pc()
                .cancel(json("{imp_uid: 'imp_1', reason: 'r', extra: {requester: 'customer'}}"))
                .judgedBy(rule))
        .passed()
        .citing("NP-CXL-2");
    assertThat(
            Scenario.pc()
                .cancel(json("{imp_uid: 'imp_1', reason: 'r', 'extra[requester]': 'admin'}"))
                .judgedBy(rule))
        .passed();
  }

  @Test
  void failsAMissingOrUnknownRequester() {
    assertThat(Scenario.pc().cancel(json("{imp_uid: 'imp_1', reason: 'r'}")).judgedBy(rule))
        .failed()
        .hasDetail("params.extra");
    assertThat(
            Scenario.pc()
                .cancel(json("{imp_uid: 'imp_1', reason: 'r', extra: {requester: 'buyer'}}"))
                .judgedBy(rule))
        .failed();
  }

  @Test
  void skipsWithoutACancel() {
    assertThat(Scenario.pc().judgedBy(rule)).skipped();
  }
}
