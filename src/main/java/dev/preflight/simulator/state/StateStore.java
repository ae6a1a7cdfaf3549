package dev.preflight.simulator.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.simulator.journal.Journal;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.journal.JournalListener;
import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.Accounts;
import dev.preflight.simulator.ledger.ArmedOutcome;
import dev.preflight.simulator.ledger.BillingKey;
import dev.preflight.simulator.ledger.BooksChange;
import dev.preflight.simulator.ledger.Clock;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.Prepared;
import dev.preflight.simulator.ledger.Schedule;
import dev.preflight.simulator.ledger.StateListener;
import dev.preflight.simulator.ledger.Tenant;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's state in a file ({@code serve --state}), kept in an H2 MVStore: one map per kind
 * of thing, each row a JSON value keyed by the tenant's user code and the thing's own id, so a
 * change costs the rows it touches whatever the size of the books. Changes are heard as they happen
 * and written ahead of the answer: {@link #awaitDurable()} returns once everything changed so far
 * is committed and flushed to disk. At start, {@link #restoreInto} puts it all back.
 */
public final class StateStore implements StateListener, JournalListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);

  /**
   * Journal entries keep requests' bodies as they came, as deep as the parsers let them be: the
   * file must take (and give back) a little more than that, or one odd request would stop every
   * later write.
   */
  private static final int MAX_NESTING = 4000;

  private static final ObjectMapper JSON = stateMapper();
  private static final String CLOCK_OFFSET = "clock.offset_seconds";
  private static final String JOURNAL_FIRST_SEQ = "journal.first_seq";
  private static final String NEXT_OUTCOME_ID = "/outcomes.next_id";
  private static final int CLOSE_COMPACT_MILLIS = 1000;

  private final Path file;
  private final MVStore store;
  private final MVMap<String, String> tenants;
  private final MVMap<String, String> payments;
  private final MVMap<String, String> prepared;
  private final MVMap<String, String> billingKeys;
  private final MVMap<String, String> schedules;
  private final MVMap<String, String> outcomes;
  private final MVMap<String, String> meta;
  private final MVMap<Long, String> journal;
  private final WriteAhead writes;

  private static ObjectMapper stateMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();
    return new ObjectMapper(factory).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private StateStore(Path file, MVStore store) {
    this.file = file;
    this.store = store;
    this.tenants = store.openMap("tenants");
    this.payments = store.openMap("payments");
    this.prepared = store.openMap("prepared");
    this.billingKeys = store.openMap("billing_keys");
    this.schedules = store.openMap("schedules");
    this.outcomes = store.openMap("outcomes");
    this.meta = store.openMap("meta");
    this.journal = store.openMap("journal");
    this.writes = new WriteAhead("state-writer", this::commit);
  }

  /**
   * Opens (or creates) a state file.
   *
   * @throws IllegalArgumentException naming the file and why, when it is in use by another
   *     simulator or is not a state file
   */
  public static StateStore open(Path file) {
    try {
      MVStore store =
          new MVStore.Builder()
              .fileName(file.toAbsolutePath().toString())
              // Nothing is written behind our back: only whole batches, by the writer thread.
              .autoCommitDisabled()
              .open();
      return new StateStore(file, store);
    } catch (MVStoreException unusable) {
      throw new IllegalArgumentException(
          "state file "
              + file
              + " cannot be opened (is another simulator using it?): "
              + firstLine(unusable.getMessage()));
    }
  }

  public Path file() {
    return file;
  }

  /** Makes everything applied so far durable: committed, then flushed to the disk. */
  private void commit() {
    store.commit();
    store.sync();
  }

  /**
   * Returns once every change made so far is in the file.
   *
   * @throws NotStored when the file could not be written
   */
  public void awaitDurable() {
    writes.awaitDurable();
  }

  @Override
  public void tenantAdded(Tenant tenant) {
    writes.submit(() -> tenants.put(tenant.userCode(), json(tenant)));
  }

  @Override
  public void tenantsDropped() {
    writes.submit(
        () ->
            List.of(tenants, payments, prepared, billingKeys, schedules, outcomes)
                .forEach(MVMap::clear));
  }

  @Override
  public void booksChanged(String tenant, List<BooksChange> changes) {
    writes.submit(() -> changes.forEach(change -> apply(tenant, change)));
  }

  private void apply(String tenant, BooksChange change) {
    if (change instanceof BooksChange.PaymentSaved saved) {
      payments.put(key(tenant, saved.payment().impUid()), json(saved.payment()));
    } else if (change instanceof BooksChange.PreparedSaved saved) {
      prepared.put(key(tenant, saved.prepared().merchantUid()), json(saved.prepared()));
    } else if (change instanceof BooksChange.BillingKeySaved saved) {
      billingKeys.put(key(tenant, saved.key().customerUid()), json(saved.key()));
    } else if (change instanceof BooksChange.BillingKeyDeleted deleted) {
      billingKeys.remove(key(tenant, deleted.customerUid()));
    } else if (change instanceof BooksChange.ScheduleSaved saved) {
      schedules.put(key(tenant, saved.schedule().merchantUid()), json(saved.schedule()));
    } else if (change instanceof BooksChange.BooksCleared) {
      List.of(payments, prepared, billingKeys, schedules).forEach(map -> removeTenant(map, tenant));
    } else if (change instanceof BooksChange.OutcomeSaved saved) {
      ArmedOutcome outcome = saved.outcome();
      String key = key(tenant, Long.toString(outcome.id()));
      if (outcome.remaining() > 0) {
        outcomes.put(key, json(outcome));
        meta.merge(
            tenant + NEXT_OUTCOME_ID,
            Long.toString(outcome.id() + 1),
            (was, next) -> Long.parseLong(was) >= Long.parseLong(next) ? was : next);
      } else {
        outcomes.remove(key);
      }
    } else if (change instanceof BooksChange.OutcomesCleared) {
      removeTenant(outcomes, tenant);
    }
  }

  @Override
  public void clockMoved(long offsetSeconds) {
    writes.submit(() -> meta.put(CLOCK_OFFSET, Long.toString(offsetSeconds)));
  }

  @Override
  public void recorded(JournalEntry entry) {
    writes.submit(() -> journal.put(entry.seq(), json(entry)));
  }

  @Override
  public void cleared(long nextSeq) {
    writes.submit(
        () -> {
          journal.clear();
          meta.put(JOURNAL_FIRST_SEQ, Long.toString(nextSeq));
        });
  }

  /**
   * Puts the saved state back into a simulator that has just been built: tenants that are not
   * already there (the default one and those of the settings win), every tenant's books and armed
   * outcomes, the journal and the clock. From then on the clock's moves are kept too.
   */
  public void restoreInto(Accounts accounts, Journal journal, Clock clock) {
    for (String saved : tenants.values()) {
      Tenant tenant = read(saved, Tenant.class);
      boolean known =
          accounts.byUserCode(tenant.userCode()).isPresent()
              || accounts.byImpKey(tenant.impKey()).isPresent();
      if (!known) {
        accounts.add(tenant);
      }
    }
    Map<String, List<Payment>> paymentsOf = byTenant(payments, Payment.class);
    Map<String, List<Prepared>> preparedOf = byTenant(prepared, Prepared.class);
    Map<String, List<BillingKey>> keysOf = byTenant(billingKeys, BillingKey.class);
    Map<String, List<Schedule>> schedulesOf = byTenant(schedules, Schedule.class);
    Map<String, List<ArmedOutcome>> outcomesOf = byTenant(outcomes, ArmedOutcome.class);
    for (Account account : accounts.all()) {
      String tenant = account.tenant().userCode();
      account
          .ledger()
          .restore(
              paymentsOf.getOrDefault(tenant, List.of()),
              preparedOf.getOrDefault(tenant, List.of()),
              keysOf.getOrDefault(tenant, List.of()),
              schedulesOf.getOrDefault(tenant, List.of()));
      account
          .outcomes()
          .restore(
              outcomesOf.getOrDefault(tenant, List.of()),
              Long.parseLong(meta.getOrDefault(tenant + NEXT_OUTCOME_ID, "1")));
    }
    List<JournalEntry> entries = new ArrayList<>(this.journal.size());
    this.journal.values().forEach(saved -> entries.add(read(saved, JournalEntry.class)));
    journal.restore(entries, Long.parseLong(meta.getOrDefault(JOURNAL_FIRST_SEQ, "1")));
    clock.restore(Long.parseLong(meta.getOrDefault(CLOCK_OFFSET, "0")), this::clockMoved);
    LOG.info(
        "state file {}: {} tenants, {} payments, {} journal entries restored",
        file,
        tenants.size(),
        payments.size(),
        entries.size());
  }

  private static <T> Map<String, List<T>> byTenant(MVMap<String, String> map, Class<T> type) {
    Map<String, List<T>> grouped = new HashMap<>();
    map.forEach(
        (key, value) ->
            grouped
                .computeIfAbsent(key.substring(0, key.indexOf('/')), t -> new ArrayList<>())
                .add(read(value, type)));
    return grouped;
  }

  /** Removes a tenant's rows: its keys are together, from {@code tenant/} on. */
  private static void removeTenant(MVMap<String, String> map, String tenant) {
    String prefix = tenant + "/";
    List<String> keys = new ArrayList<>();
    Iterator<String> from = map.keyIterator(prefix);
    while (from.hasNext()) {
      String key = from.next();
      if (!key.startsWith(prefix)) {
        break;
      }
      keys.add(key);
    }
    keys.forEach(map::remove);
  }

  /** User codes are {@code imp} and 8 digits: the first slash ends them. */
  private static String key(String tenant, String id) {
    return tenant + "/" + id;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException unreadable) {
      throw new IllegalArgumentException(
          "the state file holds a " + type.getSimpleName() + " this version cannot read",
          unreadable);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /**
   * Writes what is pending and closes the file, compacting it for up to a second. While running,
   * MVStore keeps superseded chunks for its retention time (45 s) before reusing their space; a
   * shorter retention lost acknowledged writes in the kill test, so the default stays.
   */
  @Override
  public void close() {
    writes.close();
    store.close(CLOSE_COMPACT_MILLIS);
  }
}
