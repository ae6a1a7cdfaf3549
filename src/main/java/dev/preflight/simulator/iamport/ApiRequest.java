package dev.preflight.simulator.iamport;

import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.simulator.ledger.Tenant;
import io.javalin.http.Context;

/**
 * A parsed i'mport request: the tenant its token belongs to, its body and query parameters, and the
 * simulator's time when it arrived.
 */
public final class ApiRequest {
  private final Context ctx;
  private final Params body;
  private final Params query;
  private final long now;
  private Account account;

  ApiRequest(Context ctx, Params body, Params query, long now, Account account) {
    this.ctx = ctx;
    this.body = body;
    this.query = query;
    this.now = now;
    this.account = account;
  }

  /** The body's parameters (JSON or form). */
  public Params params() {
    return body;
  }

  /** The query string's parameters, with {@code a[]=} and {@code a[0]=} arrays. */
  public Params query() {
    return query;
  }

  /** A path parameter, or null when the matched route has none of that name. */
  public String path(String name) {
    return ctx.pathParamMap().get(name);
  }

  public long now() {
    return now;
  }

  public Account account() {
    return account;
  }

  public Tenant tenant() {
    return account.tenant();
  }

  public Ledger ledger() {
    return account.ledger();
  }

  /** For the token endpoint, which learns the tenant from the credentials rather than a token. */
  void identify(Account identified) {
    this.account = identified;
  }
}
