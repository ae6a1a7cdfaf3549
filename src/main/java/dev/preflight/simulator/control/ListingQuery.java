package dev.preflight.simulator.control;

import dev.preflight.web.Excerpt;
import io.javalin.http.Context;
import java.util.List;

/**
 * The query of a control-API listing, read strictly: a parameter given twice, a page that is no
 * number or out of bounds is a 400 that names the parameter, never a guess.
 *
 * @param page from 1
 * @param limit from 1 to {@link #MAX_LIMIT}
 */
record ListingQuery(long page, int limit) {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  /** Past this page the offset would no longer fit a long: no listing is that long anyway. */
  private static final long MAX_PAGE = Integer.MAX_VALUE;

  static ListingQuery of(Context ctx) {
    long page = bounded(ctx, "page", 1, 1, MAX_PAGE);
    long limit = bounded(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    return new ListingQuery(page, (int) limit);
  }

  /** How many items come before this page. */
  long offset() {
    return (page - 1) * limit;
  }

  /** The one value of a query parameter, or null when it is absent or blank. */
  static String text(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw new ControlException(400, name + " must be given once (got " + values.size() + ")");
    }
    if (values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  private static long bounded(Context ctx, String name, long fallback, long min, long max) {
    String text = text(ctx, name);
    if (text == null) {
      return fallback;
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException notWhole) {
      throw new ControlException(400, outOfBounds(name, min, max, "\"" + Excerpt.of(text) + "\""));
    }
    if (value < min || value > max) {
      throw new ControlException(400, outOfBounds(name, min, max, Long.toString(value)));
    }
    return value;
  }

  private static String outOfBounds(String name, long min, long max, String got) {
    return name + " must be a whole number from " + min + " to " + max + " (got " + got + ")";
  }
}
