package dev.preflight.simulator;

import static dev.preflight.assertions.EnvelopeAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.simulator.iamport.Messages;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PrepareApiTest {
  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private String[] auth;

  @BeforeEach
  void token() {
    auth = MerchantRestClient.bearer(sim.client().defaultToken());
  }

  @Test
  void registersReadsAndUpdatesAnAmount() {
    HttpReply registered =
        sim.client().postForm("/payments/prepare", "merchant_uid=order-1&amount=14000", auth);
    HttpReply updated =
        sim.client()
            .putJson("/payments/prepare", Map.of("merchant_uid", "order-1", "amount", 15000), auth);
    HttpReply read = sim.client().get("/payments/prepare/order-1", auth);

    assertThat(registered).succeeded();
    assertThat(registered.response().get("amount").asLong()).isEqualTo(14000);
    assertThat(updated).succeeded();
    assertThat(read).succeeded();
    assertThat(read.response().get("merchant_uid").asText()).isEqualTo("order-1");
    assertThat(read.response().get("amount").asLong()).isEqualTo(15000);
  }

  @Test
  void aMerchantUidCanBeRegisteredOnlyOnce() {
    sim.client().postForm("/payments/prepare", "merchant_uid=order-1&amount=14000", auth);

    HttpReply again =
        sim.client().postForm("/payments/prepare", "merchant_uid=order-1&amount=9000", auth);

    assertThat(again).refused(200, 1, Messages.PREPARE_DUPLICATE);
  }

  @Test
  void unknownMerchantUidsAreNotFound() {
    assertThat(sim.client().get("/payments/prepare/none", auth))
        .refused(404, -1, Messages.PREPARE_NOT_FOUND);
    assertThat(
            sim.client()
                .putJson("/payments/prepare", Map.of("merchant_uid", "none", "amount", 1), auth))
        .refused(404, -1, Messages.PREPARE_NOT_FOUND);
  }

  @Test
  void aPreparedAmountIsEnforcedWhenTheMerchantUidIsPaid() {
    sim.seedBillingKey(null, "customer-1");
    sim.client().postForm("/payments/prepare", "merchant_uid=order-1&amount=14000", auth);

    HttpReply tampered =
        sim.client()
            .postJson(
                "/subscribe/payments/again",
                Map.of(
                    "customer_uid",
                    "customer-1",
                    "merchant_uid",
                    "order-1",
                    "amount",
                    100,
                    "name",
                    "x"),
                auth);
    HttpReply honest =
        sim.client()
            .postJson(
                "/subscribe/payments/again",
                Map.of(
                    "customer_uid",
                    "customer-1",
                    "merchant_uid",
                    "order-1",
                    "amount",
                    14000,
                    "name",
                    "x"),
                auth);

    assertThat(tampered).refused(200, 1, Messages.PREPARED_AMOUNT_MISMATCH);
    assertThat(honest).succeeded();
    assertThat(honest.response().get("status").asText()).isEqualTo("paid");
  }
}
