package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Workers' scenarios run side by side; one that must run alone (it moves the simulator's clock)
 * waits for those running to end, and none begins until it ends.
 */
class SoloGateTest {
  private final SoloGate gate = new SoloGate();
  private final ExecutorService workers = Executors.newFixedThreadPool(3);

  @AfterEach
  void stop() {
    workers.shutdownNow();
  }

  @Test
  void scenariosRunSideBySide() throws Exception {
    CountDownLatch bothIn = new CountDownLatch(2);
    Runnable scenario =
        () -> {
          gate.begin();
          try {
            bothIn.countDown();
            await(bothIn);
          } finally {
            gate.end();
          }
        };
    Future<?> one = workers.submit(scenario);
    Future<?> two = workers.submit(scenario);

    one.get(5, TimeUnit.SECONDS);
    two.get(5, TimeUnit.SECONDS);
  }

  @Test
  void aScenarioThatRunsAloneWaitsForTheOthersAndHoldsOffNewOnes() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger seenBesideTheLoneOne = new AtomicInteger(-1);
    CountDownLatch otherIn = new CountDownLatch(1);
    CountDownLatch loneAsked = new CountDownLatch(1);
    CountDownLatch loneIn = new CountDownLatch(1);
    CountDownLatch letLoneEnd = new CountDownLatch(1);

    Future<?> other =
        workers.submit(
            () -> {
              gate.begin();
              running.incrementAndGet();
              otherIn.countDown();
              await(loneAsked);
              // Still running when the lone one waits for it.
              org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(gate::waiting);
              running.decrementAndGet();
              gate.end();
            });
    await(otherIn);
    Future<?> lone =
        workers.submit(
            () -> {
              gate.begin();
              loneAsked.countDown();
              gate.alone();
              seenBesideTheLoneOne.set(running.get());
              loneIn.countDown();
              await(letLoneEnd);
              gate.end();
            });
    await(loneIn);
    Future<?> late =
        workers.submit(
            () -> {
              gate.begin();
              running.incrementAndGet();
              gate.end();
            });
    // The late one waits at the gate while the lone one runs.
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(gate::waiting);
    int begunWhileAlone = running.get();
    letLoneEnd.countDown();

    other.get(5, TimeUnit.SECONDS);
    lone.get(5, TimeUnit.SECONDS);
    late.get(5, TimeUnit.SECONDS);
    assertThat(seenBesideTheLoneOne).as("scenarios running beside the lone one").hasValue(0);
    assertThat(begunWhileAlone).as("scenarios begun while it ran alone").isZero();
    assertThat(running).as("the late scenario ran after it").hasValue(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
