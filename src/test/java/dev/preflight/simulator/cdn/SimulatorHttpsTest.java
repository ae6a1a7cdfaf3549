package dev.preflight.simulator.cdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator with HTTPS on: the same routes on a second port, under this run's certificate for
 * the CDN host, reachable as the CDN by a client that trusts that certificate and nothing else.
 */
class SimulatorHttpsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final SimulatorServer server =
      new SimulatorServer(new Simulator(SimulatorSettings.forTests().withHttpsPort(0))).start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesTheSdkAsTheCdnHostToAClientThatTrustsOnlyThisCertificate() throws Exception {
    String plain = get(HttpClient.newHttpClient(), server.baseUrl() + "/v1/iamport.js").body();

    String response;
    try (SSLSocket socket = cdnSocket()) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /v1/iamport.js HTTP/1.1\r\nHost: cdn.iamport.kr\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      try (InputStream in = socket.getInputStream()) {
        response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }

    assertThat(response).startsWith("HTTP/1.1 200");
    assertThat(response).contains("Content-Type: text/javascript");
    assertThat(response.substring(response.indexOf("\r\n\r\n") + 4)).isEqualTo(plain);
  }

  @Test
  void answersTheSdksReportsFromAnotherOriginOverHttps() throws Exception {
    HttpClient trusting = HttpClient.newBuilder().sslContext(trustingOnlyThisRun()).build();
    String https = "https://127.0.0.1:" + server.httpsPort();

    HttpResponse<String> preflight =
        trusting.send(
            HttpRequest.newBuilder(URI.create(https + "/__sim/sdk/init"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://127.0.0.1:8080")
                .header("Access-Control-Request-Method", "POST")
                .timeout(TIMEOUT)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> report =
        trusting.send(
            HttpRequest.newBuilder(URI.create(https + "/__sim/sdk/init"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"user_code\":\"imp00000000\"}"))
                .header("Origin", "http://127.0.0.1:8080")
                .header("Content-Type", "text/plain")
                .timeout(TIMEOUT)
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(report.body()).contains("\"ok\":true");
  }

  @Test
  void aClientTrustingTheUsualAuthoritiesRefusesTheCertificate() {
    String https = "https://127.0.0.1:" + server.httpsPort() + "/v1/iamport.js";

    assertThatThrownBy(() -> get(HttpClient.newHttpClient(), https))
        .isInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void keepsPlainHttpOnItsOwnPort() throws Exception {
    HttpResponse<String> script =
        get(HttpClient.newHttpClient(), server.baseUrl() + "/v1/iamport.js");

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(server.port()).isPositive().isNotEqualTo(server.httpsPort());
    assertThat(server.httpsPort()).isPositive();
  }

  @Test
  void withoutHttpsThereIsNoPortAndNoCertificate() {
    try (SimulatorServer plain =
        new SimulatorServer(new Simulator(SimulatorSettings.forTests())).start()) {
      assertThat(plain.httpsPort()).isEqualTo(SimulatorSettings.NO_HTTPS);
      assertThatThrownBy(plain::certificateSpkiSha256)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("withHttpsPort(0)");
    }
  }

  @Test
  void refusesAnHttpsPortOutOfRange() {
    assertThatThrownBy(() -> SimulatorSettings.forTests().withHttpsPort(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1 for none");
    assertThatThrownBy(() -> SimulatorSettings.forTests().withHttpsPort(65536))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A TLS connection to the HTTPS port that says it wants {@code cdn.iamport.kr}, as a browser with
   * the host mapped does, and checks the certificate is for that name.
   */
  private SSLSocket cdnSocket() throws Exception {
    SSLSocket socket = (SSLSocket) trustingOnlyThisRun().getSocketFactory().createSocket();
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setServerNames(List.of(new SNIHostName(CdnCertificate.CDN_HOST)));
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    socket.setSSLParameters(parameters);
    socket.setSoTimeout((int) TIMEOUT.toMillis());
    socket.connect(new InetSocketAddress("127.0.0.1", server.httpsPort()), 10_000);
    socket.startHandshake();
    return socket;
  }

  /** Trusts the run's certificate, found through its SPKI hash, and no authority at all. */
  private SSLContext trustingOnlyThisRun() throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("simulator", fetchedCertificate());
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  /**
   * The certificate the port presents, accepted only if its key matches the server's advertised
   * SPKI hash: what Chromium does with {@code --ignore-certificate-errors-spki-list}.
   */
  private X509Certificate fetchedCertificate() throws Exception {
    CertificateGrab grab = new CertificateGrab();
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {grab}, null);
    try (SSLSocket socket =
        (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", server.httpsPort())) {
      socket.startHandshake();
    }
    X509Certificate presented = grab.presented;
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256").digest(presented.getPublicKey().getEncoded()));
    assertThat(hash).isEqualTo(server.certificateSpkiSha256());
    return presented;
  }

  private static HttpResponse<String> get(HttpClient client, String url)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Remembers the server's certificate and accepts it, only to read it. */
  private static final class CertificateGrab implements X509TrustManager {
    X509Certificate presented;

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      throw new UnsupportedOperationException("no client certificates here");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      presented = chain[0];
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
