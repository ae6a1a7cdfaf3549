package dev.preflight.support;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * A few pages a browser test drives, served on a free loopback port: the shapes of real shops'
 * pages, written into the test (answer them with {@link HtmlPage#answer}).
 */
public final class PageServer implements AutoCloseable {
  private final HttpServer server;

  private PageServer(HttpServer server) {
    this.server = server;
  }

  /** Serves each path's handler (a path serves everything under it too), started. */
  public static PageServer start(Map<String, HttpHandler> pages) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pages.forEach(server::createContext);
    server.start();
    return new PageServer(server);
  }

  /** The address the pages are under, without a trailing slash. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
