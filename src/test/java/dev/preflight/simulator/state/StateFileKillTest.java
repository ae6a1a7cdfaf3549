package dev.preflight.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.client.ArmOutcome;
import dev.preflight.client.BillingKeySeed;
import dev.preflight.client.ControlRequestRefused;
import dev.preflight.client.PaymentSeed;
import dev.preflight.client.SimulatorControl;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.ArmedOutcome;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.ServeProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --state} killed with SIGKILL in the middle of a load of mixed writes: started again
 * on the same file, it has every write it answered with success.
 */
class StateFileKillTest {
  private static final int WORKERS = 6;

  /** Enough answered writes that the kill lands in the middle of the load, not after it. */
  private static final int KILL_AFTER = 400;

  private static final String[] NO_HEADERS = {};

  @TempDir Path dir;

  /** What the simulator answered with success before it was killed. */
  private final Map<String, Long> cancelledAtLeast = new ConcurrentHashMap<>();

  private final Queue<String> paidImpUids = new ConcurrentLinkedQueue<>();
  private final Queue<String> preparedMerchantUids = new ConcurrentLinkedQueue<>();
  private final Queue<String> customerUids = new ConcurrentLinkedQueue<>();
  private final Queue<String> scheduledMerchantUids = new ConcurrentLinkedQueue<>();
  private final Queue<Long> outcomeIds = new ConcurrentLinkedQueue<>();
  private final Queue<String> tenantKeys = new ConcurrentLinkedQueue<>();
  private final Queue<String> journaledMerchantUids = new ConcurrentLinkedQueue<>();
  private final AtomicLong clockAtLeast = new AtomicLong();
  private final AtomicInteger answered = new AtomicInteger();

  @Test
  void everyWriteAnsweredBeforeAKillIsThereAfterARestart() throws Exception {
    Path state = dir.resolve("sim.state");
    ServeProcess serve = ServeProcess.start(dir.resolve("first.log"), "--state", state.toString());
    MerchantRestClient client = new MerchantRestClient(serve.baseUrl());
    String[] auth = MerchantRestClient.bearer(client.defaultToken());

    // GIVEN several callers writing every kind of thing, recording each write answered with success
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    CountDownLatch enough = new CountDownLatch(1);
    List<Future<?>> callers = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      int worker = w;
      callers.add(pool.submit(() -> load(client, auth, worker, enough)));
    }

    // WHEN the simulator is killed (SIGKILL) while they are still writing
    while (!enough.await(100, TimeUnit.MILLISECONDS)) {
      for (Future<?> caller : callers) {
        if (caller.isDone()) {
          caller.get();
        }
      }
    }
    serve.kill();
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    for (Future<?> caller : callers) {
      caller.get();
    }
    assertThat(answered.get()).isGreaterThanOrEqualTo(KILL_AFTER);

