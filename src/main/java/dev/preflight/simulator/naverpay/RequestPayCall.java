package dev.preflight.simulator.naverpay;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An {@code IMP.request_pay} as the fake SDK reports it, before anything happens.
 *
 * @param params the first argument exactly as given, JavaScript types kept
 * @param hasCallback whether a function was passed as the second argument
 */
public record RequestPayCall(
    String userCode,
    String tierCode,
    JsonNode params,
    String pageUrl,
    String userAgent,
    boolean hasCallback) {

  /** Mobile browsers as the SDK tells them: PC and mobile take different paths. */
  public boolean mobile() {
    return userAgent != null && userAgent.matches("(?s).*(Mobi|Android|iPhone|iPad|iPod).*");
  }

  /** {@code naverPopupMode} as JavaScript reads it: any truthy value means popup. */
  public boolean popup() {
    JsonNode mode = params == null ? null : params.get("naverPopupMode");
    if (mode == null || mode.isNull()) {
      return false;
    }
    if (mode.isBoolean()) {
      return mode.booleanValue();
    }
    if (mode.isNumber()) {
      return mode.asDouble() != 0 && !Double.isNaN(mode.asDouble());
    }
    return !mode.isTextual() || !mode.asText().isEmpty();
  }
}
