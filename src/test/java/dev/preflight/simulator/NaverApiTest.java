package dev.preflight.simulator;

import static dev.preflight.assertions.EnvelopeAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.client.PaymentSeed;
import dev.preflight.simulator.iamport.Messages;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NaverApiTest {
  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private String[] auth;

  @BeforeEach
  void token() {
    auth = MerchantRestClient.bearer(sim.client().defaultToken());
  }

  @Test
  void cashAmountSplitsWhatRemainsIntoSupplyAndVat() {
    String impUid = sim.seedPayment("order-1", 11000, "paid");

    HttpReply reply = sim.client().get("/payments/" + impUid + "/naver/cash-amount", auth);

    assertThat(reply).succeeded();
    assertThat(reply.response().get("amount_total").asLong()).isEqualTo(11000);
    assertThat(reply.response().get("amount_by_primary").asLong()).isEqualTo(11000);
    assertThat(reply.response().get("amount_by_npoint").asLong()).isZero();
    assertThat(reply.response().get("amount_supply").asLong()).isEqualTo(10000);
    assertThat(reply.response().get("amount_vat").asLong()).isEqualTo(1000);
  }

  @Test
  void confirmAndPointAnswerAnEmptyResponseForAPaidPayment() {
    String impUid = sim.seedPayment("order-1", 11000, "paid");

    HttpReply confirm =
        sim.client().postForm("/payments/" + impUid + "/naver/confirm", "requester=customer", auth);
    HttpReply point = sim.client().postJson("/payments/" + impUid + "/naver/point", Map.of(), auth);

    assertThat(confirm).succeeded();
    assertThat(confirm.response().isEmpty()).isTrue();
    assertThat(point).succeeded();
  }

  @Test
  void naverRefusesAPaymentThatIsNoLongerPaid() {
    String impUid = sim.seedPayment("order-1", 11000, "cancelled");

    assertThat(sim.client().postForm("/payments/" + impUid + "/naver/confirm", "", auth))
        .refused(500, -1, Messages.NAVER_REFUSED);
  }

  @Test
  void onlyNaverPayPaymentsHaveTheseEndpoints() {
    String impUid =
        sim.control()
            .seedPayment(PaymentSeed.paid("card-1", 1000).throughPg("html5_inicis"))
            .impUid();

    assertThat(sim.client().get("/payments/" + impUid + "/naver/cash-amount", auth))
        .refused(400, -1, Messages.NOT_NAVERPAY);
    assertThat(sim.client().get("/payments/imp_000000000000/naver/cash-amount", auth))
        .refused(404, -1, Messages.PAYMENT_NOT_FOUND);
  }
}
