package dev.preflight.simulator;

import static dev.preflight.assertions.EnvelopeAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenApiTest {
  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  private MerchantRestClient client() {
    return sim.client();
  }

  @Test
  void issuesA30MinuteTokenForJsonCredentials() {
    // Far from real time: a match proves the value comes from the simulator's clock.
    sim.simulator().clock().set(1893456000L);
    HttpReply reply =
        client()
            .postJson(
                "/users/getToken",
                Map.of("imp_key", "preflight_key", "imp_secret", "preflight_secret"));

    assertThat(reply).succeeded();
    JsonNode token = reply.response();
    assertThat(token.get("access_token").asText()).matches("[0-9a-f]{40}");
    assertThat(token.get("now").asLong()).isCloseTo(sim.simulator().clock().now(), within(2L));
    assertThat(token.get("expired_at").asLong() - token.get("now").asLong()).isEqualTo(1800);
  }

  @Test
  void acceptsFormCredentials() {
    HttpReply reply =
        client().postForm("/users/getToken", "imp_key=preflight_key&imp_secret=preflight_secret");

    assertThat(reply).succeeded();
    assertThat(reply.response().get("access_token").asText()).hasSize(40);
  }

  @Test
  void reissuesTheSameTokenBeforeExpiry() {
    String first = client().defaultToken();
    sim.simulator().clock().advance(600);

    HttpReply again =
        client().postForm("/users/getToken", "imp_key=preflight_key&imp_secret=preflight_secret");

    assertThat(again.response().get("access_token").asText()).isEqualTo(first);
    // The clock flows in real time: a second may tick between the two requests on a busy machine.
    assertThat(again.response().get("expired_at").asLong() - again.response().get("now").asLong())
        .isBetween(1199L, 1200L);
  }

  @Test
  void refusesWrongCredentialsWith401() {
    HttpReply wrongSecret =
        client().postJson("/users/getToken", Map.of("imp_key", "preflight_key", "imp_secret", "x"));
    HttpReply unknownKey =
        client().postJson("/users/getToken", Map.of("imp_key", "nobody", "imp_secret", "x"));

    assertThat(wrongSecret).hasStatus(401).hasCode(-1);
    assertThat(unknownKey).hasStatus(401).hasCode(-1);
    assertThat(wrongSecret.response().isNull()).isTrue();
  }

  @Test
  void acceptsAllFourWaysOfPassingTheToken() {
    String token = client().defaultToken();
    String impUid = sim.seedPayment("order-1", 14000, "paid");
    String path = "/payments/" + impUid;

    assertThat(client().get(path, "Authorization", token)).succeeded();
    assertThat(client().get(path, "Authorization", "Bearer " + token)).succeeded();
    assertThat(client().get(path, "X-ImpTokenHeader", token)).succeeded();
    assertThat(client().get(path + "?_token=" + token)).succeeded();
  }

  @Test
  void authorizationWinsOverTheLegacyHeader() {
    String token = client().defaultToken();
    String path = "/payments/" + sim.seedPayment("order-1", 14000, "paid");

    HttpReply reply =
        client().get(path, "Authorization", "Bearer wrong", "X-ImpTokenHeader", token);

    assertThat(reply).refused(401, -1, "Unauthorized");
  }

  @Test
  void answersMissingOrInvalidTokensWithA401Envelope() {
    String path = "/payments/" + sim.seedPayment("order-1", 14000, "paid");

    HttpReply missing = client().get(path);
    HttpReply invalid = client().get(path, "Authorization", "Bearer 0123456789abcdef");

    assertThat(missing).refused(401, -1, "Unauthorized");
    assertThat(invalid).refused(401, -1, "Unauthorized");
    assertThat(missing.header("WWW-Authenticate")).isEqualTo("iamport");
  }

  @Test
  void tokensExpireByTheSimulatorsClock() {
    String token = client().defaultToken();
    String path = "/payments/" + sim.seedPayment("order-1", 14000, "paid");
    sim.simulator().clock().advance(1800);

    assertThat(client().get(path, MerchantRestClient.bearer(token)))
        .refused(401, -1, "Unauthorized");
    String fresh = client().defaultToken();
    assertThat(fresh).isNotEqualTo(token);
    assertThat(client().get(path, MerchantRestClient.bearer(fresh))).succeeded();
  }

  @Test
  void aTokenAskedForInItsLastMinuteIsExtendedByFiveMinutes() {
    HttpReply first =
        client().postForm("/users/getToken", "imp_key=preflight_key&imp_secret=preflight_secret");
    long expiredAt = first.response().get("expired_at").asLong();
    sim.simulator().clock().advance(1770);

    HttpReply late =
        client().postForm("/users/getToken", "imp_key=preflight_key&imp_secret=preflight_secret");

    assertThat(late.response().get("access_token").asText())
        .isEqualTo(first.response().get("access_token").asText());
    assertThat(late.response().get("expired_at").asLong()).isEqualTo(expiredAt + 300);
  }
}
