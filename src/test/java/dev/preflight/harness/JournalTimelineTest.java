package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.client.SimulatorControl;
import dev.preflight.junit.NaverPaySimulator;
import dev.preflight.junit.NaverPaySimulatorTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A worker's view of its tenant's journal: where it stands, and where it stood at a moment. */
@NaverPaySimulatorTest
class JournalTimelineTest {

  @Test
  void placesAMomentAmongTheEntriesRecordedUpToIt(NaverPaySimulator simulator) throws Exception {
    JournalTimeline timeline =
        new JournalTimeline(SimulatorControl.at(simulator.baseUrl()).forTenant(simulator.impKey()));
    long before = System.currentTimeMillis() - 1;
    assertThat(timeline.lastSeq()).isZero();

    askForAToken(simulator);
    askForAToken(simulator);

    long last = timeline.lastSeq();
    assertThat(timeline.since(0)).hasSize(2).last().extracting(e -> e.seq()).isEqualTo(last);
    assertThat(timeline.seqAt(before)).isZero();
    assertThat(timeline.seqAt(System.currentTimeMillis())).isEqualTo(last);
  }

  /** A merchant's server asking for a token: one REST entry in the journal. */
  private static void askForAToken(NaverPaySimulator simulator) throws Exception {
    String body =
        "{\"imp_key\":\""
            + simulator.impKey()
            + "\",\"imp_secret\":\""
            + simulator.impSecret()
            + "\"}";
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/users/getToken"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
  }
}
