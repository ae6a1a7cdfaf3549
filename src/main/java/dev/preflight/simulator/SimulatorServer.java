package dev.preflight.simulator;

import dev.preflight.simulator.cdn.CdnCertificate;
import dev.preflight.simulator.cdn.Connectors;
import dev.preflight.simulator.control.ControlApi;
import dev.preflight.simulator.control.FaultControl;
import dev.preflight.simulator.faults.FaultInjector;
import dev.preflight.simulator.iamport.CancelApi;
import dev.preflight.simulator.iamport.Envelope;
import dev.preflight.simulator.iamport.IamportEndpoint;
import dev.preflight.simulator.iamport.Messages;
import dev.preflight.simulator.iamport.NaverApi;
import dev.preflight.simulator.iamport.PaymentsApi;
import dev.preflight.simulator.iamport.PrepareApi;
import dev.preflight.simulator.iamport.SubscribeApi;
import dev.preflight.simulator.iamport.TokenApi;
import dev.preflight.simulator.naverpay.PaymentWindow;
import dev.preflight.simulator.sdk.SdkRoutes;
import dev.preflight.simulator.state.NotStored;
import dev.preflight.simulator.state.StateStore;
import dev.preflight.web.Excerpt;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator over HTTP: the one route table. The i'mport REST v1 API sits at its real paths;
 * everything the simulator adds lives under {@code /__sim/}.
 */
