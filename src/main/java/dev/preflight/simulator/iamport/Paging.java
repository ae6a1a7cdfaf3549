package dev.preflight.simulator.iamport;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * i'mport's paged list {@code {total, previous, next, list}}: pages count from 1, and {@code
 * previous} and {@code next} are 0 when there is no such page.
 */
final class Paging {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 1000;

  private Paging() {}

  interface ItemWriter<T> {
    void write(JsonGenerator out, T item) throws IOException;
  }

  static <T> JsonPayload page(Params query, List<T> all, ItemWriter<T> writer) {
    long page = bounded(query, "page", 1, 1, Integer.MAX_VALUE);
    long limit = bounded(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    long from = (page - 1) * limit;
    List<T> slice =
        from >= all.size()
            ? List.of()
            : all.subList((int) from, (int) Math.min(all.size(), from + limit));
    boolean hasNext = from + limit < all.size();
    return out -> {
      out.writeStartObject();
      out.writeNumberField("total", all.size());
      out.writeNumberField("previous", page > 1 ? page - 1 : 0);
      out.writeNumberField("next", hasNext ? page + 1 : 0);
      out.writeArrayFieldStart("list");
      for (T item : slice) {
        writer.write(out, item);
      }
      out.writeEndArray();
      out.writeEndObject();
    };
  }

  private static long bounded(Params query, String name, long fallback, long min, long max) {
    Long value = query.integer(name);
    if (value == null) {
      return fallback;
    }
    if (value < min || value > max) {
      throw ApiException.badParameter(
          name + " 파라미터는 " + min + " 이상 " + max + " 이하여야 합니다. (받은 값: " + value + ")");
    }
    return value;
  }
}
