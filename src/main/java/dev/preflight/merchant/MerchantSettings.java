package dev.preflight.merchant;

import java.util.List;

/**
 * Where the reference merchant listens, which gateway account it uses, and which mistakes it makes.
 *
 * @param simulatorUrl the gateway's base URL, for REST calls and, unless {@code sdkUrl} says
 *     otherwise, the SDK's {@code <script src>}
 * @param sdkUrl the SDK's {@code <script src>} exactly; null for the simulator's own path. The real
 *     CDN URL makes the shop look like an unchanged production page, for a browser that maps the
 *     CDN host to the simulator
 */
public record MerchantSettings(
    String host,
    int port,
    String simulatorUrl,
    String userCode,
    String impKey,
    String impSecret,
    long minimumAmount,
    List<Defect> defects,
    String sdkUrl) {

  /** The SDK as production pages load it. */
  public static final String CDN_SDK_URL = "https://cdn.iamport.kr/v1/iamport.js";

  public MerchantSettings {
    defects = List.copyOf(defects);
    if (sdkUrl == null) {
      sdkUrl = simulatorUrl + "/v1/iamport.js";
    }
  }

  /** The SDK from the simulator's own address. */
  public MerchantSettings(
      String host,
      int port,
      String simulatorUrl,
      String userCode,
      String impKey,
      String impSecret,
      long minimumAmount,
      List<Defect> defects) {
    this(host, port, simulatorUrl, userCode, impKey, impSecret, minimumAmount, defects, null);
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
        newHost,
        newPort,
        simulatorUrl,
        userCode,
        impKey,
        impSecret,
        minimumAmount,
        defects,
        sdkUrl);
  }

  /** The same shop loading the SDK from {@code url}, such as {@link #CDN_SDK_URL}. */
  public MerchantSettings withSdkUrl(String url) {
    return new MerchantSettings(
        host, port, simulatorUrl, userCode, impKey, impSecret, minimumAmount, defects, url);
  }
}
