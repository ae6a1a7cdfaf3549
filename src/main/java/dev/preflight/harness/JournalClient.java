package dev.preflight.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.inspection.JournalRecord;
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
 * Reads the simulator's journal over its control API, as the harness would for a simulator in
 * another process; and arms outcomes the same way.
 */
public final class JournalClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  public JournalClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Every entry after {@code since}, in order. */
  public List<JournalRecord> since(long since) {
    JsonNode entries =
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/__sim/journal?since=" + since)).GET());
    List<JournalRecord> records = new ArrayList<>();
    entries.forEach(entry -> records.add(JournalRecord.fromJson(entry)));
    return records;
  }

  /** The seq of the newest entry, 0 when the journal is empty. */
  public long lastSeq() {
    List<JournalRecord> all = since(0);
    return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
  }

  public void arm(Map<String, Object> outcome) {
    try {
      send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/__sim/outcomes"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(outcome))));
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private JsonNode send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 400) {
        throw new IllegalStateException("simulator refused: " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException unreachable) {
      throw new IllegalStateException(
          "simulator unreachable at " + baseUrl + ": " + unreachable.getMessage(), unreachable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
