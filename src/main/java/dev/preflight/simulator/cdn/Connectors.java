package dev.preflight.simulator.cdn;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The simulator's listening sockets when it serves HTTPS as well. Javalin opens its own HTTP socket
 * only when no connector was added, so with HTTPS on both are made here, HTTP first: Javalin's
 * {@code port()} reports the first connector's.
 */
public final class Connectors {
  private Connectors() {}

  /** Plain HTTP, as Javalin would have opened it. */
  public static ServerConnector http(
      Server server, HttpConfiguration config, String host, int port) {
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }

  /** HTTP/1.1 over TLS with the run's certificate, for the browser that maps the CDN here. */
  public static ServerConnector https(
      Server server, HttpConfiguration config, String host, int port, CdnCertificate certificate) {
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStore(certificate.keyStore());
    tls.setKeyStorePassword(certificate.password());
    HttpConfiguration secure = new HttpConfiguration(config);
    SecureRequestCustomizer customizer = new SecureRequestCustomizer();
    // The browser is told to accept this one certificate whatever name it maps here; a Host that
    // is not in the certificate must not turn into Jetty's 400 "Invalid SNI".
    customizer.setSniHostCheck(false);
    secure.addCustomizer(customizer);
    ServerConnector connector =
        new ServerConnector(
            server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(secure));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }
}
