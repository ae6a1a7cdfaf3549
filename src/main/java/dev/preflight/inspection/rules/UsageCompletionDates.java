package dev.preflight.inspection.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.simulator.journal.JournalEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The usage-completion dates ({@code naverUseCfm}) a scenario sent, each with the date of the
 * payment it belongs to, in Korea: the call's time, or {@code schedule_at} for a schedule.
 */
final class UsageCompletionDates {
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  /** One naverUseCfm sent, and the date it must not precede. */
  record Sent(JournalEntry entry, String where, JsonNode value, LocalDate paymentDate) {}

  private UsageCompletionDates() {}

  static List<Sent> sent(List<JournalEntry> journal) {
    List<Sent> sent = new ArrayList<>();
    for (JournalEntry entry : journal) {
      LocalDate day = date(entry.at());
      if (entry.isRequestPay()) {
        add(sent, entry, "params.naverUseCfm", entry.param("naverUseCfm"), day);
      } else if (entry.isRest("POST", "/subscribe/payments/again")) {
        add(sent, entry, "params.extra.naverUseCfm", useCfm(entry.params()), day);
      } else if (entry.isRest("POST", "/subscribe/payments/schedule")) {
        JsonNode schedules = entry.param("schedules");
        for (int i = 0; schedules.isArray() && i < schedules.size(); i++) {
          JsonNode schedule = schedules.get(i);
          LocalDate at =
              JsonValues.wholeNumber(schedule.path("schedule_at")).stream()
                  .mapToObj(UsageCompletionDates::date)
                  .findFirst()
                  .orElse(day);
          add(sent, entry, "params.schedules[" + i + "].extra.naverUseCfm", useCfm(schedule), at);
        }
      }
    }
    return sent;
  }

  private static JsonNode useCfm(JsonNode call) {
    JsonNode nested = call.path("extra").path("naverUseCfm");
    return nested.isMissingNode() ? call.path("extra[naverUseCfm]") : nested;
  }

  private static void add(
      List<Sent> sent, JournalEntry entry, String where, JsonNode value, LocalDate day) {
    if (JsonValues.isPresent(value)) {
      sent.add(new Sent(entry, where, value, day));
    }
  }

  static LocalDate date(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).atZone(SEOUL).toLocalDate();
  }
}
