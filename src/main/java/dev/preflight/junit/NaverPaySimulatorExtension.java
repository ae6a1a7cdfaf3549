package dev.preflight.junit;

import dev.preflight.client.SimulatorControl;
import dev.preflight.junit.NaverPaySimulatorTest.Reset;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a simulator per test class on a free loopback port, resets it before each test as {@link
 * NaverPaySimulatorTest#reset()} says, and hands in a {@link NaverPaySimulator} or a {@link
 * SimulatorControl}. The simulator lives in the outermost test class's store, so {@code @Nested}
 * classes share it and JUnit stops it when that class ends; nothing is static, so classes running
 * in parallel never meet. When it resets, the tests of a class take turns even if JUnit runs
 * methods concurrently: one test's reset would pull the ground from under another.
 */
public final class NaverPaySimulatorExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(NaverPaySimulatorExtension.class);

  /** Late webhooks of one test should not land in the next test's journal. */
  private static final Duration QUIET_BEFORE_RESET = Duration.ofSeconds(5);

  /** Marks, in a test's own store, that the test holds its simulator. */
  private static final String HOLDS_SIMULATOR = "holds-simulator";

  @Override
  public void beforeEach(ExtensionContext context) {
    Reset reset = resetOf(context.getRequiredTestClass());
    if (reset == Reset.NEVER) {
      return;
    }
    Running running = running(context);
    running.oneTestAtATime.acquireUninterruptibly();
    context.getStore(NAMESPACE).put(HOLDS_SIMULATOR, running);
    Simulator simulator = running.server.simulator();
    simulator.webhooks().awaitQuiet(QUIET_BEFORE_RESET);
    simulator.reset(reset == Reset.EVERYTHING);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Running held = context.getStore(NAMESPACE).remove(HOLDS_SIMULATOR, Running.class);
    if (held != null) {
      held.oneTestAtATime.release();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == NaverPaySimulator.class || type == SimulatorControl.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    NaverPaySimulator handle = running(context).handle;
    return parameter.getParameter().getType() == SimulatorControl.class ? handle.control() : handle;
  }

  /**
   * The class's simulator, started on first use: parameters of a {@code PER_CLASS} test's
   * constructor are resolved before any before-all callback.
   */
  private static Running running(ExtensionContext context) {
    return outermostClass(context)
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, type -> Running.start(), Running.class);
  }

  private static ExtensionContext outermostClass(ExtensionContext context) {
    ExtensionContext outermost = context;
    while (outermost.getParent().filter(p -> p.getTestClass().isPresent()).isPresent()) {
      outermost = outermost.getParent().get();
    }
    return outermost;
  }

  /** The annotation on the class, or on the class a {@code @Nested} one sits in. */
  private static Reset resetOf(Class<?> testClass) {
    for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
      NaverPaySimulatorTest annotation = type.getAnnotation(NaverPaySimulatorTest.class);
      if (annotation != null) {
        return annotation.reset();
      }
    }
    return Reset.EVERYTHING;
  }

  /**
   * A started simulator and its handle. JUnit closes it with the store: older versions through
   * {@code CloseableResource}, newer ones as an {@code AutoCloseable}; closing twice is harmless.
   */
  @SuppressWarnings("deprecation")
  private static final class Running
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final SimulatorServer server;
    private final NaverPaySimulator handle;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Semaphore oneTestAtATime = new Semaphore(1);

    private Running(SimulatorServer server) {
      this.server = server;
      this.handle =
          new NaverPaySimulator(
              server.baseUrl(), server.simulator().accounts().defaultAccount().tenant());
    }

    static Running start() {
      SimulatorSettings settings = SimulatorSettings.forTests();
      return new Running(new SimulatorServer(new Simulator(settings)).start());
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        server.close();
      }
    }
  }
}