    // THEN, started again on the same file, it has every one of those writes
    try (ServeProcess again =
        ServeProcess.start(dir.resolve("second.log"), "--state", state.toString())) {
      MerchantRestClient sim = new MerchantRestClient(again.baseUrl());
      String[] token = MerchantRestClient.bearer(sim.defaultToken());
      for (String impUid : paidImpUids) {
        HttpReply payment = sim.get("/payments/" + impUid, token);
        assertThat(payment.status()).as("payment %s", impUid).isEqualTo(200);
        assertThat(payment.response().get("cancel_amount").asLong())
            .as("refunds of %s", impUid)
            .isGreaterThanOrEqualTo(cancelledAtLeast.getOrDefault(impUid, 0L));
      }
      for (String merchantUid : preparedMerchantUids) {
        assertThat(sim.get("/payments/prepare/" + merchantUid, token).status())
            .as("prepared %s", merchantUid)
            .isEqualTo(200);
      }
      for (String customerUid : customerUids) {
        assertThat(sim.get("/subscribe/customers/" + customerUid, token).status())
            .as("billing key %s", customerUid)
            .isEqualTo(200);
      }
      for (String merchantUid : scheduledMerchantUids) {
        assertThat(sim.get("/subscribe/payments/schedule/" + merchantUid, token).status())
            .as("schedule %s", merchantUid)
            .isEqualTo(200);
      }
      SimulatorControl control = SimulatorControl.at(again.baseUrl());
      assertThat(control.armedOutcomes()).extracting(ArmedOutcome::id).containsAll(outcomeIds);
      assertThat(control.tenants()).extracting(Tenant::impKey).containsAll(tenantKeys);
      assertThat(control.clock().now()).isGreaterThanOrEqualTo(clockAtLeast.get());
      Set<String> journaled = new HashSet<>();
      for (JournalEntry entry : control.journal()) {
        JsonNode merchantUid = entry.param("merchant_uid");
        if (Integer.valueOf(200).equals(entry.status()) && merchantUid.isTextual()) {
          journaled.add(merchantUid.asText());
        }
      }
      assertThat(journaled).containsAll(journaledMerchantUids);
    }
  }

  /** One caller's mixed writes, each in its own names, until the simulator stops answering. */
  private void load(MerchantRestClient sim, String[] auth, int worker, CountDownLatch enough) {
    SimulatorControl control = SimulatorControl.at(sim.baseUrl());
    try {
      String tenantKey = "kill_key_" + worker;
      written(() -> control.createTenant("imp9999000" + worker, tenantKey, "secret", null));
      acknowledged(enough, () -> tenantKeys.add(tenantKey));
      for (int i = 0; ; i++) {
        String id = "w" + worker + "_" + i;
        String impUid = written(() -> control.seedPayment(PaymentSeed.paid(id, 10_000))).impUid();
        acknowledged(enough, () -> paidImpUids.add(impUid));
        HttpReply cancel =
            sim.postJson("/payments/cancel", Map.of("imp_uid", impUid, "amount", 1_000), auth);
        acknowledged(
            cancel,
            enough,
            () -> cancelledAtLeast.put(impUid, cancel.response().get("cancel_amount").asLong()));
        String prepared = id + "_prepared";
        acknowledged(
            sim.postJson(
                "/payments/prepare", Map.of("merchant_uid", prepared, "amount", 5_000), auth),
            enough,
            () -> {
              preparedMerchantUids.add(prepared);
              journaledMerchantUids.add(prepared);
            });
        String customer = id + "_customer";
        written(() -> control.seedBillingKey(BillingKeySeed.forCustomer(customer)));
        acknowledged(enough, () -> customerUids.add(customer));
        String again = id + "_again";
        HttpReply charged =
            sim.postJson(
                "/subscribe/payments/again",
                Map.of(
                    "customer_uid", customer, "merchant_uid", again, "amount", 2_000, "name", "구독"),
                auth);
        acknowledged(
            charged,
            enough,
            () -> {
              paidImpUids.add(charged.response().get("imp_uid").asText());
              journaledMerchantUids.add(again);
            });
        String scheduled = id + "_scheduled";
        acknowledged(
            sim.postJson(
                "/subscribe/payments/schedule",
                Map.of(
                    "customer_uid",
                    customer,
                    "schedules",
                    List.of(
                        Map.of(
                            "merchant_uid",
                            scheduled,
                            "schedule_at",
                            4_000_000_000L,
                            "amount",
                            3_000,
                            "name",
                            "구독"))),
                auth),
            enough,
            () -> scheduledMerchantUids.add(scheduled));
        ArmedOutcome armed =
            written(() -> control.arm(ArmOutcome.fail().forMerchantUid(id + "_never")));
        acknowledged(enough, () -> outcomeIds.add(armed.id()));
        if (worker == 0) {
          long now = written(() -> control.advanceClock(Duration.ofSeconds(1))).now();
          acknowledged(enough, () -> clockAtLeast.accumulateAndGet(now, Math::max));
        }
      }
    } catch (RuntimeException killed) {
      // The simulator is gone: what was answered before is what must be there.
    }
  }

  private void acknowledged(HttpReply reply, CountDownLatch enough, Runnable record) {
    if (reply.status() != 200 && reply.status() != 201) {
      throw new AssertionError("a write was refused: " + reply.body());
    }
    acknowledged(enough, record);
  }

  /**
   * A control call's answer. A refusal fails the test, as for the REST calls; a dropped connection
   * stays an {@link java.io.UncheckedIOException}, which the caller takes for the kill.
   */
  private static <T> T written(Supplier<T> call) {
    try {
      return call.get();
    } catch (ControlRequestRefused refused) {
      throw new AssertionError("a write was refused: " + refused.getMessage(), refused);
    }
  }

  private void acknowledged(CountDownLatch enough, Runnable record) {
    record.run();
    if (answered.incrementAndGet() >= KILL_AFTER) {
      enough.countDown();
    }
  }
}
