package dev.preflight.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A test shop's answer: an HTML page (UTF-8, with its doctype) around the body given. */
public final class HtmlPage {
  private HtmlPage() {}

  public static void answer(HttpExchange exchange, String body) throws IOException {
    byte[] bytes =
        ("<!doctype html><meta charset=utf-8><body>" + body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
