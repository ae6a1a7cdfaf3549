package dev.preflight.simulator.control;

import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.iamport.JsonPayload;
import dev.preflight.simulator.iamport.ScheduleJson;
import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.Schedule;
import dev.preflight.simulator.ledger.ScheduleStatus;
import dev.preflight.web.Excerpt;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /__sim/schedules}: scheduled charges, soonest {@code schedule_at} first (what the
 * clock runs next), paged as {@link PaymentListing} and filtered by {@code status} ({@code
 * scheduled}, {@code executed}, {@code revoked}), over the tenants of {@link TenantScope}. Each is
 * the REST API's schedule object with its {@code tenant} first.
 */
final class ScheduleListing {
  static final String PATH = ControlApi.PREFIX + "/schedules";

  private static final Comparator<Listed> SOONEST_FIRST =
      Comparator.comparingLong((Listed l) -> l.schedule().scheduleAt())
          .thenComparing(Listed::tenant)
          .thenComparingLong(l -> l.schedule().sequence());

  private final Simulator simulator;

  ScheduleListing(Simulator simulator) {
    this.simulator = simulator;
  }

  void register(RoutesConfig routes) {
    routes.get(PATH, ControlApi.handle(this::list));
  }

  private record Listed(String tenant, Schedule schedule) {}

  private Object list(Context ctx) {
    ScheduleStatus status = status(ListingQuery.text(ctx, "status"));
    ListingQuery paging = ListingQuery.of(ctx);
    List<Listed> all = new ArrayList<>();
    for (Account account : TenantScope.of(simulator, ctx)) {
      String tenant = account.tenant().userCode();
      account
          .ledger()
          .schedules(s -> status == null || s.status() == status)
          .forEach(s -> all.add(new Listed(tenant, s)));
    }
    List<Listed> page =
        all.stream().sorted(SOONEST_FIRST).skip(paging.offset()).limit(paging.limit()).toList();
    return (JsonPayload)
        out -> {
          out.writeStartObject();
          out.writeNumberField("total", all.size());
          out.writeNumberField("page", paging.page());
          out.writeNumberField("limit", paging.limit());
          out.writeArrayFieldStart("list");
          for (Listed listed : page) {
            ScheduleJson.writeOfTenant(out, listed.tenant(), listed.schedule());
          }
          out.writeEndArray();
          out.writeEndObject();
        };
  }

  private static ScheduleStatus status(String name) {
    if (name == null || name.equals("all")) {
      return null;
    }
    return Arrays.stream(ScheduleStatus.values())
        .filter(s -> s.wireName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new ControlException(
                    400,
                    "status must be scheduled, executed or revoked (got \""
                        + Excerpt.of(name)
                        + "\")"));
  }
}
