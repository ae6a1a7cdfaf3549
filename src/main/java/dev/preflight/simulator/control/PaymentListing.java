package dev.preflight.simulator.control;

import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.iamport.JsonPayload;
import dev.preflight.simulator.iamport.PaymentJson;
import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentQuery;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.web.Excerpt;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /__sim/payments}: payments for the dashboard and scripts, newest start first, paged
 * ({@code page} from 1, {@code limit} up to 100) and filtered by {@code status} and an exact {@code
 * merchant_uid}, over the tenants of {@link TenantScope}. Each payment is the REST API's payment
 * object with its {@code tenant} first.
 */
final class PaymentListing {
  static final String PATH = ControlApi.PREFIX + "/payments";

  /** Newest first across tenants; a tie goes by user code, then to the newer of one ledger. */
  private static final Comparator<Listed> NEWEST_FIRST =
      Comparator.comparingLong((Listed l) -> l.payment().startedAt())
          .reversed()
          .thenComparing(Listed::tenant)
          .thenComparing(Comparator.comparingLong((Listed l) -> l.payment().sequence()).reversed());

  private final Simulator simulator;

  PaymentListing(Simulator simulator) {
    this.simulator = simulator;
  }

  void register(RoutesConfig routes) {
    routes.get(PATH, ControlApi.handle(this::list));
  }

  private record Listed(String tenant, Payment payment) {}

  private Object list(Context ctx) {
    PaymentStatus status = status(ListingQuery.text(ctx, "status"));
    String merchantUid = ListingQuery.text(ctx, "merchant_uid");
    ListingQuery paging = ListingQuery.of(ctx);
    List<Account> tenants = TenantScope.of(simulator, ctx);
    Page page =
        merchantUid == null
            ? byStatus(tenants, status, paging)
            : ofMerchantUid(tenants, status, merchantUid, paging);
    return (JsonPayload)
        out -> {
          out.writeStartObject();
          out.writeNumberField("total", page.total());
          out.writeNumberField("page", paging.page());
          out.writeNumberField("limit", paging.limit());
          out.writeArrayFieldStart("list");
          for (Listed listed : page.items()) {
            PaymentJson.writeOfTenant(out, listed.tenant(), listed.payment());
          }
          out.writeEndArray();
          out.writeEndObject();
        };
  }

  private record Page(long total, List<Listed> items) {}

  /** Empty, {@code all} or absent lists every status; anything but the four is refused. */
  private static PaymentStatus status(String name) {
    if (name == null || name.equals("all")) {
      return null;
    }
    return PaymentStatus.fromWire(name)
        .orElseThrow(
            () ->
                new ControlException(
                    400,
                    "status must be ready, paid, cancelled or failed (got \""
                        + Excerpt.of(name)
                        + "\")"));
  }

  /**
   * From the ledgers' sorted indexes: one tenant costs its page; several cost, each, the payments
   * up to the end of the page, merged.
   */
  private static Page byStatus(List<Account> tenants, PaymentStatus status, ListingQuery paging) {
    PaymentQuery query = PaymentQuery.everyStarted(status, true);
    if (tenants.size() == 1) {
      Account only = tenants.get(0);
      var page = only.ledger().payments(query, paging.offset(), paging.limit());
      return new Page(page.total(), listed(only, page.items()));
    }
    long total = 0;
    List<Long> totals = new ArrayList<>();
    for (Account account : tenants) {
      long count = account.ledger().payments(query, 0, 0).total();
      totals.add(count);
      total += count;
    }
    if (paging.offset() >= total) {
      return new Page(total, List.of());
    }
    long end = paging.offset() + paging.limit();
    List<Listed> merged = new ArrayList<>();
    for (int i = 0; i < tenants.size(); i++) {
      Ledger ledger = tenants.get(i).ledger();
      int upToEnd = (int) Math.min(totals.get(i), end);
      merged.addAll(listed(tenants.get(i), ledger.payments(query, 0, upToEnd).items()));
    }
    return new Page(total, slice(merged, paging));
  }

  private static Page ofMerchantUid(
      List<Account> tenants, PaymentStatus status, String merchantUid, ListingQuery paging) {
    List<Listed> matches = new ArrayList<>();
    for (Account account : tenants) {
      List<Payment> payments =
          account.ledger().paymentsFor(merchantUid).stream()
              .filter(p -> status == null || p.status() == status)
              .toList();
      matches.addAll(listed(account, payments));
    }
    return new Page(matches.size(), slice(matches, paging));
  }

  private static List<Listed> listed(Account account, List<Payment> payments) {
    String tenant = account.tenant().userCode();
    return payments.stream().map(p -> new Listed(tenant, p)).toList();
  }

  private static List<Listed> slice(List<Listed> all, ListingQuery paging) {
    return all.stream().sorted(NEWEST_FIRST).skip(paging.offset()).limit(paging.limit()).toList();
  }
}
