package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;
import java.util.regex.Pattern;

/**
 * NP-PG-1: with more than one channel, {@code pg} names naverpay ({@code naverpay} or {@code
 * naverpay.{id}}). A {@code channelKey}, which names the channel itself, satisfies it too.
 */
public final class PgNamesNaverPay extends ReviewRule {
  private static final Pattern NAVERPAY = Pattern.compile("naverpay(\\.[^.\\s]+)?");

  public PgNamesNaverPay() {
    super("NP-PG-1", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    int channels = observation.merchant().channelCount();
    if (channels <= 1) {
      return skipped(observation, says(observation, "one-channel", channels));
    }
    List<JournalEntry> calls = observation.requestPays();
    if (calls.isEmpty()) {
      return skipped(observation, sharedSays(observation, "common.no-request-pay"));
    }
    List<JournalEntry> wrong =
        calls.stream()
            .filter(c -> JsonValues.text(c.param("channelKey")) == null)
            .filter(
                c ->
                    !c.param("pg").isTextual()
                        || !NAVERPAY.matcher(c.param("pg").asText()).matches())
            .toList();
    JournalEntry shown = wrong.isEmpty() ? calls.get(calls.size() - 1) : wrong.get(0);
    Evidence evidence =
        Evidence.of(says(observation, "expected"), String.valueOf(shown.params().get("pg")))
            .withJournal(
                (wrong.isEmpty() ? calls : wrong).stream().mapToLong(JournalEntry::seq).toArray())
            .with("params.pg", JsonValues.typed(shown.param("pg")))
            .with("params.channelKey", JsonValues.typed(shown.param("channelKey")))
            .with("channel_count", channels);
    return wrong.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }
}