public final class SimulatorServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SimulatorServer.class);

  private final Simulator simulator;
  private final CdnCertificate certificate;
  private final FaultInjector faults;
  private final Javalin app;
  private volatile ServerConnector https;

  public SimulatorServer(Simulator simulator) {
    this.simulator = simulator;
    this.certificate = simulator.settings().servesHttps() ? CdnCertificate.generate() : null;
    this.faults = new FaultInjector(simulator.faults(), simulator.journal());
    this.app = Javalin.create(this::configure);
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = simulator.settings().maxBodyBytes();
    config.http.prefer405over404 = true;
    // Jetty's own refusals (bad URI, header too large, broken framing) in our shapes, not HTML.
    config.jetty.modifyServer(server -> server.setErrorHandler(new HttpErrors()));
    if (certificate != null) {
      listenOnHttpsToo(config);
    }
    RoutesConfig routes = config.routes;
    iamportRoutes(routes);
    new ControlApi(simulator).register(routes);
    new FaultControl(simulator).register(routes);
    new SdkRoutes(simulator.checkout()).register(routes);
    new PaymentWindow(simulator.checkout()).register(routes);
    simulator.state().ifPresent(state -> routes.after(ctx -> writtenAhead(state, ctx)));
    routes.exception(HttpResponseException.class, this::unrouted);
    routes.exception(
        Exception.class,
        (bug, ctx) -> {
          if (unreadableRequest(bug)) {
            refuse(ctx, 400, Messages.UNREADABLE_BODY);
            return;
          }
          LOG.error("{} {} failed inside the simulator", ctx.method(), ctx.path(), bug);
          envelope(ctx, 500, Messages.INTERNAL_ERROR);
        });
  }

  /** The same routes over HTTP and HTTPS, on the settings' host. */
  private void listenOnHttpsToo(JavalinConfig config) {
    SimulatorSettings settings = simulator.settings();
    config.jetty.addConnector(
        (server, http) -> Connectors.http(server, http, settings.host(), settings.port()));
    config.jetty.addConnector(
        (server, http) -> {
          https =
              Connectors.https(server, http, settings.host(), settings.httpsPort(), certificate);
          return https;
        });
  }

  private void iamportRoutes(RoutesConfig routes) {
    IamportEndpoint api =
        new IamportEndpoint(
            simulator.clock(),
            simulator.accounts(),
            simulator.tokens(),
            simulator.journal(),
            simulator.settings().maxBodyBytes(),
            faults);
    TokenApi token = new TokenApi(simulator.accounts(), simulator.tokens());
    PaymentsApi payments = new PaymentsApi();
    CancelApi cancel = new CancelApi(simulator.webhooks());
    PrepareApi prepare = new PrepareApi();
    SubscribeApi subscribe = new SubscribeApi(simulator.webhooks());
    NaverApi naver = new NaverApi();

    routes.post("/users/getToken", api.open(token::getToken));

    routes.post("/payments/cancel", api.authenticated(cancel::cancel));
    routes.post("/payments/prepare", api.authenticated(prepare::register));
    routes.put("/payments/prepare", api.authenticated(prepare::update));
    routes.get("/payments/prepare/{merchant_uid}", api.authenticated(prepare::get));
    routes.get("/payments/find/{merchant_uid}", api.authenticated(payments::find));
    routes.get("/payments/find/{merchant_uid}/{payment_status}", api.authenticated(payments::find));
    routes.get("/payments/findAll/{merchant_uid}", api.authenticated(payments::findAll));
    routes.get(
        "/payments/findAll/{merchant_uid}/{payment_status}", api.authenticated(payments::findAll));
    routes.get("/payments/status/{payment_status}", api.authenticated(payments::byStatus));
    routes.get("/payments", api.authenticated(payments::many));
    routes.get("/payments/{imp_uid}", api.authenticated(payments::one));
    routes.get("/payments/{imp_uid}/naver/cash-amount", api.authenticated(naver::cashAmount));
    routes.post("/payments/{imp_uid}/naver/confirm", api.authenticated(naver::acknowledge));
    routes.post("/payments/{imp_uid}/naver/point", api.authenticated(naver::acknowledge));

    routes.post("/subscribe/payments/again", api.authenticated(subscribe::again));
    routes.post(
        "/subscribe/payments/onetime", api.authenticated(subscribe::cardBillingUnavailable));
    routes.post("/subscribe/payments/schedule", api.authenticated(subscribe::schedule));
    routes.get("/subscribe/payments/schedule", api.authenticated(subscribe::schedules));
    routes.post("/subscribe/payments/unschedule", api.authenticated(subscribe::unschedule));
    routes.get(
        "/subscribe/payments/schedule/customers/{customer_uid}",
        api.authenticated(subscribe::schedulesOfCustomer));
    routes.get(
        "/subscribe/payments/schedule/{merchant_uid}", api.authenticated(subscribe::scheduleOf));
    routes.get("/subscribe/customers", api.authenticated(subscribe::customers));
    routes.get("/subscribe/customers/{customer_uid}", api.authenticated(subscribe::customer));
    routes.delete(
        "/subscribe/customers/{customer_uid}", api.authenticated(subscribe::deleteCustomer));
    routes.post(
        "/subscribe/customers/{customer_uid}",
        api.authenticated(subscribe::cardBillingUnavailable));
    routes.get(
        "/subscribe/customers/{customer_uid}/payments",
        api.authenticated(subscribe::paymentsOfCustomer));
    routes.get(
        "/subscribe/customers/{customer_uid}/schedules",
        api.authenticated(subscribe::schedulesOfCustomer));
  }

  /**
   * Runs after every handler and before Javalin writes the answer: the answer waits until what the
   * request changed (and anything changed before it) is in the state file, so an answer seen is
   * never lost. A change the file could not take is answered as a failure.
   */
  private static void writtenAhead(StateStore state, Context ctx) {
    try {
      state.awaitDurable();
    } catch (NotStored lost) {
      String message = "the simulator could not write its state file: " + lost.getMessage();
      if (ctx.path().startsWith(ControlApi.PREFIX)) {
        ControlApi.error(ctx, 500, message);
      } else {
        envelope(ctx, 500, message);
      }
    }
  }

  /** No route, wrong method, body too large: still an envelope (or a control-API error). */
  private void unrouted(HttpResponseException problem, Context ctx) {
    int status = problem.getStatus();
    if (status == 413) {
      IamportEndpoint.discardBody(ctx, simulator.settings().maxBodyBytes());
    }
    String message =
        switch (status) {
          case 404 ->
              String.format(Messages.ROUTE_NOT_FOUND, ctx.method(), Excerpt.of(ctx.path(), 80));
          case 405 -> String.format(Messages.METHOD_NOT_ALLOWED, ctx.method());
          case 413 -> String.format(Messages.BODY_TOO_LARGE, simulator.settings().maxBodyBytes());
          default -> HttpStatus.forStatus(status).getMessage();
        };
    refuse(ctx, status, message);
  }

  private static void refuse(Context ctx, int status, String message) {
    if (ctx.path().startsWith(ControlApi.PREFIX)) {
      ControlApi.error(ctx, status, message);
    } else {
      envelope(ctx, status, message);
    }
  }

  /**
   * The client's fault, met while reading its request (a broken chunked body, a multipart body no
   * route takes, a connection gone mid-body), rather than a bug of ours.
   */
  private static boolean unreadableRequest(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException
          || t instanceof BadMessageException
          || t instanceof ServletException) {
        return true;
      }
    }
    return false;
  }

  private static void envelope(Context ctx, int status, String message) {
    ctx.status(status).contentType(Envelope.CONTENT_TYPE).result(Envelope.failure(-1, message));
  }

  public SimulatorServer start() {
    app.start(simulator.settings().host(), simulator.settings().port());
    simulator.schedules().start();
    simulator.webhooks().warmUp();
    return this;
  }

  public int port() {
    return app.port();
  }

  /** The HTTPS port once started, or {@link SimulatorSettings#NO_HTTPS} when HTTPS is off. */
  public int httpsPort() {
    return https == null ? SimulatorSettings.NO_HTTPS : https.getLocalPort();
  }

  /**
   * What Chromium's {@code --ignore-certificate-errors-spki-list} takes to trust this run's HTTPS
   * certificate, and only it.
   *
   * @throws IllegalStateException when HTTPS is off
   */
  public String certificateSpkiSha256() {
    if (certificate == null) {
      throw new IllegalStateException(
          "the simulator serves no HTTPS: start it with SimulatorSettings.withHttpsPort(0)");
    }
    return certificate.spkiSha256();
  }

  /** Where merchants point their REST client and their {@code <script src>}. */
  public String baseUrl() {
    String host = simulator.settings().host();
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port();
  }

  public Simulator simulator() {
    return simulator;
  }

  public Javalin app() {
    return app;
  }

  @Override
  public void close() {
    app.stop();
    faults.close();
    simulator.close();
  }
}
