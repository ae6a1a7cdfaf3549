package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.HarnessAction;
import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class CancelRequesterMatchesInitiatorTest {
  private final CancelRequesterMatchesInitiator rule = new CancelRequesterMatchesInitiator();

  @Test
  void passesCustomerFromTheBuyersCancelAndAdminFromTheBackOffices() {
    assertThat(
            Scenario.pc()
                .harnessDid(HarnessAction.Kind.BUYER_CANCEL)
                .cancel(json("{imp_uid: 'imp_1', reason: 'r', extra: {requester: 'customer'}}"))
                .judgedBy(rule))
        .passed()
        .citing("NP-CXL-3");
    assertThat(
            Scenario.pc()
                .harnessDid(HarnessAction.Kind.ADMIN_CANCEL)
                .cancel(json("{imp_uid: 'imp_1', reason: 'r', extra: {requester: 'admin'}}"))
                .judgedBy(rule))
        .passed();
    assertThat(
            Scenario.pc()
                .harnessDid(HarnessAction.Kind.ADMIN_PARTIAL_CANCEL)
                .cancel(json("{imp_uid: 'imp_1', reason: 'r', extra: {requester: 'admin'}}"))
                .judgedBy(rule))
        .passed();
  }

  @Test
  void warnsAdminForTheBuyersCancel() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .harnessDid(HarnessAction.Kind.BUYER_CANCEL)
            .cancel(json("{imp_uid: 'imp_101', reason: 'r', extra: {requester: 'admin'}}"))
            .onPage("https://shop.example/admin/orders")
            .judgedBy(rule);

    assertThat(finding)
        .warned()
        .hasDetail("started_by", "the buyer, from the shop's pages (profile: buyer_cancel)");
  }

  /** The page's address says nothing: a back office under #/admin, or /orders, is the section's. */
  @Test
  void warnsCustomerForTheBackOfficesRefundWhateverThePage() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .harnessDid(HarnessAction.Kind.ADMIN_CANCEL)
            .cancel(json("{imp_uid: 'imp_101', reason: 'r', extra: {requester: 'customer'}}"))
            .onPage("https://shop.example/#/admin")
            .judgedBy(rule);

    assertThat(finding).warned();
  }

  @Test
  void expectsAdminForTheServersOwnCancelOfATamperedPayment() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approvedFor(100)
            .lookedUp()
            .cancel(json("{imp_uid: 'imp_101', reason: '금액 불일치', extra: {requester: 'admin'}}"))
            .onPage("https://shop.example/checkout")
            .judgedBy(rule);

    assertThat(finding).passed();
  }

  @Test
  void skipsWithoutACancelOrARequester() {
    assertThat(Scenario.pc().judgedBy(rule)).skipped();
    assertThat(Scenario.pc().cancel(json("{imp_uid: 'imp_1', reason: 'r'}")).judgedBy(rule))
        .skipped()
        .because("NP-CXL-2");
  }
}
