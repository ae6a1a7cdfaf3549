package dev.preflight.simulator.iamport;

/**
 * Lets something other than the operation answer an i'mport call once its caller is known: the
 * faults switched on through the control API. It runs after the body is read and the token checked,
 * before the operation.
 */
@FunctionalInterface
public interface Interceptor {
  Interceptor NONE = call -> false;

  /**
   * Whether it took the call over. If it did, it answers the call itself, now or later, and the
   * operation runs only if it calls {@link InterceptedCall#proceed()}.
   */
  boolean intercept(InterceptedCall call);
}
