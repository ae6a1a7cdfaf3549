package dev.preflight.simulator.faults;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.iamport.Envelope;
import dev.preflight.simulator.iamport.InterceptedCall;
import dev.preflight.simulator.iamport.Interceptor;
import dev.preflight.simulator.journal.Journal;
import dev.preflight.simulator.journal.JournalEntry;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a tenant's calls with the faults armed for them through the control API, and journals
 * each struck call as a {@code fault} entry. Delays wait on a timer, not on a server thread, so a
 * 30-second hang costs nothing; closing drops the answers still waiting, whose requests the stopped
 * server has recycled.
 */
public final class FaultInjector implements Interceptor, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FaultInjector.class);

  /** A payment envelope cut off mid-way: what a dropped connection behind a proxy can leave. */
  private static final byte[] MALFORMED_BODY =
      "{\"code\":0,\"message\":null,\"response\":{\"amount\":14000,\"apply_num\":null,\"buyer_name\":\"김"
          .getBytes(StandardCharsets.UTF_8);

  private final ArmedFaults armed;
  private final Journal journal;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "fault-delays");
            thread.setDaemon(true);
            return thread;
          });

  public FaultInjector(ArmedFaults armed, Journal journal) {
    this.armed = armed;
    this.journal = journal;
  }

  @Override
  public boolean intercept(InterceptedCall call) {
    Context ctx = call.ctx();
    ArmedFault struck = armed.strike(call.tenant(), ctx.method().name(), ctx.path()).orElse(null);
    if (struck == null) {
      return false;
    }
    Fault fault = struck.fault();
    record(call, struck);
    switch (fault.effect()) {
      case ERROR_ENVELOPE -> envelope(ctx, fault);
      case SLOW_ANSWER -> later(ctx, fault.delayMillis(), call.proceed());
      case TIMEOUT -> later(ctx, fault.delayMillis(), () -> envelope(ctx, fault));
      case CONNECTION_RESET -> drop(ctx, true);
      case EMPTY_RESPONSE -> drop(ctx, false);
      case EMPTY_BODY -> ctx.status(200).contentType(Envelope.CONTENT_TYPE).result(new byte[0]);
      case MALFORMED_BODY ->
          ctx.status(200).contentType(Envelope.CONTENT_TYPE).result(MALFORMED_BODY);
    }
    return true;
  }

  private static void envelope(Context ctx, Fault fault) {
    if (fault.status() == 401) {
      ctx.header("WWW-Authenticate", "iamport");
    }
    ctx.status(fault.status())
        .contentType(Envelope.CONTENT_TYPE)
        .result(Envelope.failure(fault.code(), fault.message()));
  }

  private void later(Context ctx, long delayMillis, Runnable answer) {
    CompletableFuture<Void> answered = new CompletableFuture<>();
    timer.schedule(
        () -> {
          try {
            answer.run();
            answered.complete(null);
          } catch (RuntimeException failed) {
            answered.completeExceptionally(failed);
          }
        },
        delayMillis,
        TimeUnit.MILLISECONDS);
    ctx.future(() -> answered);
  }

  /**
   * Closes the connection under the request before anything is written: with {@code SO_LINGER} 0
   * the close sends a TCP reset, otherwise a plain end of stream.
   */
  private static void drop(Context ctx, boolean reset) {
    try {
      EndPoint endPoint =
          ServletContextRequest.getServletContextRequest(ctx.req())
              .getConnectionMetaData()
              .getConnection()
              .getEndPoint();
      if (reset && endPoint.getTransport() instanceof SocketChannel socket) {
        socket.setOption(StandardSocketOptions.SO_LINGER, 0);
      }
      endPoint.close();
    } catch (IOException | RuntimeException cannotAbort) {
      // Jetty's internals moved: say so, and still fail the call rather than answer it normally.
      LOG.warn("could not drop the connection of {} {}: {}", ctx.method(), ctx.path(), cannotAbort);
      ctx.status(502)
          .contentType(Envelope.CONTENT_TYPE)
          .result(Envelope.failure(-1, "Bad Gateway"));
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  private void record(InterceptedCall call, ArmedFault struck) {
    Fault fault = struck.fault();
    ObjectNode detail = JsonNodeFactory.instance.objectNode();
    detail.put("fault", fault.id());
    detail.put("source", "control-api");
    detail.put("armed_id", struck.id());
    detail.put("effect", fault.effect().name().toLowerCase(Locale.ROOT));
    if (fault.delayMillis() > 0) {
      detail.put("delay_ms", fault.delayMillis());
    }
    boolean envelope =
        fault.effect() == Fault.Effect.ERROR_ENVELOPE || fault.effect() == Fault.Effect.TIMEOUT;
    journal.record(
        call.tenant(),
        JournalEntry.FAULT,
        call.ctx().method().name(),
        call.ctx().path(),
        call.params(),
        fault.status() == 0 ? null : fault.status(),
        envelope ? fault.code() : null,
        detail);
  }
}
