package dev.preflight.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JournalTest {
  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  private List<JsonNode> journal(long since) {
    JsonNode entries = sim.plainHttp().get("/__sim/journal?since=" + since).json();
    return java.util.stream.StreamSupport.stream(entries.spliterator(), false).toList();
  }

  @Test
  void everyRestCallIsATypedEntryInOrder() {
    // Far from real time: a match proves the value comes from the simulator's clock.
    sim.simulator().clock().set(1893456000L);
    String token = sim.client().defaultToken();
    String impUid = sim.seedPayment("order-1", 14000, "paid");
    sim.client()
        .postJson(
            "/payments/cancel",
            Map.of(
                "imp_uid",
                impUid,
                "amount",
                4000,
                "checksum",
                "14000",
                "reason",
                "부분 취소",
                "extra",
                Map.of("requester", "customer")),
            MerchantRestClient.bearer(token));

    List<JsonNode> entries = journal(0);

    assertThat(entries).extracting(e -> e.get("seq").asLong()).containsExactly(1L, 2L);
    JsonNode cancel = entries.get(1);
    assertThat(cancel.get("kind").asText()).isEqualTo("rest");
    assertThat(cancel.get("tenant").asText()).isEqualTo("imp00000000");
    assertThat(cancel.get("method").asText()).isEqualTo("POST");
    assertThat(cancel.get("path").asText()).isEqualTo("/payments/cancel");
    assertThat(cancel.get("at").asLong()).isCloseTo(sim.simulator().clock().now(), within(2L));
    assertThat(cancel.get("status").asInt()).isEqualTo(200);
    assertThat(cancel.get("code").asInt()).isZero();
    JsonNode params = cancel.get("params");
    assertThat(params.get("amount").isNumber()).isTrue();
    assertThat(params.get("checksum").isTextual()).isTrue();
    assertThat(params.at("/extra/requester").asText()).isEqualTo("customer");
  }

  /**
   * The served shape is the entry's fields and nothing else: the predicates the rules read on
   * {@code JournalEntry} ({@code isRequestPay}, …) stay out of the JSON.
   */
  @Test
  void anEntryIsServedWithItsFieldsOnly() {
    sim.client().defaultToken();

    JsonNode entry = journal(0).get(0);

    assertThat(entry.fieldNames())
        .toIterable()
        .containsExactly(
            "seq",
            "at",
            "tenant",
            "kind",
            "method",
            "path",
            "params",
            "status",
            "code",
            "detail",
            "response",
            "at_millis");
  }

  @Test
  void formBracketsBecomeNestedParams() {
    String token = sim.client().defaultToken();
    String impUid = sim.seedPayment("order-1", 14000, "paid");
    sim.client()
        .postForm(
            "/payments/cancel",
            "imp_uid=" + impUid + "&reason=%EB%B3%80%EC%8B%AC&extra%5Brequester%5D=customer",
            MerchantRestClient.bearer(token));

    JsonNode params = journal(0).get(1).get("params");

    assertThat(params.get("reason").asText()).isEqualTo("변심");
    assertThat(params.at("/extra/requester").asText()).isEqualTo("customer");
  }

  @Test
  void secretsAreMasked() {
    String token = sim.client().defaultToken();
    sim.client().get("/payments/imp_000000000000?_token=" + token);

    HttpReply journal = sim.plainHttp().get("/__sim/journal");

    assertThat(journal.body()).doesNotContain("preflight_secret", token);
    assertThat(journal.json().get(0).at("/params/imp_secret").asText()).isEqualTo("****");
    assertThat(journal.json().get(1).at("/params/_token").asText()).isEqualTo("****");
  }

  @Test
  void sinceReturnsOnlyLaterEntriesAndSurvivesAReset() {
    sim.client().defaultToken();
    sim.client().defaultToken();
    sim.plainHttp().postJson("/__sim/reset", Map.of());
    sim.client().defaultToken();

    List<JsonNode> after = journal(2);

    assertThat(after).hasSize(1);
    assertThat(after.get(0).get("seq").asLong()).isEqualTo(3);
  }

  @Test
  void unauthenticatedCallsAreJournaledWithoutATenant() {
    sim.client().get("/payments/imp_000000000000");

    JsonNode entry = journal(0).get(0);

    assertThat(entry.get("tenant").isNull()).isTrue();
    assertThat(entry.get("status").asInt()).isEqualTo(401);
    assertThat(entry.get("code").asInt()).isEqualTo(-1);
  }
}
