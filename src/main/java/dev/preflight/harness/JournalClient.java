package dev.preflight.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.inspection.JournalRecord;
import dev.preflight.simulator.control.ControlApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simulator's control API as the harness uses it, over HTTP as for a simulator in another
 * process: one tenant's journal, outcomes armed for its next payment, and the clock.
 */
public final class JournalClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String impKey;
  private long newest;

  /** Each entry's real time, epoch ms, to the newest seq recorded by then: to date a sight. */
  private final java.util.NavigableMap<Long, Long> seqByMillis = new java.util.TreeMap<>();

  /**
   * @param impKey the tenant's REST key, which selects its journal and outcomes
   */
  public JournalClient(String baseUrl, String impKey) {
    this.baseUrl = baseUrl;
    this.impKey = impKey;
  }

  /** The tenant's entries after {@code since}, in order. */
  public List<JournalRecord> since(long since) {
    JsonNode entries = send(request("/__sim/journal?since=" + since).GET());
    List<JournalRecord> records = new ArrayList<>();
    entries.forEach(
        entry -> {
          JournalRecord record = JournalRecord.fromJson(entry);
          records.add(record);
          long millis = entry.path("at_millis").asLong(0);
          if (millis > 0) {
            synchronized (seqByMillis) {
              seqByMillis.merge(millis, record.seq(), Math::max);
            }
          }
        });
    if (!records.isEmpty()) {
      newest = Math.max(newest, records.get(records.size() - 1).seq());
    }
    return records;
  }

  /**
   * The seq of the tenant's newest entry, 0 when there is none. Reads only what is newer than the
   * last answer, since the journal of a long run holds thousands of entries.
   */
  public long lastSeq() {
    since(newest);
    return newest;
  }

  /**
   * The newest seq recorded at or before a real time (epoch ms): where the journal stood when a
   * browser on this machine saw something. 0 when nothing was recorded by then.
   */
  public long seqAt(long epochMillis) {
    lastSeq();
    synchronized (seqByMillis) {
      var floor = seqByMillis.floorEntry(Math.min(epochMillis, System.currentTimeMillis()));
      return floor == null ? 0 : floor.getValue();
    }
  }

  /** Arms an outcome for the tenant's next payment: {@code {"outcome": "approve", …}}. */
  public void arm(Map<String, Object> outcome) {
    send(request("/__sim/outcomes").POST(json(outcome)));
  }

  /** Makes the tenant's next calls fail with a named fault ({@code GET /__sim/faults/catalog}). */
  public void armFault(String fault, int times) {
    send(request("/__sim/faults").POST(json(Map.of("fault", fault, "times", times))));
  }

  /** Takes back every fault still armed for the tenant. */
  public void clearFaults() {
    send(request("/__sim/faults").DELETE());
  }

  /** Moves the simulator's clock on, which runs the schedules that fall due. */
  public void advanceClock(Duration by) {
    send(request("/__sim/clock").POST(json(Map.of("advance_seconds", by.toSeconds()))));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header(ControlApi.TENANT_HEADER, impKey)
        .header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher json(Map<String, Object> body) {
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private JsonNode send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 400) {
        throw new IllegalStateException("the simulator refused: " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException unreachable) {
      throw new IllegalStateException(
          "the simulator is unreachable at " + baseUrl + ": " + unreachable.getMessage(),
          unreachable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
