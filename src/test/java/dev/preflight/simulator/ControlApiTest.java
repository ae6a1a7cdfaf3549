package dev.preflight.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ControlApiTest {
  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  private MerchantRestClient client() {
    return sim.client();
  }

  @Test
  void healthIsBareJson() {
    HttpReply health = client().get("/__sim/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
  }

  @Test
  void createsTenantsThatCanTakeTokens() {
    HttpReply created =
        client()
            .postJson(
                "/__sim/tenants",
                Map.of(
                    "user_code", "imp22222222",
                    "imp_key", "shop_key",
                    "imp_secret", "shop_secret",
                    "minimum_amount", 10,
                    "contract", Map.of("high_risk", true)));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("imp_secret").asText()).isEqualTo("****");
    assertThat(created.json().at("/contract/high_risk").asBoolean()).isTrue();
    assertThat(created.json().get("minimum_amount").asLong()).isEqualTo(10);
    assertThat(client().token("shop_key", "shop_secret")).hasSize(40);
  }

  @Test
  void refusesDuplicateAndIncompleteTenantsWithAnError() {
    HttpReply duplicate =
        client()
            .postJson(
                "/__sim/tenants", RunningSimulator.tenant("imp33333333", "preflight_key", "x"));
    HttpReply incomplete = client().postJson("/__sim/tenants", Map.of("user_code", "imp33333333"));
    HttpReply badCode =
        client().postJson("/__sim/tenants", RunningSimulator.tenant("shop", "k", "s"));

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("error").asText()).contains("imp_key");
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.json().get("error").asText()).contains("imp_key is required");
    assertThat(badCode.status()).isEqualTo(400);
    assertThat(badCode.json().get("error").asText()).contains("user_code");
  }

  @Test
  void theDefaultTenantHasASingleNaverPayChannel() {
    JsonNode tenants = client().get("/__sim/tenants").json();

    JsonNode byDefault = tenants.get(0);
    assertThat(byDefault.get("user_code").asText()).isEqualTo("imp00000000");
    assertThat(byDefault.get("imp_key").asText()).isEqualTo("preflight_key");
    assertThat(byDefault.get("channels")).hasSize(1);
    assertThat(byDefault.get("channels").get(0).asText()).isEqualTo("naverpay");
    assertThat(byDefault.get("minimum_amount").asLong()).isEqualTo(100);
  }

  @Test
  void seedsPaymentsInEveryStatusAndBillingKeys() {
    for (String status : new String[] {"ready", "paid", "failed", "cancelled"}) {
      HttpReply seeded =
          client()
              .postJson(
                  "/__sim/payments",
                  Map.of("merchant_uid", "seed-" + status, "amount", 5000, "status", status));
      assertThat(seeded.status()).isEqualTo(201);
      assertThat(seeded.json().get("status").asText()).isEqualTo(status);
      assertThat(seeded.json().get("pg_provider").asText()).isEqualTo("naverpay");
    }
    HttpReply key =
        client()
            .postJson(
                "/__sim/billing-keys",
                Map.of(
                    "customer_uid", "c-1", "customer_name", "김구매", "customer_tel", "01012345678"));

    assertThat(key.status()).isEqualTo(201);
    assertThat(key.json().get("customer_uid").asText()).isEqualTo("c-1");
    assertThat(key.json().get("customer_name").asText()).isEqualTo("김구매");
  }

  @Test
  void armsListsAndClearsOutcomes() {
    HttpReply armed =
        client()
            .postJson(
                "/__sim/outcomes",
                Map.of("match", Map.of("amount", 5000), "outcome", "limit_exceeded", "times", 2));
    HttpReply tampered =
        client().postJson("/__sim/outcomes", Map.of("outcome", "approve", "paid_amount", 100));
    HttpReply forged = client().postJson("/__sim/outcomes", Map.of("outcome", "forge_success"));
    HttpReply unknown = client().postJson("/__sim/outcomes", Map.of("outcome", "explode"));

    assertThat(armed.status()).isEqualTo(201);
    assertThat(armed.json().get("error_code").asText()).isEqualTo("ExceedLimit");
    assertThat(armed.json().get("remaining").asInt()).isEqualTo(2);
    assertThat(tampered.json().get("paid_amount").asLong()).isEqualTo(100);
    assertThat(forged.json().get("outcome").asText()).isEqualTo("forge_success");
    assertThat(forged.json().get("error_msg").isNull()).isTrue();
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("error").asText()).contains("insufficient_balance");
    assertThat(client().get("/__sim/outcomes").json()).hasSize(3);
    assertThat(client().delete("/__sim/outcomes").json().get("cleared").asInt()).isEqualTo(3);
    assertThat(client().get("/__sim/outcomes").json()).isEmpty();
  }

  @Test
  void setsAndAdvancesTheClock() {
    HttpReply set = client().postJson("/__sim/clock", Map.of("set", 1893456000L));
    HttpReply advanced = client().postJson("/__sim/clock", Map.of("advance_seconds", 86400));
    HttpReply both = client().postJson("/__sim/clock", Map.of("set", 1, "advance_seconds", 1));
    HttpReply backwards = client().postJson("/__sim/clock", Map.of("advance_seconds", -5));

    assertThat(set.json().get("now").asLong()).isBetween(1893456000L, 1893456002L);
    assertThat(advanced.json().get("now").asLong()).isBetween(1893542400L, 1893542402L);
    assertThat(advanced.json().get("ran").isArray()).isTrue();
    assertThat(client().get("/__sim/clock").json().get("real_time").asBoolean()).isFalse();
    assertThat(both.status()).isEqualTo(400);
    assertThat(backwards.status()).isEqualTo(400);
  }

  @Test
  void resetEmptiesEverythingButKeepsTenantsUnlessAsked() {
    client().postJson("/__sim/tenants", RunningSimulator.tenant("imp44444444", "k4", "s4"));
    String token = client().defaultToken();
    sim.seedPayment("order-1", 1000, "paid");
    client().postJson("/__sim/outcomes", Map.of("outcome", "fail"));
    client().postJson("/__sim/clock", Map.of("advance_seconds", 3600));

    HttpReply reset = client().postJson("/__sim/reset", Map.of());

    assertThat(reset.status()).isEqualTo(200);
    assertThat(client().get("/__sim/journal").json()).isEmpty();
    assertThat(client().get("/__sim/outcomes").json()).isEmpty();
    assertThat(client().get("/__sim/clock").json().get("real_time").asBoolean()).isTrue();
    assertThat(client().get("/payments/find/order-1", MerchantRestClient.bearer(token)).status())
        .isEqualTo(401);
    String fresh = client().defaultToken();
    assertThat(client().get("/payments/find/order-1", MerchantRestClient.bearer(fresh)).status())
        .isEqualTo(404);
    assertThat(client().token("k4", "s4")).hasSize(40);

    client().postJson("/__sim/reset", Map.of("tenants", true));
    assertThat(client().get("/__sim/tenants").json()).hasSize(1);
  }

  @Test
  void anUnknownTenantHeaderNamesTheFix() {
    HttpReply reply = client().get("/__sim/journal", "X-Preflight-Tenant", "nobody");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").asText()).contains("POST /__sim/tenants");
  }

  @Test
  void unknownControlPathsAnswerWithAnErrorObject() {
    HttpReply reply = client().get("/__sim/nothing");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").asText()).isNotBlank();
  }
}
