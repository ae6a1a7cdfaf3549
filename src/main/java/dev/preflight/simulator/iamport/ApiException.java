package dev.preflight.simulator.iamport;

/**
 * A request the gateway answers with an error envelope: the HTTP status, the envelope's {@code
 * code} and its message.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final int code;

  public ApiException(int status, int code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** A parameter the caller got wrong: HTTP 400, code -1. */
  public static ApiException badParameter(String message) {
    return new ApiException(400, -1, message);
  }

  public int status() {
    return status;
  }

  public int code() {
    return code;
  }
}
