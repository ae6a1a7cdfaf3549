package dev.preflight.simulator.control;

/** A control-API request that cannot be carried out: answered as {@code {"error": …}}. */
final class ControlException extends RuntimeException {
  private final int status;

  ControlException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
