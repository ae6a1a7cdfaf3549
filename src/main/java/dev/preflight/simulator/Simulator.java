package dev.preflight.simulator;

import dev.preflight.simulator.faults.ArmedFaults;
import dev.preflight.simulator.journal.Journal;
import dev.preflight.simulator.journal.JournalListener;
import dev.preflight.simulator.ledger.Accounts;
import dev.preflight.simulator.ledger.Clock;
import dev.preflight.simulator.ledger.StateListener;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.simulator.ledger.Tokens;
import dev.preflight.simulator.naverpay.Checkout;
import dev.preflight.simulator.state.StateStore;
import dev.preflight.simulator.webhook.WebhookDispatcher;
import java.util.Optional;

/**
 * The simulator's state and machinery, without HTTP: tenants and their books, tokens, the clock,
 * the journal, webhooks and the schedule runner; with a state file in the settings, everything it
 * keeps is restored from that file and written to it as it changes.
 */
public final class Simulator implements AutoCloseable {
  private final SimulatorSettings settings;
  private final Clock clock;
  private final Accounts accounts;
  private final Tokens tokens = new Tokens();
  private final Journal journal;
  private final WebhookDispatcher webhooks;
  private final ScheduleRunner schedules;
  private final Checkout checkout;
  private final ArmedFaults faults = new ArmedFaults();
  private final StateStore state;

  public Simulator(SimulatorSettings settings) {
    this(settings, new Clock());
  }

  public Simulator(SimulatorSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.state = settings.stateFile() == null ? null : StateStore.open(settings.stateFile());
    this.accounts =
        new Accounts(Tenant.defaultTenant(), state == null ? StateListener.NONE : state);
    settings.tenants().forEach(accounts::add);
    this.journal =
        new Journal(
            clock, settings.journalMaxEntries(), state == null ? JournalListener.NONE : state);
    if (state != null) {
      try {
        state.restoreInto(accounts, journal, clock);
      } catch (RuntimeException unreadable) {
        state.close();
        throw unreadable;
      }
    }
    this.webhooks = new WebhookDispatcher(clock, journal, settings.webhookRetryInterval());
    this.schedules = new ScheduleRunner(clock, accounts, webhooks, journal);
    this.checkout = new Checkout(accounts, clock, journal, webhooks);
  }

  public SimulatorSettings settings() {
    return settings;
  }

  public Clock clock() {
    return clock;
  }

  public Accounts accounts() {
    return accounts;
  }

  public Tokens tokens() {
    return tokens;
  }

  public Journal journal() {
    return journal;
  }

  public WebhookDispatcher webhooks() {
    return webhooks;
  }

  public ScheduleRunner schedules() {
    return schedules;
  }

  public Checkout checkout() {
    return checkout;
  }

  /** The state file, when the settings name one. */
  public Optional<StateStore> state() {
    return Optional.ofNullable(state);
  }

  /** The faults switched on through the control API, per tenant. */
  public ArmedFaults faults() {
    return faults;
  }

  /**
   * Empties the books, the journal, armed outcomes and faults and tokens, and returns the clock to
   * real time; the tenants stay unless {@code dropTenants}, which keeps only the default tenant and
   * those of the settings.
   */
  public void reset(boolean dropTenants) {
    accounts.reset(dropTenants);
    if (dropTenants) {
      settings.tenants().forEach(accounts::add);
    }
    tokens.clear();
    checkout.clear();
    faults.clear();
    journal.clear();
    webhooks.clear();
    clock.backToRealTime();
  }

  @Override
  public void close() {
    schedules.close();
    webhooks.close();
    if (state != null) {
      state.close();
    }
  }
}
