package dev.preflight.harness.profile;

import java.util.List;

/**
 * The tenant the site's server uses at the simulator: the user code its page gives {@code
 * IMP.init}, its REST credentials, and the account terms the rules depend on.
 *
 * @param minimumAmount the smallest amount Naver Pay accepts for this account, in won
 * @param channels the account's payment channels; with more than one, {@code pg} must name naverpay
 * @param notificationUrl where the gateway posts the account's webhooks, or null when the site
 *     passes {@code notice_url} with each payment
 */
public record GatewayAccount(
    String userCode,
    String impKey,
    String impSecret,
    long minimumAmount,
    List<String> channels,
    String notificationUrl) {

  public static final String DEFAULT_USER_CODE = "imp00000000";
  public static final String DEFAULT_IMP_KEY = "preflight_key";
  public static final String DEFAULT_IMP_SECRET = "preflight_secret";
  public static final long DEFAULT_MINIMUM_AMOUNT = 100;

  public GatewayAccount {
    channels = List.copyOf(channels);
  }

  /** The account every simulator starts with, which the reference merchant uses. */
  public static GatewayAccount simulatorDefault() {
    return new GatewayAccount(
        DEFAULT_USER_CODE,
        DEFAULT_IMP_KEY,
        DEFAULT_IMP_SECRET,
        DEFAULT_MINIMUM_AMOUNT,
        List.of("naverpay"),
        null);
  }

  GatewayAccount resolve(Variables variables) {
    return new GatewayAccount(
        variables.fill("tenant.user_code", userCode),
        variables.fill("tenant.imp_key", impKey),
        variables.fill("tenant.imp_secret", impSecret),
        minimumAmount,
        channels,
        variables.fill("tenant.notification_url", notificationUrl));
  }

  /** Keeps the secret out of logs and reports. */
  @Override
  public String toString() {
    return "GatewayAccount[userCode="
        + userCode
        + ", impKey="
        + impKey
        + ", impSecret=****, minimumAmount="
        + minimumAmount
        + ", channels="
        + channels
        + ", notificationUrl="
        + notificationUrl
        + "]";
  }
}
