package dev.preflight.simulator.faults;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The i'mport operations a fault can target, named as the directories of the {@code stubs/} pack
 * ({@code stubs/mappings/payment-lookup/…}), or any REST call at all.
 */
public enum Endpoint {
  TOKEN("POST", "/users/getToken"),
  PAYMENT_LOOKUP("GET", "/payments/[^/]+"),
  CANCEL("POST", "/payments/cancel"),
  AGAIN("POST", "/subscribe/payments/again"),
  SCHEDULE("POST", "/subscribe/payments/schedule"),
  ANY(null, null);

  private final String method;
  private final Pattern path;

  Endpoint(String method, String pathRegex) {
    this.method = method;
    this.path = pathRegex == null ? null : Pattern.compile(pathRegex);
  }

  /** {@code payment-lookup}, {@code any}, …: the name in the control API and the stubs pack. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The HTTP method, or null for {@link #ANY}. */
  public String method() {
    return method;
  }

  /** The path as a regular expression (the stubs' {@code urlPath[Pattern]}), or null. */
  public String pathRegex() {
    return path == null ? null : path.pattern();
  }

  public boolean covers(String requestMethod, String requestPath) {
    return this == ANY
        || (method.equalsIgnoreCase(requestMethod) && path.matcher(requestPath).matches());
  }

  public static Optional<Endpoint> fromWireName(String name) {
    for (Endpoint endpoint : values()) {
      if (endpoint.wireName().equals(name)) {
        return Optional.of(endpoint);
      }
    }
    return Optional.empty();
  }
}
