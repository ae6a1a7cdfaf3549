package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class NaverProductItemsCompleteTest {
  private final NaverProductItemsComplete rule = new NaverProductItemsComplete();

  @Test
  void passesCompleteItems() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).passed().citing("NP-PRD-2");
  }

  @Test
  void failsItemsWithoutCategories() {
    var params = Scenario.paymentWithItems("{uid: 'BOOK-1', name: '달빛 서점', count: 2}");

    assertThat(Scenario.pc().requestPay(params).judgedBy(rule))
        .failed()
        .hasDetail("problems")
        .because("incomplete");
  }

  @Test
  void failsADisallowedPairAndAStringCount() {
    var params =
        Scenario.paymentWithItems(
            "{categoryType: 'BOOK', categoryId: 'CD', uid: 'B', name: 'n', count: '2'}");

    assertThat(Scenario.pc().requestPay(params).judgedBy(rule)).failed();
  }

  @Test
  void skipsWhenNoItemWasSent() {
    var params = payment();
    params.remove("naverProducts");
    assertThat(Scenario.pc().requestPay(params).judgedBy(rule)).skipped().because("NP-PRD-1");
  }
}
