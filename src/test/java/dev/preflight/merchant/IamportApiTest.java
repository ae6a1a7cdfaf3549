package dev.preflight.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.support.RunningSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shop's REST client keeps its token until shortly before the expiry the gateway named, by its
 * own clock; when the gateway's clock has moved on (a simulated month), the API refuses that token,
 * and the client asks once for a fresh one instead of failing the buyer's call.
 */
class IamportApiTest {
  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  @Test
  void aTokenTheGatewayNoLongerTakesIsRenewedOnce() {
    String impUid = sim.seedPayment("order-401", 14000, "paid");
    IamportApi api = new IamportApi(sim.baseUrl(), "preflight_key", "preflight_secret");
    assertThat(api.get("/payments/" + impUid).ok()).isTrue();

    sim.simulator().clock().advance(32L * 24 * 60 * 60);
    IamportApi.Reply reply = api.get("/payments/" + impUid);

    assertThat(reply.ok()).as("status %s: %s", reply.status(), reply.message()).isTrue();
    assertThat(reply.response().path("imp_uid").asText()).isEqualTo(impUid);
  }

  @Test
  void credentialsTheGatewayRefusesAreNotTriedAgain() {
    IamportApi api = new IamportApi(sim.baseUrl(), "preflight_key", "wrong_secret");

    IamportApi.Reply reply = api.get("/payments/imp_000000000001");

    assertThat(reply.status()).isEqualTo(401);
    long tokenRequests =
        sim.simulator().journal().since(0, null).stream()
            .filter(e -> String.valueOf(e.path()).contains("/users/getToken"))
            .count();
    assertThat(tokenRequests).isEqualTo(1);
  }
}
