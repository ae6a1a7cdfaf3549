package dev.preflight.client;

/**
 * The simulator's control API refused a request ({@code {"error": …}} with a 4xx status), or
 * answered with something other than what was asked for.
 */
public final class ControlRequestRefused extends RuntimeException {
  private final int status;

  ControlRequestRefused(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status the simulator answered. */
  public int status() {
    return status;
  }
}
