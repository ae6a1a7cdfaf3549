package dev.preflight.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.client.PaymentSeed;
import dev.preflight.simulator.journal.BodyExcerpt;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.nio.charset.StandardCharsets;
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

  // A REST call's entry keeps what the simulator answered: bounded, tokens masked.

  private JsonNode lastEntry() {
    JsonNode entries = sim.plainHttp().get("/__sim/journal").json();
    return entries.get(entries.size() - 1);
  }

  @Test
  void aRestCallsEntryHoldsItsAnswer() {
    String token = sim.client().defaultToken();
    String impUid = sim.seedPayment("order-1", 14000, "paid");

    HttpReply lookup = sim.client().get("/payments/" + impUid, MerchantRestClient.bearer(token));

    JsonNode response = lastEntry().get("response");
    assertThat(response.get("truncated").asBoolean()).isFalse();
    assertThat(response.get("bytes").asInt())
        .isEqualTo(lookup.body().getBytes(StandardCharsets.UTF_8).length);
    assertThat(response.get("body")).isEqualTo(lookup.json());
    assertThat(response.at("/body/response/amount").asLong()).isEqualTo(14000);
  }

  @Test
  void aRefusalIsKeptToo() {
    sim.client().get("/payments/imp_000000000000");

    JsonNode response = lastEntry().get("response");

    assertThat(response.at("/body/code").asInt()).isEqualTo(-1);
    assertThat(response.at("/body/message").asText()).isNotBlank();
  }

  @Test
  void aHugeAnswerIsCutAtTheBoundWithTheMark() {
    String token = sim.client().defaultToken();
    for (int i = 0; i < 40; i++) {
      sim.seedPayment("order-" + i, 1000 + i, "paid");
    }

    HttpReply all =
        sim.client().get("/payments/status/all?limit=40", MerchantRestClient.bearer(token));

    JsonNode response = lastEntry().get("response");
    assertThat(all.response().get("list")).hasSize(40);
    assertThat(response.get("truncated").asBoolean()).isTrue();
    assertThat(response.get("bytes").asInt())
        .isEqualTo(all.body().getBytes(StandardCharsets.UTF_8).length)
        .isGreaterThan(BodyExcerpt.MAX_BYTES);
    JsonNode kept = response.at("/body/response/list");
    assertThat(kept.size()).isBetween(1, 39);
    assertThat(kept.get(0).get("imp_uid").asText())
        .isEqualTo(all.response().get("list").get(0).get("imp_uid").asText());
    // What was kept, and the brackets that close the objects and arrays left open at the cut.
    assertThat(response.get("body").toString().getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(BodyExcerpt.MAX_BYTES + 8);
  }

  @Test
  void theIssuedTokenNeverAppearsUnmaskedInTheJournal() {
    String token = sim.client().defaultToken();
    sim.client().get("/payments/imp_000000000000?_token=" + token);

    HttpReply journal = sim.plainHttp().get("/__sim/journal");

    assertThat(journal.body()).doesNotContain(token, "preflight_secret");
    assertThat(journal.json().get(0).at("/response/body/response/access_token").asText())
        .isEqualTo(token.substring(0, 4) + "****");
  }

  @Test
  void theClientReadsTheAnswer() {
    String token = sim.client().defaultToken();
    String impUid =
        sim.control().seedPayment(PaymentSeed.paid("order-b", 5000).named("<b>x</b>")).impUid();
    sim.client().get("/payments/" + impUid, MerchantRestClient.bearer(token));

    List<JournalEntry> journal = sim.control().journal();

    JournalEntry lookup = journal.get(journal.size() - 1);
    assertThat(lookup.response().body().at("/response/name").asText()).isEqualTo("<b>x</b>");
    assertThat(lookup.response().truncated()).isFalse();
    assertThat(journal.get(0).response().body().at("/response/access_token").asText())
        .endsWith("****")
        .isNotEqualTo(token);
  }
}
