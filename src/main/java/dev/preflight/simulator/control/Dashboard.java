package dev.preflight.simulator.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.simulator.ledger.NaverPayFailure;
import dev.preflight.simulator.ledger.PaymentQuery;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.simulator.ledger.ScheduleStatus;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.web.Excerpt;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;

/**
 * {@code GET /__sim/}: the dashboard page for a browser; for a client that asks for JSON ({@code
 * Accept: application/json} or {@code ?format=json}), a summary: version, clock, tenants with their
 * counts, the outcomes that can be armed, and the control endpoints.
 */
final class Dashboard {
  static final String PAGE_RESOURCE = "/dashboard/dashboard.html";

  private static final byte[] PAGE = load(PAGE_RESOURCE);

  /**
   * The page runs only its own inline script, known by its hash (so an event handler smuggled in as
   * markup would not run), and talks only to this origin.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src "
          + scriptHash(PAGE)
          + "; style-src 'unsafe-inline'; connect-src 'self'; img-src 'none'; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'none'";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Simulator simulator;

  Dashboard(Simulator simulator) {
    this.simulator = simulator;
  }

  void register(RoutesConfig routes) {
    // Trailing slashes are ignored by the router: this is /__sim/ as well.
    Handler summary = ControlApi.handle(ctx -> summary());
    routes.get(
        ControlApi.PREFIX,
        ctx -> {
          boolean json;
          try {
            json = wantsJson(ctx);
          } catch (ControlException refused) {
            ControlApi.error(ctx, refused.status(), refused.getMessage());
            return;
          }
          if (json) {
            summary.handle(ctx);
          } else {
            page(ctx);
          }
        });
  }

  private static void page(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .contentType("text/html; charset=UTF-8")
        .result(PAGE);
  }

  private static boolean wantsJson(Context ctx) {
    String format = ListingQuery.text(ctx, "format");
    if (format != null) {
      return switch (format) {
        case "json" -> true;
        case "html" -> false;
        default ->
            throw new ControlException(
                400, "format must be json or html (got \"" + Excerpt.of(format) + "\")");
      };
    }
    String accept = ctx.header("Accept");
    if (accept == null) {
      return false;
    }
    String wanted = accept.toLowerCase(Locale.ROOT);
    // A browser names text/html (and */*); a script that names only JSON gets JSON.
    return wanted.contains("application/json") && !wanted.contains("text/html");
  }

  private ObjectNode summary() {
    ObjectNode out = NODES.objectNode();
    out.put("name", "npay-preflight simulator");
    String version = Dashboard.class.getPackage().getImplementationVersion();
    out.put("version", version == null ? "development" : version);
    out.putObject("clock")
        .put("now", simulator.clock().now())
        .put("real_time", simulator.clock().isRealTime());
    // The dashboard's journal view drops what it shows when someone else resets the simulator.
    out.putObject("journal")
        .put("last_seq", simulator.journal().lastSeq())
        .put("cleared_before", simulator.journal().clearedBefore());
    ArrayNode tenants = out.putArray("tenants");
    simulator.accounts().all().stream()
        .sorted(Comparator.comparing(account -> account.tenant().userCode()))
        .forEach(account -> tenants.add(tenant(account)));
    ArrayNode outcomes = out.putArray("outcomes");
    outcomes.add("approve").add("fail");
    for (NaverPayFailure failure : NaverPayFailure.values()) {
      outcomes.add(failure.outcomeName());
    }
    outcomes.add("forge_success");
    ObjectNode links = out.putObject("links");
    for (String name :
        new String[] {
          "health",
          "tenants",
          "payments",
          "schedules",
          "journal",
          "webhooks",
          "outcomes",
          "clock",
          "faults",
          "reset"
        }) {
      links.put(name, ControlApi.PREFIX + "/" + name);
    }
    links.put("dashboard", ControlApi.PREFIX + "/");
    return out;
  }

  private static ObjectNode tenant(Account account) {
    Tenant tenant = account.tenant();
    Ledger ledger = account.ledger();
    ObjectNode out = NODES.objectNode();
    out.put("user_code", tenant.userCode());
    out.put("imp_key", tenant.impKey());
    out.put("merchant_name", tenant.merchantName());
    ObjectNode payments = out.putObject("payments");
    payments.put("total", count(ledger, null));
    for (PaymentStatus status : PaymentStatus.values()) {
      payments.put(status.wireName(), count(ledger, status));
    }
    ObjectNode schedules = out.putObject("schedules");
    for (ScheduleStatus status : ScheduleStatus.values()) {
      schedules.put(status.wireName(), ledger.schedules(s -> s.status() == status).size());
    }
    out.put("billing_keys", ledger.billingKeys().size());
    return out;
  }

  private static long count(Ledger ledger, PaymentStatus status) {
    PaymentQuery every = PaymentQuery.everyStarted(status, false);
    return ledger.payments(every, 0, 0).total();
  }

  /** The CSP source of the page's one inline script: {@code 'sha256-<base64>'}. */
  static String scriptHash(byte[] page) {
    String html = new String(page, StandardCharsets.UTF_8);
    int open = html.indexOf("<script>") + "<script>".length();
    int close = html.indexOf("</script>", open);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(html.substring(open, close).getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static byte[] load(String resource) {
    try (InputStream in = Dashboard.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the dashboard page " + resource + " is not packaged");
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
