package dev.preflight.simulator.ledger;

import java.util.Locale;

/** The life of a scheduled charge. */
public enum ScheduleStatus {
  SCHEDULED,
  EXECUTED,
  REVOKED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
