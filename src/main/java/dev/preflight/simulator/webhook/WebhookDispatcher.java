package dev.preflight.simulator.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.journal.Journal;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.Clock;
import dev.preflight.simulator.ledger.Tenant;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts payment notifications to merchants the way the gateway does: JSON or form, connect timeout
 * 10 s, read timeout 30 s, retried on a network error or a 5xx up to the tenant's retry count, one
 * interval apart. Delivery runs on its own threads and never holds up the request that caused it.
 */
public final class WebhookDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private final Clock clock;
  private final Journal journal;
  private final Duration retryInterval;
  private final ObjectMapper json = new ObjectMapper();
  private final ExecutorService io = Executors.newCachedThreadPool(daemon("webhook-io"));
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(daemon("webhook-retry"));
  // Built by warmUp() when the server starts, off every request's thread: building an HttpClient
  // sets up TLS (~250 ms the first time in a JVM), which the first webhook must not wait for.
  private volatile HttpClient http;
  private final List<WebhookAttempt> attempts = new ArrayList<>();

  /**
   * How long a payment's own notice waits after the window, as the gateway's does; none at first.
   */
  private volatile Duration paymentNoticeDelay = Duration.ZERO;

  /**
   * Deliveries sent or waiting to be, and not yet answered, per tenant (by REST key; none is kept
   * at zero): what {@link #awaitQuiet} waits out, a check's workers each only their own.
   */
  private final java.util.Map<String, Integer> pendingByTenant = new java.util.HashMap<>();

  public WebhookDispatcher(Clock clock, Journal journal, Duration retryInterval) {
    this.clock = clock;
    this.journal = journal;
    this.retryInterval = retryInterval;
  }

  /**
   * Makes each payment's notice after the Naver Pay window wait this long. The real gateway's
   * arrives on its own time, and a delay keeps apart what the merchant's page did with the result
   * from what its webhook handler did: the inspection needs to tell one lookup from the other.
   */
  public void delayPaymentNotices(Duration delay) {
    paymentNoticeDelay = delay;
  }

  /** A payment's notice after the Naver Pay window: as {@link #notify}, after the set delay. */
  public void notifyOfPayment(
      Tenant tenant, List<String> noticeUrls, String impUid, String merchantUid, String status) {
    Duration delay = paymentNoticeDelay;
    if (delay.isZero()) {
      notify(tenant, noticeUrls, impUid, merchantUid, status);
      return;
    }
    pendingChange(tenant, 1);
    timer.schedule(
        () -> {
          try {
            notify(tenant, noticeUrls, impUid, merchantUid, status);
          } finally {
            pendingChange(tenant, -1);
          }
        },
        delay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Waits, at most {@code max}, until no notice is waiting or on its way: so that one test's late
   * notice does not land in the next one's journal.
   */
  public synchronized void awaitQuiet(Duration max) {
    awaitQuiet(null, max);
  }

  /**
   * As {@link #awaitQuiet(Duration)}, for one tenant's notices only (every tenant's when {@code
   * impKey} is null): a worker of a check waits out its own shop's, not the others'.
   */
  public synchronized void awaitQuiet(String impKey, Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    while (impKey == null ? !pendingByTenant.isEmpty() : pendingByTenant.containsKey(impKey)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The tenant's notices waiting or on their way, not yet answered. */
  public synchronized int pending(String impKey) {
    return pendingByTenant.getOrDefault(impKey, 0);
  }

  private synchronized void pendingChange(Tenant tenant, int by) {
    pendingByTenant.compute(
        tenant.impKey(),
        (key, was) -> {
          int now = (was == null ? 0 : was) + by;
          return now <= 0 ? null : now;
        });
    notifyAll();
  }

  /**
   * Notifies the merchant of a payment's new status: at each {@code noticeUrls} entry when given,
   * else at the tenant's notification URL, else nowhere.
   */
  public void notify(
      Tenant tenant, List<String> noticeUrls, String impUid, String merchantUid, String status) {
    List<String> targets =
        noticeUrls != null && !noticeUrls.isEmpty()
            ? noticeUrls
            : tenant.notificationUrl() == null ? List.of() : List.of(tenant.notificationUrl());
    ObjectNode body = json.createObjectNode();
    body.put("imp_uid", impUid);
    body.put("merchant_uid", merchantUid);
    body.put("status", status);
    for (String url : targets) {
      send(tenant, url, body, 1);
    }
  }

  private void send(Tenant tenant, String url, ObjectNode body, int attempt) {
    boolean asJson = tenant.notificationFormat() == Tenant.WebhookFormat.JSON;
    String contentType = asJson ? "application/json" : "application/x-www-form-urlencoded";
    // A lookup the merchant's handler makes comes after this: the rules tell it from the page's.
    long sentAfter = journal.lastSeq();
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(READ_TIMEOUT)
              .header("Content-Type", contentType)
              .POST(HttpRequest.BodyPublishers.ofString(asJson ? body.toString() : formOf(body)))
              .build();
    } catch (IllegalArgumentException badUrl) {
      finish(
          tenant,
          url,
          contentType,
          body,
          attempt,
          null,
          "invalid URL: " + badUrl.getMessage(),
          sentAfter);
      return;
    }
    pendingChange(tenant, 1);
    // Handed to the I/O pool: the caller (a request's thread) never waits for the client.
    HttpRequest built = request;
    try {
      io.execute(() -> deliver(tenant, url, contentType, body, attempt, built, sentAfter));
    } catch (RejectedExecutionException closed) {
      pendingChange(tenant, -1);
    }
  }

  private void deliver(
      Tenant tenant,
      String url,
      String contentType,
      ObjectNode body,
      int attempt,
      HttpRequest request,
      long sentAfter) {
    client()
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, failure) -> {
              Integer status = response == null ? null : response.statusCode();
              String error = failure == null ? null : describe(failure);
              try {
                finish(tenant, url, contentType, body, attempt, status, error, sentAfter);
              } finally {
                pendingChange(tenant, -1);
              }
              boolean retryable = error != null || status >= 500;
              if (retryable && attempt <= tenant.webhookRetries() && !timer.isShutdown()) {
                timer.schedule(
                    () -> send(tenant, url, body, attempt + 1),
                    retryInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
              }
            });
  }

  /** Builds the HTTP client in the background, so that the first webhook finds it ready. */
  public void warmUp() {
    try {
      io.execute(this::client);
    } catch (RejectedExecutionException closed) {
      // Closed before it started: there will be no webhooks to send.
    }
  }

  /** Whether the HTTP client is built: after {@link #warmUp()}, without any webhook sent. */
  public boolean clientReady() {
    return http != null;
  }

  private HttpClient client() {
    HttpClient client = http;
    if (client == null) {
      synchronized (this) {
        if (http == null) {
          http =
              HttpClient.newBuilder()
                  .connectTimeout(CONNECT_TIMEOUT)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .executor(io)
                  .build();
        }
        client = http;
      }
    }
    return client;
  }

  private void finish(
      Tenant tenant,
      String url,
      String contentType,
      ObjectNode body,
      int attempt,
      Integer status,
      String error,
      long sentAfter) {
    WebhookAttempt record =
        new WebhookAttempt(
            tenant.userCode(), url, contentType, body, attempt, status, error, clock.now());
    synchronized (attempts) {
      attempts.add(record);
    }
    ObjectNode detail = json.createObjectNode();
    detail.put("url", url);
    detail.put("attempt", attempt);
    detail.put("content_type", contentType);
    detail.put("error", error);
    detail.put("sent_after_seq", sentAfter);
    journal.record(
        tenant.userCode(), JournalEntry.WEBHOOK, "POST", url, body, status, null, detail);
    LOG.info(
        "webhook {} attempt {} to {}: {}",
        body.path("imp_uid").asText(),
        attempt,
        url,
        error != null ? error : status);
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static String formOf(ObjectNode body) {
    StringJoiner form = new StringJoiner("&");
    Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> fields = body.fields();
    while (fields.hasNext()) {
      Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field = fields.next();
      form.add(
          URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(field.getValue().asText(), StandardCharsets.UTF_8));
    }
    return form.toString();
  }

  /** Every delivery attempt so far, for one tenant (by user code) or all when null. */
  public List<WebhookAttempt> attempts(String tenant) {
    synchronized (attempts) {
      return attempts.stream().filter(a -> tenant == null || a.tenant().equals(tenant)).toList();
    }
  }

  public void clear() {
    synchronized (attempts) {
      attempts.clear();
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    io.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
