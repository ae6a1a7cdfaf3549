package dev.preflight.simulator.journal;

import java.util.Set;

/**
 * The fields the journal never keeps in clear, in requests and answers alike: the REST secret and
 * the access tokens. A {@code customer_uid} is not one of them: the merchant chose it, it charges
 * nothing without a token, and the rules compare it across calls. Card numbers come out of the
 * gateway already masked.
 */
public final class Secrets {
  /** Field names whose values are masked wherever they appear. */
  public static final Set<String> FIELDS = Set.of("imp_secret", "_token", "access_token");

  /** What a request's secret becomes: nothing of it is kept. */
  public static final String MASK = "****";

  /** Characters of a token kept in front of the mask: enough to tell two tokens apart. */
  static final int TOKEN_PREFIX = 4;

  /** A token shorter than this would show too much of itself through its prefix: all masked. */
  private static final int SHORTEST_SHOWN = 4 * TOKEN_PREFIX;

  private Secrets() {}

  public static boolean isSecret(String field) {
    return FIELDS.contains(field);
  }

  /**
   * An answer's secret, masked: a token keeps its first characters, so that a reader can see
   * whether {@code /users/getToken} handed out the same token again; {@code imp_secret} keeps
   * nothing.
   */
  static String maskAnswered(String field, String value) {
    boolean token = !"imp_secret".equals(field);
    if (!token || value == null || value.length() < SHORTEST_SHOWN) {
      return MASK;
    }
    return value.substring(0, TOKEN_PREFIX) + MASK;
  }
}
