package dev.preflight.simulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.journal.Journal;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.Accounts;
import dev.preflight.simulator.ledger.Charge;
import dev.preflight.simulator.ledger.Clock;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.Schedule;
import dev.preflight.simulator.ledger.ScheduleStatus;
import dev.preflight.simulator.webhook.WebhookDispatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes schedules when the clock reaches them, in order of {@code schedule_at}: a tick every
 * second follows real time, and advancing the clock runs what became due at once. Each execution is
 * a payment ({@code imps_…}, {@code customer_uid_usage: payment.scheduled}) and a webhook.
 */
public final class ScheduleRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ScheduleRunner.class);

  private final Clock clock;
  private final Accounts accounts;
  private final WebhookDispatcher webhooks;
  private final Journal journal;
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "schedule-ticker");
            thread.setDaemon(true);
            return thread;
          });

  /** A schedule that was executed, and how its charge ended. */
  public record Run(
      String tenant, String merchantUid, String impUid, long scheduleAt, String status) {}

  public ScheduleRunner(
      Clock clock, Accounts accounts, WebhookDispatcher webhooks, Journal journal) {
    this.clock = clock;
    this.accounts = accounts;
    this.webhooks = webhooks;
    this.journal = journal;
  }

  public void start() {
    ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
  }

  private void tick() {
    try {
      runDue(clock.now());
    } catch (RuntimeException bug) {
      LOG.error("running due schedules failed", bug);
    }
  }

  /** Where a clock move left the clock, and the schedules it made due. */
  public record Moved(long now, List<Run> ran) {}

  /**
   * Moves the clock and runs what became due, as one step: the ticker cannot run those schedules in
   * between, so the caller learns about every one of them.
   */
  public synchronized Moved moveClock(ToLongFunction<Clock> move) {
    long now = move.applyAsLong(clock);
    return new Moved(now, runDue(now));
  }

  /** Executes every schedule due at {@code now}, across tenants, oldest first. */
  public synchronized List<Run> runDue(long now) {
    record Due(Account account, Schedule schedule) {}
    List<Due> due = new ArrayList<>();
    for (Account account : accounts.all()) {
      account
          .ledger()
          .schedules(s -> s.status() == ScheduleStatus.SCHEDULED && s.scheduleAt() <= now)
          .forEach(s -> due.add(new Due(account, s)));
    }
    due.sort(
        Comparator.comparingLong((Due d) -> d.schedule().scheduleAt())
            .thenComparingLong(d -> d.schedule().sequence()));
    List<Run> runs = new ArrayList<>();
    for (Due item : due) {
      execute(item.account(), item.schedule()).ifPresent(runs::add);
    }
    return runs;
  }

  private Optional<Run> execute(Account account, Schedule schedule) {
    long at = schedule.scheduleAt();
    Charge charge =
        new Charge(
            schedule.customerUid(),
            schedule.merchantUid(),
            schedule.amount(),
            schedule.taxFree(),
            schedule.currency(),
            schedule.name(),
            schedule.buyer(),
            schedule.customData(),
            "payment.scheduled");
    Optional<Payment> made =
        account.ledger().execute(schedule, () -> charge.draft(account, at), at);
    if (made.isEmpty()) {
      return Optional.empty();
    }
    Payment payment = made.get();
    String tenant = account.tenant().userCode();
    String status = payment.status().wireName();
    ObjectNode detail = JsonNodeFactory.instance.objectNode();
    detail.put("customer_uid", schedule.customerUid());
    detail.put("merchant_uid", schedule.merchantUid());
    detail.put("imp_uid", payment.impUid());
    detail.put("schedule_at", schedule.scheduleAt());
    detail.put("amount", payment.amount());
    detail.put("payment_status", status);
    detail.put("fail_reason", payment.failReason());
    journal.record(tenant, JournalEntry.SCHEDULE, null, null, null, null, null, detail);
    webhooks.notify(
        account.tenant(), schedule.noticeUrls(), payment.impUid(), payment.merchantUid(), status);
    return Optional.of(new Run(tenant, schedule.merchantUid(), payment.impUid(), at, status));
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
