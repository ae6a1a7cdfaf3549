package dev.preflight.zoo;

/**
 * A test merchant of the zoo: a small shop written by its own developer, in its own style, sharing
 * no code with the reference merchant, that {@code check} must judge from its profile alone. Each
 * shop starts on a free loopback port, its server calling the i'mport gateway (the simulator) at
 * the address it is given, with some of its violation switches on.
 */
public interface ZooShop extends AutoCloseable {

  /** The shop's address, {@code http://127.0.0.1:<port>}, without a trailing slash. */
  String baseUrl();

  @Override
  void close();
}
