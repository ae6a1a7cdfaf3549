package dev.preflight.support;

import io.javalin.Javalin;
import java.util.Map;

/**
 * A bare merchant page on its own origin, for testing the SDK and the window directly: {@code
 * /pay?params=<json>&callback=true|false} calls {@code IMP.request_pay} with exactly those
 * parameters when {@code #pay} is clicked and writes the callback's response into {@code #rsp};
 * {@code /return} shows the query the window came back with in {@code #query}.
 */
public final class TestShop implements AutoCloseable {
  private final Javalin app;
  private final String simulatorUrl;

  public TestShop(String simulatorUrl) {
    this.simulatorUrl = simulatorUrl;
    this.app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get("/pay", ctx -> ctx.html(payPage(ctx.queryParamMap())));
                  config.routes.get(
                      "/return",
                      ctx ->
                          ctx.html(
                              "<!DOCTYPE html><html><body><pre id=\"query\"></pre><script>"
                                  + "document.getElementById('query').textContent ="
                                  + " location.search;</script></body></html>"));
                })
            .start("127.0.0.1", 0);
  }

  public String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  private String payPage(Map<String, java.util.List<String>> query) {
    String params = query.getOrDefault("params", java.util.List.of("{}")).get(0);
    boolean callback =
        !"false".equals(query.getOrDefault("callback", java.util.List.of("true")).get(0));
    String userCode = query.getOrDefault("user_code", java.util.List.of("imp00000000")).get(0);
    String safeParams = params.replace("<", "\\u003c");
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<script src=\""
        + simulatorUrl
        + "/v1/iamport.js\"></script></head><body>"
        + "<button id=\"pay\">pay</button><pre id=\"rsp\"></pre><script>"
        + "IMP.init("
        + toJs(userCode)
        + ");"
        + "var params = "
        + safeParams
        + ";"
        + "document.getElementById('pay').onclick = function () {"
        + (callback
            ? "IMP.request_pay(params, function (rsp) {"
                + " document.getElementById('rsp').textContent = JSON.stringify(rsp); });"
            : "IMP.request_pay(params);")
        + "};</script></body></html>";
  }

  private static String toJs(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c") + "'";
  }

  @Override
  public void close() {
    app.stop();
  }
}
