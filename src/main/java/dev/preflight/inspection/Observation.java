package dev.preflight.inspection;

import java.util.List;
import java.util.function.Predicate;

/**
 * Everything one scenario recorded, for the rules to judge: the journal entries it produced, the
 * journal before it (for rules across scenarios, such as merchant_uid reuse), what the buyer saw,
 * and the merchant's context.
 *
 * @param device {@code pc} or {@code mobile}
 */
public record Observation(
    String scenario,
    String device,
    List<JournalRecord> journal,
    List<JournalRecord> earlier,
    BuyerView buyer,
    MerchantContext merchant) {

  public Observation {
    journal = List.copyOf(journal);
    earlier = List.copyOf(earlier);
  }

  public List<JournalRecord> entries(Predicate<JournalRecord> filter) {
    return journal.stream().filter(filter).toList();
  }

  public List<JournalRecord> requestPays() {
    return entries(JournalRecord::isRequestPay);
  }

  public List<JournalRecord> windowResults() {
    return entries(JournalRecord::isWindowResult);
  }
}
