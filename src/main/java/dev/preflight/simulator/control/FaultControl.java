package dev.preflight.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.faults.ArmedFault;
import dev.preflight.simulator.faults.Endpoint;
import dev.preflight.simulator.faults.Fault;
import dev.preflight.simulator.faults.FaultCatalog;
import dev.preflight.simulator.ledger.Account;
import dev.preflight.web.Excerpt;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code /__sim/faults}: switches a named fault on for a tenant's next calls, so a test can fail
 * the merchant's server-side call without touching that server. The tenant is {@code "tenant":
 * <user_code>} in the body (or {@code ?tenant=} on GET and DELETE), else the {@code
 * X-Preflight-Tenant: <imp_key>} header, else the default tenant.
 *
 * <pre>
 * POST /__sim/faults {"fault": "payment-lookup-timeout", "times": 1,
 *                     "endpoint": "payment-lookup", "path": "/payments/imp_123456789012"}
 * </pre>
 */
public final class FaultControl {
  private static final String PATH = ControlApi.PREFIX + "/faults";
  private static final int MAX_TIMES = 1000;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Simulator simulator;

  public FaultControl(Simulator simulator) {
    this.simulator = simulator;
  }

  public void register(RoutesConfig routes) {
    routes.get(PATH, ControlApi.handle(this::armed));
    routes.post(PATH, ControlApi.handle(this::arm));
    routes.delete(PATH, ControlApi.handle(this::clear));
    routes.get(PATH + "/catalog", ControlApi.handle(ctx -> catalog()));
  }

  private Object armed(Context ctx) {
    ArrayNode list = NODES.arrayNode();
    simulator.faults().of(tenant(ctx, ctx.queryParam("tenant"))).forEach(a -> list.add(json(a)));
    return list;
  }

  private Object arm(Context ctx) {
    JsonNode body = ControlApi.body(ctx);
    String name = text(body, "fault");
    if (name == null) {
      throw new ControlException(
          400, "send {\"fault\": <id>}: GET " + PATH + "/catalog lists the faults");
    }
    Fault fault = FaultCatalog.byId(name).orElse(null);
    if (fault == null) {
      ctx.status(400);
      ObjectNode unknown = NODES.objectNode();
      unknown.put(
          "error",
          "no fault is named \""
              + name
              + "\": use one of "
              + String.join(", ", FaultCatalog.ids())
              + " (GET "
              + PATH
              + "/catalog describes each)");
      ArrayNode valid = unknown.putArray("valid_faults");
      FaultCatalog.ids().forEach(valid::add);
      return unknown;
    }
    Endpoint endpoint = endpoint(body, fault);
    String path = text(body, "path");
    if (path != null && !path.startsWith("/")) {
      throw new ControlException(
          400,
          "path must be a request path such as /payments/imp_123 (got \""
              + Excerpt.of(path)
              + "\")");
    }
    JsonNode timesNode = body.path("times");
    long times = timesNode.isMissingNode() || timesNode.isNull() ? 1 : wholeNumber(timesNode);
    if (times < 1 || times > MAX_TIMES) {
      throw new ControlException(
          400,
          "times must be a whole number from 1 to "
              + MAX_TIMES
              + " (got "
              + Excerpt.of(timesNode)
              + ")");
    }
    String tenant = tenant(ctx, text(body, "tenant"));
    ArmedFault armed = simulator.faults().arm(tenant, fault, endpoint, path, (int) times);
    ctx.status(201);
    return json(armed);
  }

  /**
   * The endpoint filter: any endpoint-bound fault keeps its own; a {@code rest-*} one may narrow.
   */
  private static Endpoint endpoint(JsonNode body, Fault fault) {
    String name = text(body, "endpoint");
    if (name == null) {
      return Endpoint.ANY;
    }
    Endpoint endpoint =
        Endpoint.fromWireName(name.toLowerCase(Locale.ROOT))
            .orElseThrow(
                () ->
                    new ControlException(
                        400,
                        "endpoint must be one of "
                            + Arrays.stream(Endpoint.values()).map(Endpoint::wireName).toList()
                            + " (got \""
                            + name
                            + "\")"));
    if (fault.endpoint() != Endpoint.ANY
        && endpoint != Endpoint.ANY
        && endpoint != fault.endpoint()) {
      throw new ControlException(
          400,
          "fault "
              + fault.id()
              + " only strikes "
              + fault.endpoint().wireName()
              + " calls: drop \"endpoint\", or use a rest-* fault for "
              + endpoint.wireName());
    }
    return endpoint;
  }

  private Object clear(Context ctx) {
    int cleared = simulator.faults().clear(tenant(ctx, ctx.queryParam("tenant")));
    return NODES.objectNode().put("cleared", cleared);
  }

  private static Object catalog() {
    ArrayNode list = NODES.arrayNode();
    for (Fault fault : FaultCatalog.all()) {
      ObjectNode entry = list.addObject();
      entry.put("id", fault.id());
      entry.put("endpoint", fault.endpoint().wireName());
      entry.put("effect", fault.effect().name().toLowerCase(Locale.ROOT));
      entry.put("status", fault.status() == 0 ? null : fault.status());
      entry.put("delay_ms", fault.delayMillis());
      entry.put("description", fault.description());
    }
    return list;
  }

  private String tenant(Context ctx, String userCode) {
    if (userCode == null || userCode.isBlank()) {
      return ControlApi.account(simulator, ctx).tenant().userCode();
    }
    return simulator
        .accounts()
        .byUserCode(userCode.strip())
        .map(Account::tenant)
        .orElseThrow(
            () ->
                new ControlException(
                    404,
                    "no tenant has user code \""
                        + userCode.strip()
                        + "\": GET /__sim/tenants lists them"))
        .userCode();
  }

  private static ObjectNode json(ArmedFault armed) {
    ObjectNode out = NODES.objectNode();
    out.put("id", armed.id());
    out.put("tenant", armed.tenant());
    out.put("fault", armed.fault().id());
    Endpoint strikes =
        armed.endpoint() == Endpoint.ANY ? armed.fault().endpoint() : armed.endpoint();
    out.put("endpoint", strikes.wireName());
    out.put("path", armed.path());
    out.put("remaining", armed.remaining());
    out.put("description", armed.fault().description());
    return out;
  }

  private static String text(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new ControlException(400, field + " must be a string (got " + Excerpt.of(node) + ")");
    }
    return node.asText().isBlank() ? null : node.asText().strip();
  }

  private static long wholeNumber(JsonNode node) {
    if (!node.canConvertToExactIntegral() || !node.canConvertToLong()) {
      throw new ControlException(
          400, "times must be a whole number (got " + Excerpt.of(node) + ")");
    }
    return node.asLong();
  }
}
