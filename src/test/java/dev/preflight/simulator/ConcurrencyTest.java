package dev.preflight.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.simulator.ledger.Payment;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two guarantees under real parallel HTTP load, released at once from a latch. */
class ConcurrencyTest {
  private static final int CALLERS = 32;

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private final ExecutorService pool = Executors.newFixedThreadPool(CALLERS);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private List<HttpReply> inParallel(Callable<HttpReply> call) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpReply>> futures = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return call.call();
              }));
    }
    start.countDown();
    List<HttpReply> replies = new ArrayList<>();
    for (Future<HttpReply> future : futures) {
      replies.add(future.get());
    }
    return replies;
  }

  @Test
  void parallelPartialCancelsNeverRefundMoreThanThePayment() throws Exception {
    String[] auth = MerchantRestClient.bearer(sim.client().defaultToken());
    String impUid = sim.seedPayment("order-1", 10000, "paid");

    List<HttpReply> replies =
        inParallel(
            () ->
                sim.client()
                    .postJson(
                        "/payments/cancel",
                        Map.of("imp_uid", impUid, "amount", 700, "reason", "race"),
                        auth));

    long succeeded = replies.stream().filter(r -> r.json().get("code").asInt() == 0).count();
    Payment after =
        sim.simulator().accounts().defaultAccount().ledger().payment(impUid).orElseThrow();
    assertThat(succeeded).isEqualTo(14);
    assertThat(after.cancelAmount()).isEqualTo(14 * 700).isLessThanOrEqualTo(10000);
    assertThat(after.cancelHistory()).hasSize(14);
    assertThat(replies).allMatch(r -> r.status() == 200);
  }

  @Test
  void parallelChargesOfOneMerchantUidCreateAtMostOnePayment() throws Exception {
    String[] auth = MerchantRestClient.bearer(sim.client().defaultToken());
    sim.seedBillingKey(null, "customer-1");

    List<HttpReply> replies =
        inParallel(
            () ->
                sim.client()
                    .postJson(
                        "/subscribe/payments/again",
                        Map.of(
                            "customer_uid", "customer-1",
                            "merchant_uid", "order-1",
                            "amount", 9900,
                            "name", "월 구독"),
                        auth));

    long paid = replies.stream().filter(r -> r.json().get("code").asInt() == 0).count();
    assertThat(paid).isEqualTo(1);
    assertThat(sim.simulator().accounts().defaultAccount().ledger().paymentsFor("order-1"))
        .hasSize(1);
  }
}
