package dev.preflight.simulator.iamport;

import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.Accounts;
import dev.preflight.simulator.ledger.Tokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** {@code POST /users/getToken}. */
public final class TokenApi {
  private final Accounts accounts;
  private final Tokens tokens;

  public TokenApi(Accounts accounts, Tokens tokens) {
    this.accounts = accounts;
    this.tokens = tokens;
  }

  public Reply getToken(ApiRequest request) {
    String impKey = request.params().requiredText("imp_key");
    String impSecret = request.params().requiredText("imp_secret");
    Account account =
        accounts
            .byImpKey(impKey)
            .orElseThrow(() -> new ApiException(401, -1, Messages.BAD_CREDENTIALS));
    request.identify(account);
    if (!sameSecret(account.tenant().impSecret(), impSecret)) {
      throw new ApiException(401, -1, Messages.BAD_CREDENTIALS);
    }
    long now = request.now();
    Tokens.Token token = tokens.issue(impKey, now);
    return Reply.ok(
        out -> {
          out.writeStartObject();
          out.writeStringField("access_token", token.value());
          out.writeNumberField("expired_at", token.expiredAt());
          out.writeNumberField("now", now);
          out.writeEndObject();
        });
  }

  private static boolean sameSecret(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
