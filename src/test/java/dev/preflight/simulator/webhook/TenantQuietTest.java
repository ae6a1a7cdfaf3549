package dev.preflight.simulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.simulator.journal.Journal;
import dev.preflight.simulator.ledger.Clock;
import dev.preflight.simulator.ledger.Tenant;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A check's workers each wait out their own shop's notices before a scenario, not every tenant's:
 * with two shops paying side by side, some notice is nearly always on its way.
 */
class TenantQuietTest {
  private final Clock clock = new Clock();
  private final WebhookDispatcher webhooks =
      new WebhookDispatcher(clock, new Journal(clock), Duration.ofSeconds(1));
  private final Tenant busy = tenant("busy_key");

  @AfterEach
  void close() {
    webhooks.close();
  }

  @Test
  void aTenantWithNothingOnItsWayIsNotHeldByAnothersNotice() {
    webhooks.delayPaymentNotices(Duration.ofSeconds(3));
    webhooks.notifyOfPayment(
        busy, List.of("http://127.0.0.1:9/notice"), "imp_1", "order-1", "paid");

    webhooks.awaitQuiet("idle_key", Duration.ofSeconds(20));

    assertThat(webhooks.pending("busy_key"))
        .as("the other tenant's notice, still waiting after the idle one's wait ended")
        .isEqualTo(1);
    assertThat(webhooks.pending("idle_key")).isZero();
  }

  @Test
  void aTenantsOwnNoticeIsWaitedOut() {
    webhooks.delayPaymentNotices(Duration.ofMillis(100));
    webhooks.notifyOfPayment(busy, List.of(), "imp_1", "order-1", "paid");

    webhooks.awaitQuiet("busy_key", Duration.ofSeconds(20));

    assertThat(webhooks.pending("busy_key")).isZero();
  }

  private static Tenant tenant(String impKey) {
    Tenant base = Tenant.defaultTenant();
    return new Tenant(
        "imp00000009",
        impKey,
        "secret",
        null,
        base.notificationFormat(),
        base.minimumAmount(),
        0,
        base.contract(),
        base.channels(),
        base.failureMessages(),
        "test shop");
  }
}
