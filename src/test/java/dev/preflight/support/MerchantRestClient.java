package dev.preflight.support;

import java.util.Map;

/**
 * The i'mport REST API as a merchant's server calls it ({@code /users/getToken}, {@code
 * /payments/...}): a plain HTTP client that can also fetch a token. It never calls the control API;
 * tests do that through {@link dev.preflight.client.SimulatorControl}.
 */
public final class MerchantRestClient extends PlainHttpClient {

  public MerchantRestClient(String baseUrl) {
    super(baseUrl);
  }

  /** A token for the given credentials; fails the test when there is none. */
  public String token(String impKey, String impSecret) {
    HttpReply reply =
        postJson("/users/getToken", Map.of("imp_key", impKey, "imp_secret", impSecret));
    if (reply.status() != 200) {
      throw new AssertionError("getToken failed: " + reply.body());
    }
    return reply.response().get("access_token").asText();
  }

  /** A token of the simulator's default tenant. */
  public String defaultToken() {
    return token("preflight_key", "preflight_secret");
  }

  /** Authorization header pair for a token, as the Node and PHP clients send it. */
  public static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }
}
