package dev.preflight.simulator.control;

import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.ledger.Account;
import dev.preflight.web.Excerpt;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;

/**
 * The tenants a listing covers: the one named by {@code ?tenant=<user code>}, else the one of the
 * {@code X-Preflight-Tenant} header (so a test's own client sees only its own tenant, as with every
 * other control call), else every tenant, by user code. A listing of several names each item's
 * tenant, so their data never blends.
 */
final class TenantScope {
  private TenantScope() {}

  static List<Account> of(Simulator simulator, Context ctx) {
    String userCode = ListingQuery.text(ctx, "tenant");
    String impKey = ctx.header(ControlApi.TENANT_HEADER);
    boolean byHeader = impKey != null && !impKey.isBlank();
    if (userCode == null && !byHeader) {
      return simulator.accounts().all().stream()
          .sorted(Comparator.comparing(account -> account.tenant().userCode()))
          .toList();
    }
    Account fromHeader = byHeader ? ControlApi.account(simulator, ctx) : null;
    if (userCode == null) {
      return List.of(fromHeader);
    }
    Account named =
        simulator
            .accounts()
            .byUserCode(userCode)
            .orElseThrow(
                () ->
                    new ControlException(
                        404,
                        "no tenant has user code \""
                            + Excerpt.of(userCode)
                            + "\": GET /__sim/tenants lists them"));
    if (fromHeader != null && fromHeader != named) {
      throw new ControlException(
          400,
          "tenant="
              + Excerpt.of(userCode)
              + " and the "
              + ControlApi.TENANT_HEADER
              + " header name different tenants: send one of them");
    }
    return List.of(named);
  }
}
