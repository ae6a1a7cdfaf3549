package dev.preflight.simulator;

import static dev.preflight.assertions.EnvelopeAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.simulator.iamport.Messages;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CancelApiTest {
  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private String[] auth;
  private String impUid;

  @BeforeEach
  void paidOrder() {
    auth = MerchantRestClient.bearer(sim.client().defaultToken());
    impUid = sim.seedPayment("order-1", 14000, "paid");
  }

  private HttpReply cancel(Object json) {
    return sim.client().postJson("/payments/cancel", json, auth);
  }

  private HttpReply cancelForm(String form) {
    return sim.client().postForm("/payments/cancel", form, auth);
  }

  @Test
  void aFullCancelRefundsEverythingAndRecordsTheHistory() {
    // Far from real time: a match proves the value comes from the simulator's clock.
    sim.simulator().clock().set(1893456000L);
    auth = MerchantRestClient.bearer(sim.client().defaultToken());
    HttpReply reply =
        cancel(
            Map.of("imp_uid", impUid, "reason", "단순 변심", "extra", Map.of("requester", "customer")));

    assertThat(reply).succeeded();
    JsonNode payment = reply.response();
    assertThat(payment.get("status").asText()).isEqualTo("cancelled");
    assertThat(payment.get("cancel_amount").asLong()).isEqualTo(14000);
    assertThat(payment.get("cancel_reason").asText()).isEqualTo("단순 변심");
    assertThat(payment.get("cancelled_at").asLong())
        .isCloseTo(sim.simulator().clock().now(), within(2L));
    JsonNode entry = payment.get("cancel_history").get(0);
    assertThat(entry.get("amount").asLong()).isEqualTo(14000);
    assertThat(entry.get("reason").asText()).isEqualTo("단순 변심");
    assertThat(entry.get("cancellation_id").asText()).isNotBlank();
    assertThat(entry.get("pg_tid").asText()).isEqualTo(payment.get("pg_tid").asText());
  }

  @Test
  void partialCancelsWithChecksumKeepThePaymentPaidUntilNothingIsLeft() {
    HttpReply first =
        cancelForm(
            "imp_uid=" + impUid + "&amount=4000&checksum=14000&reason=part&extra[requester]=admin");
    HttpReply second =
        cancel(Map.of("imp_uid", impUid, "amount", 10000, "checksum", 10000, "reason", "rest"));

    assertThat(first).succeeded();
    assertThat(first.response().get("status").asText()).isEqualTo("paid");
    assertThat(first.response().get("cancel_amount").asLong()).isEqualTo(4000);
    assertThat(second).succeeded();
    assertThat(second.response().get("status").asText()).isEqualTo("cancelled");
    assertThat(second.response().get("cancel_amount").asLong()).isEqualTo(14000);
    assertThat(second.response().get("cancel_history")).hasSize(2);
  }

  @Test
  void aChecksumThatDiffersFromTheBalanceIsRefusedAndChangesNothing() {
    cancel(Map.of("imp_uid", impUid, "amount", 4000, "reason", "part"));
    String before = sim.ledgerFingerprint();

    HttpReply stale = cancel(Map.of("imp_uid", impUid, "amount", 1000, "checksum", 14000));

    assertThat(stale).refused(200, 1, Messages.CHECKSUM_MISMATCH);
    assertThat(sim.ledgerFingerprint()).isEqualTo(before);
  }

  @Test
  void moreThanTheBalanceIsRefused() {
    assertThat(cancel(Map.of("imp_uid", impUid, "amount", 14001)))
        .refused(200, 1, Messages.CANCEL_OVER_BALANCE);
  }

  @Test
  void aMerchantUidFindsThePaymentToCancel() {
    HttpReply reply = cancelForm("merchant_uid=order-1&reason=x");

    assertThat(reply).succeeded();
    assertThat(reply.response().get("imp_uid").asText()).isEqualTo(impUid);
  }

  @Test
  void theImpUidWinsOverTheMerchantUid() {
    String other = sim.seedPayment("order-2", 5000, "paid");

    HttpReply reply = cancel(Map.of("imp_uid", other, "merchant_uid", "order-1"));

    assertThat(reply.response().get("imp_uid").asText()).isEqualTo(other);
  }

  @Test
  void anAlreadyFullyCancelledPaymentGetsTheGatewaysMessage() {
    cancel(Map.of("imp_uid", impUid));

    assertThat(cancel(Map.of("imp_uid", impUid))).refused(200, 1, Messages.ALREADY_FULLY_CANCELLED);
  }

  @Test
  void anUnknownPaymentGetsTheGatewaysMessage() {
    assertThat(cancel(Map.of("imp_uid", "imp_123456789012")))
        .refused(200, 1, Messages.NOTHING_TO_CANCEL);
    assertThat(cancelForm("merchant_uid=no-such-order"))
        .refused(200, 1, Messages.NOTHING_TO_CANCEL);
  }

  @Test
  void aCancelWithoutReasonOrRequesterSucceedsAsItDoesForReal() {
    HttpReply reply = cancel(Map.of("imp_uid", impUid));

    assertThat(reply).succeeded();
    assertThat(reply.response().get("cancel_reason").isNull()).isTrue();
    assertThat(
            sim.simulator()
                .accounts()
                .defaultAccount()
                .ledger()
                .payment(impUid)
                .orElseThrow()
                .cancelHistory()
                .get(0)
                .requester())
        .isEqualTo("admin");
  }

  @Test
  void nullMeansAbsentAsPhpClientsSendIt() {
    String php =
        "{\"imp_uid\":\""
            + impUid
            + "\",\"merchant_uid\":null,\"amount\":null,\"tax_free\":null,\"checksum\":null,"
            + "\"reason\":\"php\",\"refund_holder\":null}";

    HttpReply reply = cancel(php);

    assertThat(reply).succeeded();
    assertThat(reply.response().get("cancel_amount").asLong()).isEqualTo(14000);
  }

  @Test
  void aTaxFreePartLargerThanTheRefundIsRefused() {
    assertThat(cancel(Map.of("imp_uid", impUid, "amount", 1000, "tax_free", 2000)))
        .refused(200, 1, Messages.TAX_FREE_OVER_CANCEL);
  }

  @Test
  void neitherImpUidNorMerchantUidIsABadRequest() {
    assertThat(cancel(Map.of("reason", "x"))).refused(400, -1, Messages.CANCEL_TARGET_MISSING);
  }

  @Test
  void anUnpaidPaymentCannotBeCancelled() {
    String failed = sim.seedPayment("order-9", 1000, "failed");

    assertThat(cancel(Map.of("imp_uid", failed))).refused(200, 1, Messages.NOT_CANCELLABLE);
  }
}
