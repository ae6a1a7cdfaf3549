package dev.preflight.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against an i'mport (PortOne v1) gateway simulator started in this JVM on a free
 * loopback port: one simulator per test class, stopped after it. Test methods, lifecycle methods
 * and constructors take a {@link NaverPaySimulator} (or a {@link
 * dev.preflight.client.SimulatorControl}) as a parameter.
 *
 * <p>Test classes may run in parallel, each with its own simulator. Within a class the methods run
 * one after another, since each one's reset would pull the ground from under the others; an
 * {@code @Execution} on the class itself overrides that.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(NaverPaySimulatorExtension.class)
public @interface NaverPaySimulatorTest {

  /** What is forgotten before each test; by default everything, tenants included. */
  Reset reset() default Reset.EVERYTHING;

  /** What the simulator forgets before each test. */
  enum Reset {
    /**
     * Books, journal, schedules, outcomes, faults, tokens, webhook attempts and added tenants; the
     * clock goes back to real time.
     */
    EVERYTHING,
    /** As {@link #EVERYTHING}, but tenants added by earlier tests stay. */
    KEEP_TENANTS,
    /** Nothing: the tests of the class share one simulator's state, in their order. */
    NEVER
  }
}
