package dev.preflight.simulator.faults;

/**
 * A named way for the gateway to fail one call: what it targets, what it does, and with which HTTP
 * status and envelope when it answers at all. The same names are the fault ids of the {@code
 * stubs/} WireMock pack.
 *
 * @param status the HTTP status answered; 0 when no HTTP answer comes (socket faults) or when the
 *     real answer follows a delay
 * @param code the envelope's {@code code}, for {@link Effect#ERROR_ENVELOPE} and {@link
 *     Effect#TIMEOUT}
 * @param delayMillis how long the call hangs first ({@link Effect#SLOW_ANSWER}, {@link
 *     Effect#TIMEOUT})
 */
public record Fault(
    String id,
    Endpoint endpoint,
    Effect effect,
    int status,
    int code,
    String message,
    long delayMillis,
    String description) {

  /** Not i'mport's words (its 5xx bodies are undocumented): the plain HTTP reason phrases. */
  public static final String SERVER_ERROR = "Internal Server Error";

  public static final String GATEWAY_TIMEOUT = "Gateway Timeout";

  /** What a fault does to the call it strikes. */
  public enum Effect {
    /** An i'mport error envelope with the given status, code and message. */
    ERROR_ENVELOPE,
    /** The real answer, after a delay: slow, not broken. */
    SLOW_ANSWER,
    /** A long hang, then 504 with an error envelope; the operation is not carried out. */
    TIMEOUT,
    /** The connection is reset (TCP RST) before any byte of an answer. */
    CONNECTION_RESET,
    /** The connection is closed before any byte of an answer. */
    EMPTY_RESPONSE,
    /** HTTP 200, a JSON content type and no body at all. */
    EMPTY_BODY,
    /** HTTP 200, a JSON content type and a body cut off mid-way. */
    MALFORMED_BODY;

    /** Whether the client gets an HTTP status line at all. */
    public boolean answersHttp() {
      return this != CONNECTION_RESET && this != EMPTY_RESPONSE;
    }
  }

  static Fault error(
      String id, Endpoint endpoint, int status, int code, String message, String description) {
    return new Fault(id, endpoint, Effect.ERROR_ENVELOPE, status, code, message, 0, description);
  }

  static Fault slow(String id, Endpoint endpoint, long delayMillis, String description) {
    return new Fault(id, endpoint, Effect.SLOW_ANSWER, 0, 0, null, delayMillis, description);
  }

  static Fault timeout(String id, Endpoint endpoint, long delayMillis, String description) {
    return new Fault(
        id, endpoint, Effect.TIMEOUT, 504, -1, GATEWAY_TIMEOUT, delayMillis, description);
  }

  static Fault of(String id, Endpoint endpoint, Effect effect, String description) {
    int status = effect.answersHttp() ? 200 : 0;
    return new Fault(id, endpoint, effect, status, 0, null, 0, description);
  }
}
