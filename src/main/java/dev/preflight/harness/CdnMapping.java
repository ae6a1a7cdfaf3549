package dev.preflight.harness;

import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import dev.preflight.simulator.cdn.CdnCertificate;
import java.util.List;

/**
 * Sends a Chromium session's requests for the SDK's CDN host to the simulator's HTTPS port and
 * trusts the simulator's certificate there, so a merchant page that loads the real {@code
 * https://cdn.iamport.kr/v1/iamport.js} gets the simulator's SDK without changing a line. Only the
 * certificate whose public key has this hash is accepted; every other certificate error still
 * fails. No CDP: both are command-line switches.
 *
 * @param address where the browser reaches the simulator: loopback for a local browser, the
 *     simulator's address as a Grid node sees it for a remote one
 * @param httpsPort the simulator's HTTPS port
 * @param spkiSha256 base64 SHA-256 of the certificate's SubjectPublicKeyInfo
 */
public record CdnMapping(String address, int httpsPort, String spkiSha256) {

  public CdnMapping {
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("the simulator's address is missing");
    }
    if (httpsPort < 1 || httpsPort > 65535) {
      throw new IllegalArgumentException(
          "the simulator serves no HTTPS (port "
              + httpsPort
              + "): start it with SimulatorSettings.withHttpsPort(0) or serve --https-port");
    }
    if (spkiSha256 == null || spkiSha256.isBlank()) {
      throw new IllegalArgumentException("the certificate's SPKI hash is missing");
    }
  }

  /** A local browser and a simulator on loopback. */
  public CdnMapping(int httpsPort, String spkiSha256) {
    this(SimulatorSettings.LOOPBACK, httpsPort, spkiSha256);
  }

  /** The mapping to a running simulator started with HTTPS, for a browser on the same machine. */
  public static CdnMapping of(SimulatorServer simulator) {
    if (simulator.httpsPort() == SimulatorSettings.NO_HTTPS) {
      throw new IllegalArgumentException(
          "the simulator serves no HTTPS: start it with SimulatorSettings.withHttpsPort(0)");
    }
    return new CdnMapping(simulator.httpsPort(), simulator.certificateSpkiSha256());
  }

  /**
   * The two Chromium switches. Chromium honours the SPKI list only when it also has a {@code
   * --user-data-dir}: {@link Browsers} always passes one, and ChromeDriver adds its own when none
   * is given, as on a Grid node.
   */
  public List<String> chromiumArguments() {
    return List.of(
        "--host-resolver-rules=MAP " + CdnCertificate.CDN_HOST + " " + hostPort(),
        "--ignore-certificate-errors-spki-list=" + spkiSha256);
  }

  private String hostPort() {
    String host = address.contains(":") ? "[" + address + "]" : address;
    return host + ":" + httpsPort;
  }
}
