package dev.preflight.merchant;

import java.util.List;

/**
 * Where the reference merchant listens, which gateway account it uses, and which mistakes it makes.
 *
 * @param simulatorUrl the gateway's base URL, for REST calls and the SDK's {@code <script src>}
 */
public record MerchantSettings(
    String host,
    int port,
    String simulatorUrl,
    String userCode,
    String impKey,
    String impSecret,
    long minimumAmount,
    List<Defect> defects) {

  public MerchantSettings {
    defects = List.copyOf(defects);
  }

  /** The simulator's default tenant, loopback, any free port. */
  public static MerchantSettings against(String simulatorUrl, List<Defect> defects) {
    return new MerchantSettings(
        "127.0.0.1",
        0,
        simulatorUrl,
        "imp00000000",
        "preflight_key",
        "preflight_secret",
        100,
        defects);
  }

  /** The same shop on another address. */
  public MerchantSettings at(String newHost, int newPort) {
    return new MerchantSettings(
        newHost, newPort, simulatorUrl, userCode, impKey, impSecret, minimumAmount, defects);
  }
}
