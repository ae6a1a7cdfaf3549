package dev.preflight.simulator.ledger;

import java.util.Locale;
import java.util.Optional;

/** The four states of an i'mport payment, by their wire names. */
public enum PaymentStatus {
  READY,
  PAID,
  FAILED,
  CANCELLED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PaymentStatus> fromWire(String value) {
    for (PaymentStatus status : values()) {
      if (status.wireName().equals(value)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
