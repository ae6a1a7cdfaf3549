package dev.preflight.simulator;

import dev.preflight.simulator.ledger.Tenant;
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
 */
public record SimulatorSettings(
    String host, int port, List<Tenant> tenants, Duration webhookRetryInterval, long maxBodyBytes) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final Duration GATEWAY_RETRY_INTERVAL = Duration.ofMinutes(1);
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  public SimulatorSettings {
    tenants = List.copyOf(tenants);
  }

  /** Loopback, any free port, the default tenant only: what tests want. */
  public static SimulatorSettings forTests() {
    return new SimulatorSettings(
        LOOPBACK, 0, List.of(), Duration.ofSeconds(1), DEFAULT_MAX_BODY_BYTES);
  }

  public SimulatorSettings withPort(int value) {
    return new SimulatorSettings(host, value, tenants, webhookRetryInterval, maxBodyBytes);
  }

  public SimulatorSettings withHost(String value) {
    return new SimulatorSettings(value, port, tenants, webhookRetryInterval, maxBodyBytes);
  }

  public SimulatorSettings withTenants(List<Tenant> value) {
    return new SimulatorSettings(host, port, value, webhookRetryInterval, maxBodyBytes);
  }

  public SimulatorSettings withWebhookRetryInterval(Duration value) {
    return new SimulatorSettings(host, port, tenants, value, maxBodyBytes);
  }
}
