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

  /** The page asked for: {@code page} from 1 and {@code limit} items, both checked. */
  record Request(long page, int limit) {
    static Request of(Params query) {
      long page = bounded(query, "page", 1, 1, Integer.MAX_VALUE);
      long limit = bounded(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
      return new Request(page, (int) limit);
    }

    /** How many items come before this page. */
    long offset() {
      return (page - 1) * limit;
    }
  }

  static <T> JsonPayload page(Params query, List<T> all, ItemWriter<T> writer) {
    Request request = Request.of(query);
    long from = request.offset();
    List<T> slice =
        from >= all.size()
            ? List.of()
            : all.subList((int) from, (int) Math.min(all.size(), from + request.limit()));
    return page(request, all.size(), slice, writer);
  }

  /** A page cut by whoever holds the items: {@code slice} is this page of {@code total}. */
  static <T> JsonPayload page(Request request, long total, List<T> slice, ItemWriter<T> writer) {
    long page = request.page();
    boolean hasNext = request.offset() + request.limit() < total;
    return out -> {
      out.writeStartObject();
      out.writeNumberField("total", total);
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
