package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class OptionalProductFieldsWellFormedTest {
  private final OptionalProductFieldsWellFormed rule = new OptionalProductFieldsWellFormed();

  private static com.fasterxml.jackson.databind.node.ObjectNode withItem(String item) {
    return Scenario.paymentWithItems(item);
  }

  @Test
  void passesWellFormedFields() {
    var params =
        withItem(
            "{categoryType: 'PLAY', categoryId: 'TICKET', uid: 'P1', name: '공연', count: 1,"
                + " sellerId: 'seller01', payReferrer: 'NAVER_SHOPPING',"
                + " startDate: '20250201', endDate: '20250202'}");

    assertThat(Scenario.pc().requestPay(params).judgedBy(rule)).passed().citing("NP-PRD-4");
  }

  @Test
  void warnsOnMalformedFields() {
    var params =
        withItem(
            "{categoryType: 'PLAY', categoryId: 'TICKET', uid: 'P1', name: '공연', count: 1,"
                + " sellerId: 'seller-01', payReferrer: 'GOOGLE', startDate: '2025-02-01'}");

    assertThat(Scenario.pc().requestPay(params).judgedBy(rule)).warned().hasDetail("problems");
  }

  @Test
  void warnsOnDatesForABook() {
    var params =
        withItem(
            "{categoryType: 'BOOK', categoryId: 'GENERAL', uid: 'B', name: '책', count: 1,"
                + " startDate: '20250201'}");

    assertThat(Scenario.pc().requestPay(params).judgedBy(rule)).warned();
  }

  @Test
  void skipsWhenNoOptionalFieldIsSent() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).skipped();
  }
}
