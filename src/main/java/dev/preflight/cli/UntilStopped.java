package dev.preflight.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps long-running commands ({@code serve}, {@code merchant}) alive until Ctrl-C, or until the
 * thread running them is interrupted (how tests and embedding code stop them), then closes what
 * they started, last started first.
 */
final class UntilStopped {
  private UntilStopped() {}

  static void await(AutoCloseable... started) {
    List<AutoCloseable> toClose = new ArrayList<>(List.of(started));
    Collections.reverse(toClose);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              closeAll(toClose);
              stopped.countDown();
            });
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException interrupted) {
      Runtime.getRuntime().removeShutdownHook(hook);
      closeAll(toClose);
      Thread.currentThread().interrupt();
    }
  }

  private static void closeAll(List<AutoCloseable> started) {
    for (AutoCloseable resource : started) {
      try {
        resource.close();
      } catch (Exception alreadyStopping) {
        // Stopping anyway: one failed close must not keep the others open.
      }
    }
  }
}
