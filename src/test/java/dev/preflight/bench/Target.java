package dev.preflight.bench;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Something to drive: where it listens, the exact request bytes the workers send (in turn, when
 * there are several), and how a correct answer starts (a 200 is not enough: the simulator answers
 * refusals with 200 and code 1).
 */
record Target(String name, InetSocketAddress address, byte[][] requests, byte[] okBodyPrefix) {

  Target(String name, InetSocketAddress address, byte[] request, byte[] okBodyPrefix) {
    this(name, address, new byte[][] {request}, okBodyPrefix);
  }

  /** i'mport's success envelope as the simulator writes it. */
  static final byte[] ENVELOPE_OK = "{\"code\":0,".getBytes(StandardCharsets.US_ASCII);

  static byte[] get(InetSocketAddress address, String path, String token) {
    String head =
        "GET "
            + path
            + " HTTP/1.1\r\n"
            + host(address)
            + "Authorization: Bearer "
            + token
            + "\r\n\r\n";
    return head.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] postJson(InetSocketAddress address, String path, String token, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\n"
            + host(address)
            + "Authorization: Bearer "
            + token
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(body, 0, request, headBytes.length, body.length);
    return request;
  }

  private static String host(InetSocketAddress address) {
    return "Host: " + address.getHostString() + ":" + address.getPort() + "\r\n";
  }
}
