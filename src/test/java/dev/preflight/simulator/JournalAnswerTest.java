package dev.preflight.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.client.PaymentSeed;
import dev.preflight.simulator.journal.BodyExcerpt;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A REST call's journal entry keeps what the simulator answered: bounded, tokens masked. */
class JournalAnswerTest {
  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

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
