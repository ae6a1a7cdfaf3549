package dev.preflight.simulator;

import dev.preflight.simulator.ledger.Tenant;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a simulator is started.
 *
 * @param host the address to bind; loopback unless the user asks otherwise
 * @param port 0 for any free port
 * @param tenants tenants besides the default one
 * @param webhookRetryInterval the pause between webhook retries (the gateway's is one minute)
 * @param maxBodyBytes requests with larger bodies are refused with 413
 * @param httpsPort {@link #NO_HTTPS} for none, 0 for any free port: HTTPS on the same routes with a
 *     certificate made for the run, so a browser that maps the SDK's CDN host here can load the
 *     real {@code <script src>} unchanged
 * @param journalMaxEntries the most journal entries kept, the oldest dropped first; {@link
 *     #UNBOUNDED_JOURNAL} keeps them all
 * @param stateFile where tenants, books, outcomes, the clock and the journal are kept across
 *     restarts, or null to keep them in memory only
 */
public record SimulatorSettings(
    String host,
    int port,
    List<Tenant> tenants,
    Duration webhookRetryInterval,
    long maxBodyBytes,
    int httpsPort,
    long journalMaxEntries,
    Path stateFile) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final Duration GATEWAY_RETRY_INTERVAL = Duration.ofMinutes(1);
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  public static final int NO_HTTPS = -1;
  public static final long UNBOUNDED_JOURNAL = dev.preflight.simulator.journal.Journal.UNBOUNDED;

  public SimulatorSettings {
    tenants = List.copyOf(tenants);
    if (journalMaxEntries < 0) {
      throw new IllegalArgumentException(
          "the journal bound must be 1 or more, or "
              + UNBOUNDED_JOURNAL
              + " for none (got "
              + journalMaxEntries
              + ")");
    }
  }

  /** In memory only, the journal unbounded. */
  public SimulatorSettings(
      String host,
      int port,
      List<Tenant> tenants,
      Duration webhookRetryInterval,
      long maxBodyBytes,
      int httpsPort) {
    this(
        host,
        port,
        tenants,
        webhookRetryInterval,
        maxBodyBytes,
        httpsPort,
        UNBOUNDED_JOURNAL,
        null);
  }

  /** Plain HTTP only. */
  public SimulatorSettings(
      String host,
      int port,
      List<Tenant> tenants,
      Duration webhookRetryInterval,
      long maxBodyBytes) {
    this(host, port, tenants, webhookRetryInterval, maxBodyBytes, NO_HTTPS);
  }

  public boolean servesHttps() {
    return httpsPort != NO_HTTPS;
  }

  /** Loopback, any free port, the default tenant only: what tests want. */
  public static SimulatorSettings forTests() {
    return new SimulatorSettings(
        LOOPBACK, 0, List.of(), Duration.ofSeconds(1), DEFAULT_MAX_BODY_BYTES);
  }

  public SimulatorSettings withPort(int value) {
    return new SimulatorSettings(
        host,
        value,
        tenants,
        webhookRetryInterval,
        maxBodyBytes,
        httpsPort,
        journalMaxEntries,
        stateFile);
  }

  public SimulatorSettings withHost(String value) {
    return new SimulatorSettings(
        value,
        port,
        tenants,
        webhookRetryInterval,
        maxBodyBytes,
        httpsPort,
        journalMaxEntries,
        stateFile);
  }

  public SimulatorSettings withTenants(List<Tenant> value) {
    return new SimulatorSettings(
        host,
        port,
        value,
        webhookRetryInterval,
        maxBodyBytes,
        httpsPort,
        journalMaxEntries,
        stateFile);
  }

  public SimulatorSettings withWebhookRetryInterval(Duration value) {
    return new SimulatorSettings(
        host, port, tenants, value, maxBodyBytes, httpsPort, journalMaxEntries, stateFile);
  }

  /** {@link #NO_HTTPS}, 0 for any free port, or a port for HTTPS besides HTTP. */
  public SimulatorSettings withHttpsPort(int value) {
    if (value < NO_HTTPS || value > 65535) {
      throw new IllegalArgumentException(
          "the HTTPS port must be from 0 to 65535, or "
              + NO_HTTPS
              + " for none (got "
              + value
              + ")");
    }
    return new SimulatorSettings(
        host,
        port,
        tenants,
        webhookRetryInterval,
        maxBodyBytes,
        value,
        journalMaxEntries,
        stateFile);
  }

  /** The most journal entries to keep, or {@link #UNBOUNDED_JOURNAL}. */
  public SimulatorSettings withJournalMaxEntries(long value) {
    return new SimulatorSettings(
        host, port, tenants, webhookRetryInterval, maxBodyBytes, httpsPort, value, stateFile);
  }

  /** A state file to keep everything in across restarts, or null for memory only. */
  public SimulatorSettings withStateFile(Path value) {
    return new SimulatorSettings(
        host,
        port,
        tenants,
        webhookRetryInterval,
        maxBodyBytes,
        httpsPort,
        journalMaxEntries,
        value);
  }
}
