package dev.preflight.simulator.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One thing that happened at the simulator, recorded before anyone judges it.
 *
 * @param seq position in the journal, from 1
 * @param at the simulator's clock, UNIX seconds
 * @param tenant the user code of the tenant it belongs to, or null when unknown (a bad token)
 * @param kind what recorded it: {@code rest}, {@code sdk}, {@code window}, {@code webhook}, {@code
 *     schedule}, or {@code fault}: a REST call answered by an injected fault instead of the gateway
 *     ({@code detail.fault} names it; {@code status} is null when no HTTP answer was sent)
 * @param params the request's parameters with their original JSON types; secrets masked
 * @param status the HTTP status answered (or received, for a webhook)
 * @param code the envelope's {@code code}, when there was one
 * @param detail anything else worth keeping for this kind of entry
 * @param atMillis the real time it was recorded, epoch milliseconds, whatever the simulator's clock
 *     says: a browser on the same machine can place what it saw among the entries
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JournalEntry(
    long seq,
    long at,
    String tenant,
    String kind,
    String method,
    String path,
    JsonNode params,
    Integer status,
    Integer code,
    JsonNode detail,
    long atMillis) {

  public static final String REST = "rest";
  public static final String WEBHOOK = "webhook";
  public static final String SCHEDULE = "schedule";
  public static final String FAULT = "fault";
}
