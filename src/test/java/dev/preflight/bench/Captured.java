package dev.preflight.bench;

import java.io.IOException;
import java.net.InetSocketAddress;

/** One response as a target sent it, read by the driver's own connection. */
record Captured(int status, String contentType, String framing, byte[] body) {

  static Captured of(InetSocketAddress address, byte[] request) throws IOException {
    try (HttpConnection connection = new HttpConnection(address)) {
      int status = connection.capture(request);
      String framing =
          connection.header("Content-Length") != null
              ? "Content-Length"
              : "Transfer-Encoding: " + connection.header("Transfer-Encoding");
      return new Captured(status, connection.header("Content-Type"), framing, connection.body());
    }
  }
}
