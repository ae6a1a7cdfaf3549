package dev.preflight.simulator.iamport;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The access token a call presents, looked for where the gateway looks, in its order of precedence:
 * {@code Authorization} (raw or {@code Bearer}), {@code X-ImpTokenHeader}, then {@code ?_token=}.
 */
public final class PresentedToken {
  private PresentedToken() {}

  /** The token, stripped, or null when the call presents none. */
  public static String of(UnaryOperator<String> header, Supplier<String> queryToken) {
    String token = header.apply("Authorization");
    if (token != null && token.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = token.substring(7);
    }
    if (token == null || token.isBlank()) {
      token = header.apply("X-ImpTokenHeader");
    }
    if (token == null || token.isBlank()) {
      token = queryToken.get();
    }
    return token == null ? null : token.strip();
  }
}
