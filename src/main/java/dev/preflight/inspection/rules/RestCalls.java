package dev.preflight.inspection.rules;

import dev.preflight.inspection.Observation;
import dev.preflight.simulator.journal.JournalEntry;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The merchant server's REST calls the rules look for: lookups and cancels of one payment. */
final class RestCalls {
  static final String CANCEL = "/payments/cancel";

  private RestCalls() {}

  /** Earlier scenarios' entries, then this one's: for rules that look across scenarios. */
  static List<JournalEntry> history(Observation observation) {
    List<JournalEntry> all = new ArrayList<>(observation.earlier());
    all.addAll(observation.journal());
    return all;
  }

  static boolean isCancel(JournalEntry entry) {
    return entry.isRest("POST", CANCEL);
  }

  /**
   * A lookup of this payment: {@code GET /payments/{imp_uid}}, {@code /payments/find[All]/{m}…},
   * {@code GET /payments?imp_uid[]=…}, or for a registration {@code GET
   * /subscribe/customers/{customer_uid}}.
   */
  static boolean isLookupOf(
      JournalEntry entry, String impUid, String merchantUid, String customerUid) {
    if (!"rest".equals(entry.kind()) || !"GET".equals(entry.method()) || entry.path() == null) {
      return false;
    }
    String path = decode(entry.path());
    if (impUid != null && path.equals("/payments/" + impUid)) {
      return true;
    }
    if (merchantUid != null
        && (path.equals("/payments/find/" + merchantUid)
            || path.startsWith("/payments/find/" + merchantUid + "/")
            || path.equals("/payments/findAll/" + merchantUid)
            || path.startsWith("/payments/findAll/" + merchantUid + "/"))) {
      return true;
    }
    if (path.equals("/payments")) {
      return JsonValues.texts(entry.param("imp_uid")).contains(impUid)
          || JsonValues.texts(entry.param("merchant_uid")).contains(merchantUid);
    }
    return customerUid != null && path.equals("/subscribe/customers/" + customerUid);
  }

  /** Whether a {@code POST /payments/cancel} is about this payment (imp_uid wins, as i'mport's). */
  static boolean cancels(JournalEntry entry, String impUid, String merchantUid) {
    if (!isCancel(entry)) {
      return false;
    }
    String cancelledImpUid = JsonValues.text(entry.param("imp_uid"));
    if (cancelledImpUid != null) {
      return cancelledImpUid.equals(impUid);
    }
    String cancelledMerchantUid = JsonValues.text(entry.param("merchant_uid"));
    return cancelledMerchantUid != null && cancelledMerchantUid.equals(merchantUid);
  }

  /**
   * The lookups of a payment between its window result and {@code deadline} that its own
   * confirmation made, not a webhook handler. A webhook delivery is journaled when the merchant has
   * answered it, so the handler's lookup comes just before it: each answered delivery for the
   * payment takes away the latest unclaimed lookup made while it was on its way (after its {@code
   * sent_after_seq}), if there is one.
   */
  static List<JournalEntry> confirmingLookups(
      List<JournalEntry> journal, Attempt attempt, String customerUid, long deadline) {
    List<JournalEntry> lookups = new ArrayList<>();
    for (JournalEntry entry : journal) {
      if (entry.seq() <= attempt.lastSeq()) {
        continue;
      }
      if (entry.seq() <= deadline
          && isLookupOf(entry, attempt.impUid(), attempt.merchantUid(), customerUid)) {
        lookups.add(entry);
      } else if (isAnsweredWebhookFor(entry, attempt.impUid())) {
        // Only a lookup made while the delivery was on its way can be the handler's.
        long sentAfter = entry.detail().path("sent_after_seq").asLong(0);
        lookups.stream()
            .filter(lookup -> lookup.seq() < entry.seq() && lookup.seq() > sentAfter)
            .reduce((first, second) -> second)
            .ifPresent(lookups::remove);
      }
    }
    return lookups;
  }

  private static boolean isAnsweredWebhookFor(JournalEntry entry, String impUid) {
    return "webhook".equals(entry.kind())
        && entry.status() != null
        && impUid != null
        && impUid.equals(JsonValues.text(entry.param("imp_uid")));
  }

  static boolean accepted(JournalEntry entry) {
    return entry.code() != null && entry.code() == 0;
  }

  static String decode(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return path;
    }
  }
}
