package dev.preflight.harness;

import dev.preflight.report.StopReason;

/**
 * The check refused to drive the site because it failed its probe, so a scenario that applies stops
 * at its first step. The probe's problem quotes the site and the profile, and stays as written
 * inside the bundle's sentence.
 */
public final class NotDriven extends IllegalStateException {
  private static final long serialVersionUID = 1L;
  private final transient StopReason reason;

  /** Not driven, for the probe's first problem. */
  public NotDriven(String misfit) {
    this(StopReason.of("stop.not-driven", misfit));
  }

  private NotDriven(StopReason reason) {
    super(reason.english());
    this.reason = reason;
  }

  public StopReason reason() {
    return reason;
  }
}
