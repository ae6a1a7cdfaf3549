package dev.preflight.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request on a fresh socket, read until the server closes it: what a broken answer
 * looks like on the wire, without an HTTP client that retries or hides the difference between a
 * reset (an {@link java.net.SocketException}) and a plain close (no bytes).
 */
public final class RawHttp {
  private RawHttp() {}

  /** The bytes the server sent before closing; throws when the connection is reset. */
  public static byte[] get(String url, String... headers) throws IOException {
    URI uri = URI.create(url);
    StringBuilder request =
        new StringBuilder("GET ")
            .append(uri.getRawPath())
            .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
            .append(" HTTP/1.1\r\nHost: ")
            .append(uri.getHost())
            .append(':')
            .append(uri.getPort())
            .append("\r\nConnection: close\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    request.append("\r\n");
    return exchange(url, request.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Sends {@code request} exactly as given (malformed framing, bytes no client would send) to the
   * host and port of {@code url}, and returns what came back before the server closed.
   */
  public static byte[] exchange(String url, byte[] request) throws IOException {
    URI uri = URI.create(url);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      in.transferTo(received);
      return received.toByteArray();
    }
  }
}
