package dev.preflight.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.preflight.simulator.control.TenantJson;
import dev.preflight.simulator.ledger.Tenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code serve --config} file, YAML or JSON:
 *
 * <pre>
 * webhook_retry_interval_seconds: 60
 * journal_max_entries: 100000   # optional: keep at most this many, dropping the oldest
 * state_file: sim-state.mv.db   # relative to this file; kept across restarts
 * tenants:
 *   - user_code: imp12345678
 *     imp_key: shop_key
 *     imp_secret: shop_secret
 *     notification_url: http://127.0.0.1:8080/iamport/webhook
 * </pre>
 */
public final class SimulatorConfig {
  private SimulatorConfig() {}

  /** Applies a config file to settings; the exception's message names the file and the field. */
  public static SimulatorSettings apply(Path file, SimulatorSettings settings) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    } catch (IOException unreadable) {
      throw new IllegalArgumentException(
          file + ": cannot read it as YAML or JSON: " + firstLine(unreadable.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": the top level must be a mapping (tenants: …)");
    }
    List<Tenant> tenants = new ArrayList<>(settings.tenants());
    JsonNode list = root.path("tenants");
    if (!list.isMissingNode() && !list.isArray()) {
      throw new IllegalArgumentException(file + ": tenants must be a list");
    }
    for (int i = 0; i < list.size(); i++) {
      try {
        tenants.add(TenantJson.read(list.get(i)));
      } catch (IllegalArgumentException invalid) {
        throw new IllegalArgumentException(
            file + ": tenants[" + i + "]: " + invalid.getMessage(), invalid);
      }
    }
    SimulatorSettings result = settings.withTenants(tenants);
    JsonNode interval = root.path("webhook_retry_interval_seconds");
    if (!interval.isMissingNode()) {
      if (!interval.canConvertToExactIntegral() || interval.asLong() < 1) {
        throw new IllegalArgumentException(
            file + ": webhook_retry_interval_seconds must be a whole number of seconds, 1 or more");
      }
      result = result.withWebhookRetryInterval(Duration.ofSeconds(interval.asLong()));
    }
    JsonNode journalBound = root.path("journal_max_entries");
    if (!journalBound.isMissingNode()) {
      if (!journalBound.canConvertToExactIntegral()
          || !journalBound.canConvertToLong()
          || journalBound.asLong() < 1) {
        throw new IllegalArgumentException(
            file + ": journal_max_entries must be a whole number of entries, 1 or more");
      }
      result = result.withJournalMaxEntries(journalBound.asLong());
    }
    JsonNode state = root.path("state_file");
    if (!state.isMissingNode()) {
      if (!state.isTextual() || state.asText().isBlank()) {
        throw new IllegalArgumentException(file + ": state_file must be a file path");
      }
      Path dir = file.toAbsolutePath().getParent();
      result = result.withStateFile(dir.resolve(state.asText()));
    }
    return result;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
