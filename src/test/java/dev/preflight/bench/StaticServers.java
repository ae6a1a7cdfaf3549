package dev.preflight.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.javalin.Javalin;

/** The yardsticks: servers that answer a captured simulator response as a constant. */
final class StaticServers {
  private StaticServers() {}

  /** The least a Javalin 7 app can do to answer the same bytes: the simulator's ceiling. */
  static Javalin bareJavalin(String host, Captured reference) {
    byte[] body = reference.body();
    String contentType = reference.contentType();
    return Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.routes.get(
                  "/payments/{imp_uid}", ctx -> ctx.contentType(contentType).result(body));
            })
        .start(host, 0);
  }

  /**
   * WireMock as a team would run it for this job, minus the request journal: a journal that keeps
   * every request would grow without bound under load and measure WireMock's memory, not its
   * serving. Everything else (threads, chunked-encoding policy, gzip) is left at its default.
   */
  static WireMockServer wireMock(String host, String path, Captured reference) {
    WireMockServer server =
        new WireMockServer(options().dynamicPort().bindAddress(host).disableRequestJournal());
    server.start();
    server.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", reference.contentType())
                    .withBody(reference.body())));
    return server;
  }
}
