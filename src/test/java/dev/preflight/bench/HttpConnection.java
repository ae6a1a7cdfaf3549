package dev.preflight.bench;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One persistent HTTP/1.1 connection that sends pre-built request bytes and reads each response
 * into a reused buffer. It parses only what a closed loop needs (status line, Content-Length or
 * chunked framing) so that the client costs far less than the servers it measures.
 */
final class HttpConnection implements Closeable {
  private static final int TIMEOUT_MILLIS = 10_000;
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  /** Bytes {@code [0, end)} of {@code buf} have been read; a response always starts at 0. */
  private byte[] buf = new byte[16 * 1024];

  private int end;
  private int bodyStart;
  private int bodyLength;
  private String lastHeaders = "";

  HttpConnection(InetSocketAddress address) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    // A stalled server must end the run, not hang it.
    socket.setSoTimeout(TIMEOUT_MILLIS);
    socket.connect(address, TIMEOUT_MILLIS);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  /** Sends one request and reads its whole response; returns the HTTP status. */
  int exchange(byte[] request) throws IOException {
    return exchange(request, false);
  }

  /** Like {@link #exchange(byte[])}, and keeps the headers for {@link #header}. */
  int capture(byte[] request) throws IOException {
    return exchange(request, true);
  }

  private int exchange(byte[] request, boolean keepHeaders) throws IOException {
    out.write(request);
    out.flush();
    int headerEnd = readHeaders();
    lastHeaders = keepHeaders ? text(0, headerEnd) : "";
    int status = statusCode();
    long contentLength = -1;
    boolean chunked = false;
    int line = indexOf(CRLF, 0, headerEnd) + 2;
    while (line < headerEnd) {
      int next = indexOf(CRLF, line, headerEnd + 2);
      if (startsWithIgnoreCase(line, "content-length:")) {
        contentLength = digits(line + 15, next);
      } else if (startsWithIgnoreCase(line, "transfer-encoding:")) {
        chunked = text(line + 18, next).toLowerCase(Locale.ROOT).contains("chunked");
      }
      line = next + 2;
    }
    int bodyFrom = headerEnd + 4;
    if (chunked) {
      readChunked(bodyFrom);
    } else if (contentLength >= 0) {
      fillTo(bodyFrom + (int) contentLength);
      bodyStart = bodyFrom;
      bodyLength = (int) contentLength;
      consume(bodyFrom + bodyLength);
    } else {
      throw new IOException("response has neither Content-Length nor chunked framing");
    }
    return status;
  }

  /**
   * Whether the last body starts with {@code prefix}: a cheap check that it is the right answer.
   */
  boolean bodyStartsWith(byte[] prefix) {
    return bodyLength >= prefix.length
        && Arrays.equals(buf, bodyStart, bodyStart + prefix.length, prefix, 0, prefix.length);
  }

  int bodyLength() {
    return bodyLength;
  }

  /** A copy of the last body; for capturing, not for the measured loop. */
  byte[] body() {
    return Arrays.copyOfRange(buf, bodyStart, bodyStart + bodyLength);
  }

  /** A header of the last response, or null; for capturing, not for the measured loop. */
  String header(String name) {
    String prefix = name + ":";
    return lastHeaders
        .lines()
        .filter(l -> l.regionMatches(true, 0, prefix, 0, prefix.length()))
        .map(l -> l.substring(prefix.length()).trim())
        .findFirst()
        .orElse(null);
  }

  private int readHeaders() throws IOException {
    int scanned = 0;
    while (true) {
      int at = indexOf(CRLFCRLF, Math.max(0, scanned - 3), end);
      if (at >= 0) {
        return at;
      }
      scanned = end;
      fill();
    }
  }

  private int statusCode() throws IOException {
    // "HTTP/1.1 200 OK": the three digits sit at a fixed place.
    if (end < 12 || buf[8] != ' ') {
      throw new IOException("not an HTTP/1.1 status line");
    }
    return (buf[9] - '0') * 100 + (buf[10] - '0') * 10 + (buf[11] - '0');
  }

  /** De-chunks in place, so the body ends up contiguous at {@code from}. */
  private void readChunked(int from) throws IOException {
    int write = from;
    int read = from;
    while (true) {
      int lineEnd;
      while ((lineEnd = indexOf(CRLF, read, end)) < 0) {
        fill();
      }
      String sizeLine = text(read, lineEnd);
      int semicolon = sizeLine.indexOf(';');
      int size =
          Integer.parseInt(
              (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      read = lineEnd + 2;
      if (size == 0) {
        // The servers measured here send no trailers: only the final CRLF follows.
        fillTo(read + 2);
        bodyStart = from;
        bodyLength = write - from;
        consume(read + 2);
        return;
      }
      fillTo(read + size + 2);
      System.arraycopy(buf, read, buf, write, size);
      write += size;
      read += size + 2;
    }
  }

  /** Ends a response; bytes beyond it would mean the framing was misread. */
  private void consume(int upTo) throws IOException {
    if (upTo != end) {
      throw new IOException("response framing mismatch: " + (end - upTo) + " extra bytes");
    }
    end = 0;
  }

  private void fillTo(int wanted) throws IOException {
    while (end < wanted) {
      fill();
    }
  }

  private void fill() throws IOException {
    if (end == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, end, buf.length - end);
    if (n < 0) {
      throw new EOFException("server closed the connection");
    }
    end += n;
  }

  private int indexOf(byte[] needle, int from, int to) {
    outer:
    for (int i = from; i + needle.length <= to; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (buf[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private boolean startsWithIgnoreCase(int at, String prefix) {
    if (at + prefix.length() > end) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (Character.toLowerCase(buf[at + i]) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private long digits(int from, int to) throws IOException {
    long value = 0;
    boolean any = false;
    for (int i = from; i < to; i++) {
      byte b = buf[i];
      if (b >= '0' && b <= '9') {
        value = value * 10 + (b - '0');
        any = true;
      } else if (b != ' ' && b != '\t') {
        throw new IOException("bad Content-Length");
      }
    }
    if (!any) {
      throw new IOException("empty Content-Length");
    }
    return value;
  }

  private String text(int from, int to) {
    return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
