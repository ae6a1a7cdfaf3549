package dev.preflight.simulator.journal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.simulator.ledger.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordered record of everything the simulator saw. Nothing is evicted unless a bound was asked
 * for ({@code serve --journal-max-entries}): a run's journal is the evidence the inspection judges
 * afterwards. With a bound, the oldest entries go first, and {@link #dropped()} counts them.
 *
 * <p>Entries are kept per tenant as well as in one line, so that a tenant's read after a cursor
 * costs what it returns, however busy the other tenants are.
 */
public final class Journal {
  /** No bound: every entry is kept until a reset. */
  public static final long UNBOUNDED = 0;

  private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

  private final Clock clock;
  private final long maxEntries;
  private final JournalListener listener;
  private final Trail entries = new Trail();

  /** Entries no tenant could be told for, which every tenant's read includes. */
  private final Trail untenanted = new Trail();

  private final Map<String, Trail> byTenant = new HashMap<>();

  /** The seq the next entry gets: numbering goes on across a reset, so cursors stay valid. */
  private long nextSeq = 1;

  private long dropped;

  /** The seq the journal was last emptied at: every entry before it is gone (0: never). */
  private long clearedBefore;

  public Journal(Clock clock) {
    this(clock, UNBOUNDED, JournalListener.NONE);
  }

  /**
   * @param maxEntries the most entries kept, or {@link #UNBOUNDED}
   */
  public Journal(Clock clock, long maxEntries) {
    this(clock, maxEntries, JournalListener.NONE);
  }

  /**
   * @param maxEntries the most entries kept, or {@link #UNBOUNDED}
   * @param listener told of every entry and every clearing, in seq order (a state file)
   */
  public Journal(Clock clock, long maxEntries, JournalListener listener) {
    if (maxEntries < 0) {
      throw new IllegalArgumentException("maxEntries must be 0 (unbounded) or more");
    }
    this.clock = clock;
    this.maxEntries = maxEntries;
    this.listener = listener;
  }

  /**
   * Puts back saved entries (in seq order), and the seq the next entry gets when there are none;
   * nothing is told to the listener. Only for a journal that is still empty. A bound applies to
   * them as to new entries.
   */
  public synchronized void restore(List<JournalEntry> saved, long nextSeqWhenEmpty) {
    saved.forEach(this::keep);
    nextSeq = saved.isEmpty() ? nextSeqWhenEmpty : saved.get(saved.size() - 1).seq() + 1;
  }

  /**
   * The seq the journal was last emptied at (a reset, from anywhere): a reader holding older
   * entries knows to let them go. 0 when it never was.
   */
  public synchronized long clearedBefore() {
    return clearedBefore;
  }

  /** The seq of the newest entry, or the one before the first when there is none. */
  public synchronized long lastSeq() {
    return nextSeq - 1;
  }

  public JournalEntry record(
      String tenant,
      String kind,
      String method,
      String path,
      JsonNode params,
      Integer status,
      Integer code,
      JsonNode detail) {
    return record(tenant, kind, method, path, params, status, code, detail, null);
  }

  /**
   * @param response the start of the body answered, for a REST call the simulator answered
   */
  public JournalEntry record(
      String tenant,
      String kind,
      String method,
      String path,
      JsonNode params,
      Integer status,
      Integer code,
      JsonNode detail,
      BodyExcerpt response) {
    long at = clock.now();
    synchronized (this) {
      JournalEntry entry =
          new JournalEntry(
              nextSeq++,
              at,
              tenant,
              kind,
              method,
              path,
              params,
              status,
              code,
              detail,
              response,
              System.currentTimeMillis());
      keep(entry);
      listener.recorded(entry);
      return entry;
    }
  }

  /** Adds the entry to the line and to its tenant's trail, within the bound. */
  private void keep(JournalEntry entry) {
    entries.add(entry);
    trailOf(entry.tenant()).add(entry);
    if (maxEntries != UNBOUNDED && entries.size() > maxEntries) {
      dropOldest();
    }
  }

  private Trail trailOf(String tenant) {
    return tenant == null ? untenanted : byTenant.computeIfAbsent(tenant, t -> new Trail());
  }

  private void dropOldest() {
    JournalEntry oldest = entries.first();
    entries.dropFirst();
    trailOf(oldest.tenant()).dropFirst();
    if (dropped++ == 0) {
      LOG.warn(
          "journal: more than {} entries, dropping the oldest from now on (seq {} was the first"
              + " dropped); GET /__sim/journal counts them in X-Preflight-Journal-Dropped",
          maxEntries,
          oldest.seq());
    }
  }

  /** How many entries the bound has dropped since the simulator started. */
  public synchronized long dropped() {
    return dropped;
  }

  /**
   * Entries after {@code since} (a seq), in order. With a tenant, only that tenant's entries and
   * those no tenant could be told for.
   */
  public synchronized List<JournalEntry> since(long since, String tenant) {
    if (tenant == null) {
      return entries.after(since);
    }
    Trail own = byTenant.get(tenant);
    List<JournalEntry> mine = own == null ? List.of() : own.after(since);
    List<JournalEntry> unknown = untenanted.after(since);
    if (unknown.isEmpty()) {
      return mine;
    }
    List<JournalEntry> merged = new ArrayList<>(mine.size() + unknown.size());
    int i = 0;
    int j = 0;
    while (i < mine.size() || j < unknown.size()) {
      boolean takeMine =
          j == unknown.size() || (i < mine.size() && mine.get(i).seq() < unknown.get(j).seq());
      merged.add(takeMine ? mine.get(i++) : unknown.get(j++));
    }
    return merged;
  }

  public synchronized void clear() {
    entries.clear();
    untenanted.clear();
    byTenant.clear();
    clearedBefore = nextSeq;
    listener.cleared(nextSeq);
  }
}
