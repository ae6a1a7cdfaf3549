package dev.preflight.junit;

import dev.preflight.client.SimulatorControl;
import dev.preflight.simulator.ledger.Tenant;

/**
 * The simulator a {@link NaverPaySimulatorTest} class runs against: where the merchant's backend
 * sends its REST calls, the default tenant's credentials, and the control API.
 */
public final class NaverPaySimulator {
  private final String baseUrl;
  private final Tenant defaultTenant;
  private final SimulatorControl control;

  NaverPaySimulator(String baseUrl, Tenant defaultTenant) {
    this.baseUrl = baseUrl;
    this.defaultTenant = defaultTenant;
    this.control = SimulatorControl.at(baseUrl);
  }

  /**
   * Where the i'mport REST API answers, such as {@code http://127.0.0.1:54321}: the merchant's
   * stand-in for {@code https://api.iamport.kr}.
   */
  public String baseUrl() {
    return baseUrl;
  }

  /** The loopback port it listens on. */
  public int port() {
    return java.net.URI.create(baseUrl).getPort();
  }

  /** The default tenant's REST API key, for {@code POST /users/getToken}. */
  public String impKey() {
    return defaultTenant.impKey();
  }

  /** The default tenant's REST API secret, for {@code POST /users/getToken}. */
  public String impSecret() {
    return defaultTenant.impSecret();
  }

  /** The default tenant's merchant identification code, for {@code IMP.init}. */
  public String userCode() {
    return defaultTenant.userCode();
  }

  /** The control API, acting on the default tenant. */
  public SimulatorControl control() {
    return control;
  }
}
