package dev.preflight.simulator.sdk;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.naverpay.Checkout;
import dev.preflight.simulator.naverpay.CheckoutSession;
import dev.preflight.simulator.naverpay.PaymentWindow;
import dev.preflight.simulator.naverpay.RequestPayCall;
import dev.preflight.simulator.naverpay.WindowResult;
import dev.preflight.web.BoundedJson;
import dev.preflight.web.Utf8;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Serves the fake {@code iamport.js} at the CDN's paths and takes its reports. The SDK runs on the
 * merchant's origin, so these calls are cross-origin: they are simple requests ({@code text/plain})
 * answered with {@code Access-Control-Allow-Origin: *}.
 */
public final class SdkRoutes {
  private static final String SCRIPT_TYPE = "text/javascript; charset=UTF-8";
  private static final ObjectMapper JSON = BoundedJson.mapper();
  private final byte[] script = load("/sdk/iamport.js");
  private final Checkout checkout;

  public SdkRoutes(Checkout checkout) {
    this.checkout = checkout;
  }

  public void register(RoutesConfig routes) {
    routes.get("/v1/iamport.js", this::script);
    routes.get("/js/{file}", this::legacyScript);
    routes.post("/__sim/sdk/init", ctx -> answer(ctx, () -> call(ctx, this::init)));
    routes.post("/__sim/sdk/request_pay", ctx -> answer(ctx, () -> call(ctx, (b, c) -> start(c))));
    routes.post(
        "/__sim/sdk/sessions/{session}/closed", ctx -> answer(ctx, () -> ended(ctx, "closed")));
    routes.post(
        "/__sim/sdk/sessions/{session}/blocked", ctx -> answer(ctx, () -> ended(ctx, "blocked")));
    routes.options(
        "/__sim/sdk/*", ctx -> cors(ctx).header("Access-Control-Allow-Headers", "Content-Type"));
  }

  private void script(Context ctx) {
    ctx.header("Cache-Control", "no-store").contentType(SCRIPT_TYPE).result(script);
  }

  /** The legacy {@code /js/iamport.payment-1.1.8.js} and its siblings. */
  private void legacyScript(Context ctx) {
    if (!ctx.pathParam("file").matches("iamport\\.payment-[0-9.]+\\.js")) {
      ctx.status(HttpStatus.NOT_FOUND).result("not an iamport.js path");
      return;
    }
    script(ctx);
  }

  private ObjectNode call(Context ctx, BiFunction<JsonNode, RequestPayCall, ObjectNode> action) {
    JsonNode body = body(ctx);
    RequestPayCall call =
        new RequestPayCall(
            text(body, "user_code"),
            text(body, "tier_code"),
            body.get("params"),
            text(body, "page_url"),
            text(body, "user_agent"),
            body.path("has_callback").asBoolean(false));
    return action.apply(body, call);
  }

  private ObjectNode init(JsonNode body, RequestPayCall call) {
    checkout.init(call, body.path("agency").asBoolean(false));
    return JSON.createObjectNode().put("ok", true);
  }

  private ObjectNode start(RequestPayCall call) {
    Checkout.Start start = checkout.start(call);
    ObjectNode reply = JSON.createObjectNode();
    if (start.session() != null) {
      CheckoutSession session = start.session();
      return reply
          .put("ok", true)
          .put("session", session.id())
          .put("imp_uid", session.impUid())
          .put("mode", session.popup() ? "popup" : "redirect")
          .put("window_path", PaymentWindow.PATH + session.id());
    }
    reply.put("ok", false).set("response", start.refused().response());
    return reply.put("redirect_url", start.redirectUrl());
  }

  /** The popup closed (or never opened): the window's result, a cancel if it had none. */
  private ObjectNode ended(Context ctx, String how) {
    CheckoutSession session = checkout.session(ctx.pathParam("session")).orElse(null);
    if (session == null) {
      throw new IllegalArgumentException("no such checkout session: the simulator was reset?");
    }
    WindowResult result = checkout.closed(session, how.equals("blocked"));
    ObjectNode reply = JSON.createObjectNode();
    reply.set("response", result.response());
    return reply.put("redirect_url", checkout.redirectAfterPopup(session, result));
  }

  /** Runs a report; a report that makes no sense is a 400 with {"error"}, never a 500. */
  private void answer(Context ctx, Supplier<ObjectNode> report) {
    cors(ctx).contentType("application/json; charset=UTF-8");
    try {
      ctx.result(report.get().toString());
    } catch (IllegalArgumentException invalid) {
      ctx.status(HttpStatus.BAD_REQUEST)
          .result(JSON.createObjectNode().put("error", invalid.getMessage()).toString());
    }
  }

  private static Context cors(Context ctx) {
    return ctx.header("Access-Control-Allow-Origin", "*");
  }

  private static JsonNode body(Context ctx) {
    byte[] raw;
    try {
      raw = ctx.bodyAsBytes();
    } catch (Exception unreadable) {
      // A broken chunked encoding, a client gone mid-body, or more than the body cap.
      throw new IllegalArgumentException("the report could not be read");
    }
    String text =
        Utf8.decode(raw)
            .orElseThrow(() -> new IllegalArgumentException("the report is not valid UTF-8"));
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("the report must be a JSON object");
      }
      return node;
    } catch (JacksonException malformed) {
      throw new IllegalArgumentException(
          "the report is not JSON: " + BoundedJson.reason(malformed));
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static byte[] load(String resource) {
    try (InputStream in = SdkRoutes.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
