package dev.preflight.simulator.iamport;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.preflight.simulator.ledger.Schedule;
import java.io.IOException;
import java.util.List;

/**
 * Writes a schedule as i'mport's {@code ScheduleResult}. The official Java client reads {@code
 * customer_uid}, {@code merchant_uid}, {@code schedule_at} and {@code amount} without a null check,
 * so those are always present.
 */
public final class ScheduleJson {
  private ScheduleJson() {}

  public static JsonPayload of(Schedule schedule) {
    return out -> write(out, schedule);
  }

  public static JsonPayload list(List<Schedule> schedules) {
    return out -> writeList(out, schedules);
  }

  static void writeList(JsonGenerator out, List<Schedule> schedules) throws IOException {
    out.writeStartArray();
    for (Schedule schedule : schedules) {
      write(out, schedule);
    }
    out.writeEndArray();
  }

  static void write(JsonGenerator out, Schedule s) throws IOException {
    out.writeStartObject();
    fields(out, s);
    out.writeEndObject();
  }

  /** The schedule object with the tenant it belongs to first, for the control API's listing. */
  public static void writeOfTenant(JsonGenerator out, String tenant, Schedule s)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("tenant", tenant);
    fields(out, s);
    out.writeEndObject();
  }

  private static void fields(JsonGenerator out, Schedule s) throws IOException {
    out.writeNumberField("amount", s.amount());
    out.writeStringField("buyer_addr", s.buyer().addr());
    out.writeStringField("buyer_email", s.buyer().email());
    out.writeStringField("buyer_name", s.buyer().name());
    out.writeStringField("buyer_postcode", s.buyer().postcode());
    out.writeStringField("buyer_tel", s.buyer().tel());
    out.writeStringField("currency", s.currency());
    out.writeStringField("custom_data", s.customData());
    out.writeNullField("customer_id");
    out.writeStringField("customer_uid", s.customerUid());
    out.writeNumberField("executed_at", s.executedAt());
    out.writeStringField("fail_reason", s.failReason());
    out.writeStringField("imp_uid", s.impUid());
    out.writeStringField("merchant_uid", s.merchantUid());
    out.writeStringField("name", s.name());
    out.writeStringField(
        "payment_status", s.paymentStatus() == null ? null : s.paymentStatus().wireName());
    out.writeStringField("pg_id", s.pgId());
    out.writeStringField("pg_provider", s.pgProvider());
    out.writeNullField("promotion_id");
    out.writeNumberField("revoked_at", s.revokedAt());
    out.writeNumberField("schedule_at", s.scheduleAt());
    out.writeStringField("schedule_status", s.status().wireName());
  }
}
