package dev.preflight.harness;

import dev.preflight.report.StopReason;
import org.opentest4j.TestAbortedException;

/**
 * A scenario cannot reach what it is about. Cucumber reports the scenario as skipped, and the rules
 * it names as SKIPPED with this message as the reason, rather than as errors of the harness. Two
 * kinds, which the reports tell apart:
 *
 * <ul>
 *   <li>{@linkplain #PreconditionNotMet(String) it does not apply}: the profile lacks the
 *       capability, or says the site works in a way the scenario cannot exercise. The scenario is
 *       rightly skipped.
 *   <li>{@linkplain #notReached(String) it was not reached}: an earlier step of the scenario did
 *       not end as it must (no paid order to cancel, no billing key to charge). The scenario
 *       applies but was not driven to a verdict, so the run cannot pass on it.
 * </ul>
 *
 * <p>The reason is a {@link StopReason} so that each report says it in its own language; the
 * exception's message is its English.
 */
public final class PreconditionNotMet extends TestAbortedException {
  private static final long serialVersionUID = 1L;

  private final transient StopReason reason;
  private final boolean notReached;

  /** The scenario does not apply to the site, for this reason. */
  public PreconditionNotMet(StopReason reason) {
    this(reason, false);
  }

  private PreconditionNotMet(StopReason reason, boolean notReached) {
    super(reason.english());
    this.reason = reason;
    this.notReached = notReached;
  }

  /** An earlier step did not end as the scenario needs, for this reason. */
  public static PreconditionNotMet notReached(StopReason reason) {
    return new PreconditionNotMet(reason, true);
  }

  /** Why, in words each report can say in its language. */
  public StopReason reason() {
    return reason;
  }

  /** Whether the scenario applies but an earlier step kept it from its verdict. */
  public boolean isNotReached() {
    return notReached;
  }
}
