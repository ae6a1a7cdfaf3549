package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;
import static dev.preflight.inspection.Scenario.registration;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class RecurringChargesUseRegisteredCustomerTest {
  private final RecurringChargesUseRegisteredCustomer rule =
      new RecurringChargesUseRegisteredCustomer();

  private static Scenario registered() {
    return Scenario.pc().requestPay(registration()).approved();
  }

  @Test
  void passesChargesOfTheRegisteredCustomer() {
    var finding =
        registered()
            .rest(
                "POST",
                "/subscribe/payments/again",
                json(
                    "{customer_uid: 'customer-1', merchant_uid: 'customer-1-1', amount: 9900, name: 'n'}"))
            .rest(
                "POST",
                "/subscribe/payments/schedule",
                json(
                    "{customer_uid: 'customer-1', schedules: [{merchant_uid: 'customer-1-2',"
                        + " schedule_at: 1739000000, amount: 9900}]}"))
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-SUB-4");
  }

  /** A JSON body can carry a number, so a string there is the merchant's choice, and a mistake. */
  @Test
  void failsAStringAmountInAJsonBodyEvenWhenEveryValueIsAString() {
    var finding =
        registered()
            .rest(
                "POST",
                "/subscribe/payments/again",
                json(
                    "{customer_uid: 'customer-1', merchant_uid: 'm-1', amount: '19900', name: 'n'}"),
                "json")
            .judgedBy(rule);

    assertThat(finding).failed();
    org.assertj.core.api.Assertions.assertThat(finding.evidence().actual())
        .contains("amount is")
        .contains("19900");
  }

  @Test
  void acceptsDigitsFromABodyTheJournalSaysWasAForm() {
    var finding =
        registered()
            .rest(
                "POST",
                "/subscribe/payments/again",
                json(
                    "{customer_uid: 'customer-1', merchant_uid: 'm-1', amount: '19900', name: 'n'}"),
                "form")
            .judgedBy(rule);

    assertThat(finding).passed();
  }

  @Test
  void failsAChargeThatReusesTheRegistrationsMerchantUid() {
    Scenario scenario = registered();
    String registrationUid = scenario.observe().requestPays().get(0).param("merchant_uid").asText();
    var finding =
        scenario
            .rest(
                "POST",
                "/subscribe/payments/again",
                json("{customer_uid: 'customer-1', amount: 9900, name: 'n'}")
                    .put("merchant_uid", registrationUid),
                "json")
            .judgedBy(rule);

    assertThat(finding).failed();
    org.assertj.core.api.Assertions.assertThat(finding.evidence().actual())
        .contains("was used before");
  }

  @Test
  void acceptsDigitsFromAFormBody() {
    var finding =
        registered()
            .rest(
                "POST",
                "/subscribe/payments/again",
                json("{customer_uid: 'customer-1', merchant_uid: 'm', amount: '9900', name: 'n'}"))
            .judgedBy(rule);

    assertThat(finding).passed();
  }

  @Test
  void failsAnUnknownCustomerAStringAmountInJsonAndAMissingMerchantUid() {
    var finding =
        registered()
            .rest(
                "POST",
                "/subscribe/payments/again",
                json("{customer_uid: 'customer-9', amount: '9900', name: 'n', card_quota: 0}"))
            .judgedBy(rule);

    assertThat(finding).failed().hasDetail("problems").because("malformed");
  }

  @Test
  void skipsWithoutRecurringCharges() {
    assertThat(registered().judgedBy(rule)).skipped().because("no again or schedule");
  }
}
