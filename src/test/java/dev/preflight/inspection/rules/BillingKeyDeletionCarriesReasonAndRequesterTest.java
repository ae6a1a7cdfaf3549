package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class BillingKeyDeletionCarriesReasonAndRequesterTest {
  private final BillingKeyDeletionCarriesReasonAndRequester rule =
      new BillingKeyDeletionCarriesReasonAndRequester();

  @Test
  void passesReasonAndRequesterInTheQuery() {
    var finding =
        Scenario.pc()
            .rest(
                "DELETE",
                "/subscribe/customers/customer-1",
                json("{reason: '구독 해지', extra: {requester: 'customer'}}"))
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-SUB-6");
  }

  @Test
  void failsWithoutThem() {
    var finding =
        Scenario.pc().rest("DELETE", "/subscribe/customers/customer-1", json("{}")).judgedBy(rule);

    assertThat(finding).failed().hasDetail("params.reason").citesJournal(1L);
  }

  @Test
  void skipsWithoutDeletionAndNamesAMissingCapability() {
    assertThat(Scenario.pc().judgedBy(rule)).skipped().because("no billing-key deletion");
    assertThat(Scenario.pc().capabilities().judgedBy(rule)).skipped().because("subscriptions");
  }
}
