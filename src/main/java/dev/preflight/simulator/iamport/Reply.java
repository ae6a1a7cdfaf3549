package dev.preflight.simulator.iamport;

/**
 * What a handler answers: the HTTP status, the envelope's code and message, and the response.
 * Successes are {@code code 0}; 207 is a success with some entries missing.
 */
public record Reply(int status, int code, String message, JsonPayload response) {
  public static Reply ok(JsonPayload response) {
    return new Reply(200, 0, null, response);
  }

  public static Reply withStatus(int status, JsonPayload response) {
    return new Reply(status, 0, null, response);
  }
}
