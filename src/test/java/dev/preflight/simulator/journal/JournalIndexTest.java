package dev.preflight.simulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.simulator.ledger.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reads after a cursor, per tenant and with a bound, give what a filter over every entry gives. */
class JournalIndexTest {
  private static final String[] TENANTS = {"impA", "impB", null};

  private static List<JournalEntry> fill(Journal journal, int count) {
    Random random = new Random(7);
    List<JournalEntry> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String tenant = TENANTS[random.nextInt(TENANTS.length)];
      all.add(journal.record(tenant, "rest", "GET", "/p/" + i, null, 200, 0, null));
    }
    return all;
  }

  private static List<JournalEntry> expected(List<JournalEntry> all, long since, String tenant) {
    return all.stream()
        .filter(e -> e.seq() > since)
        .filter(e -> tenant == null || e.tenant() == null || e.tenant().equals(tenant))
        .toList();
  }

  @Test
  void aTenantsReadHoldsItsOwnAndTheUntoldEntriesInSeqOrder() {
    Journal journal = new Journal(new Clock());
    List<JournalEntry> all = fill(journal, 3000);

    for (String tenant : Arrays.asList("impA", "impB", "impC", null)) {
      for (long since : List.of(0L, 1L, 1500L, 2999L, 3000L, 5000L, -3L)) {
        assertThat(journal.since(since, tenant))
            .as("%s after %d", tenant, since)
            .containsExactlyElementsOf(expected(all, since, tenant));
      }
    }
    assertThat(journal.dropped()).isZero();
  }

  @Test
  void aBoundKeepsTheNewestAndCountsWhatItDropped() {
    Journal journal = new Journal(new Clock(), 100);
    List<JournalEntry> all = fill(journal, 2500);
    List<JournalEntry> kept = all.subList(2400, 2500);

    assertThat(journal.since(0, null)).containsExactlyElementsOf(kept);
    assertThat(journal.since(0, "impA")).containsExactlyElementsOf(expected(kept, 0, "impA"));
    assertThat(journal.since(2450, "impB")).containsExactlyElementsOf(expected(kept, 2450, "impB"));
    assertThat(journal.dropped()).isEqualTo(2400);
    assertThat(journal.lastSeq()).isEqualTo(2500);
  }

  @Test
  void numberingGoesOnAcrossAReset() {
    Journal journal = new Journal(new Clock(), 10);
    fill(journal, 25);

    journal.clear();
    JournalEntry next = journal.record("impA", "rest", "GET", "/x", null, 200, 0, null);

    assertThat(next.seq()).isEqualTo(26);
    assertThat(journal.since(0, "impA")).containsExactly(next);
  }
}
