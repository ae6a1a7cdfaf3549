package dev.preflight.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A loopback port free a moment ago, for a process that must be told its port before it starts (a
 * site's profile, a Grid node, a port the test wants closed); servers the test starts itself bind
 * port 0 instead.
 */
public final class FreePort {
  private FreePort() {}

  public static int take() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
