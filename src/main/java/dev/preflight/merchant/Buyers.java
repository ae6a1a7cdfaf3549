package dev.preflight.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;

/**
 * Who is buying, and on what. The shop has no login: the buyer is a fixed demo customer unless the
 * address names another ({@code ?buyer_name=…&buyer_tel=…&buyer_email=…}), which lets tests play
 * several buyers.
 */
final class Buyers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Buyers() {}

  /** The buyer fields request_pay carries. */
  record Buyer(String name, String tel, String email) {}

  static Buyer of(Context ctx) {
    return new Buyer(
        orDefault(ctx.queryParam("buyer_name"), "김구매"),
        orDefault(ctx.queryParam("buyer_tel"), "010-1234-5678"),
        orDefault(ctx.queryParam("buyer_email"), "buyer@example.com"));
  }

  static boolean isMobile(Context ctx) {
    String agent = ctx.header("User-Agent");
    return agent != null && agent.matches("(?s).*(Mobi|Android|iPhone|iPad|iPod).*");
  }

  static JsonNode jsonBody(Context ctx) {
    try {
      JsonNode node = JSON.readTree(ctx.body());
      return node == null ? JsonNodeFactory.instance.objectNode() : node;
    } catch (Exception notJson) {
      return JsonNodeFactory.instance.objectNode();
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
