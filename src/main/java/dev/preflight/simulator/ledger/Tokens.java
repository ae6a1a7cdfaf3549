package dev.preflight.simulator.ledger;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens as the gateway hands them out: 30 minutes long; asking again before expiry returns
 * the same token, stretched by 5 minutes when asked in its last minute.
 */
public final class Tokens {
  public static final long LIFETIME_SECONDS = 30 * 60;
  private static final long LAST_MINUTE = 60;
  private static final long EXTENSION_SECONDS = 5 * 60;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Token> byImpKey = new ConcurrentHashMap<>();
  private final Map<String, Token> byValue = new ConcurrentHashMap<>();

  /** A token and the tenant it belongs to. */
  public record Token(String value, String impKey, long expiredAt) {}

  public synchronized Token issue(String impKey, long now) {
    Token current = byImpKey.get(impKey);
    if (current != null && now < current.expiredAt()) {
      if (current.expiredAt() - now <= LAST_MINUTE) {
        current = new Token(current.value(), impKey, current.expiredAt() + EXTENSION_SECONDS);
        remember(current);
      }
      return current;
    }
    if (current != null) {
      byValue.remove(current.value());
    }
    byte[] bytes = new byte[20];
    random.nextBytes(bytes);
    Token fresh = new Token(HexFormat.of().formatHex(bytes), impKey, now + LIFETIME_SECONDS);
    remember(fresh);
    return fresh;
  }

  private void remember(Token token) {
    byImpKey.put(token.impKey(), token);
    byValue.put(token.value(), token);
  }

  /** The tenant a token belongs to, if the token is known and not expired. */
  public Optional<Token> valid(String value, long now) {
    Token token = value == null ? null : byValue.get(value);
    return token != null && now < token.expiredAt() ? Optional.of(token) : Optional.empty();
  }

  public synchronized void clear() {
    byImpKey.clear();
    byValue.clear();
  }
}
