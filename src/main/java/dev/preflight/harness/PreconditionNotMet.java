package dev.preflight.harness;

import org.opentest4j.TestAbortedException;

/**
 * A scenario cannot reach what it is about: the site lacks the capability, or an earlier step did
 * not end as it must (no paid order to cancel). Cucumber reports the scenario as skipped, and the
 * rules it names as SKIPPED with this message as the reason, rather than as errors of the harness.
 */
public final class PreconditionNotMet extends TestAbortedException {
  private static final long serialVersionUID = 1L;

  public PreconditionNotMet(String reason) {
    super(reason);
  }
}
