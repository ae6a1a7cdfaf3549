package dev.preflight.inspection.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * NP-PRD-2: every {@code naverProducts} item has the required fields, and its category pair is one
 * Naver Pay allows.
 */
public final class NaverProductItemsComplete extends ReviewRule {
  private static final List<String> REQUIRED = List.of("categoryType", "categoryId", "uid", "name");

  public NaverProductItemsComplete() {
    super("NP-PRD-2", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<String> problems = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    int items = 0;
    for (Attempt attempt : Attempt.of(observation.journal())) {
      JsonNode products = attempt.params().path("naverProducts");
      for (int i = 0; products.isArray() && i < products.size(); i++, items++) {
        int before = problems.size();
        check(
            products.get(i), "seq " + attempt.call().seq() + " naverProducts[" + i + "]", problems);
        if (problems.size() > before) {
          seqs.add(attempt.call().seq());
        }
      }
    }
    if (items == 0) {
      return skipped(observation, "no naverProducts item was sent (NP-PRD-1 judges its absence)");
    }
    Evidence evidence =
        Evidence.of(
                "complete items with an allowed categoryType/categoryId pair",
                problems.isEmpty() ? items + " complete item(s)" : String.join("; ", problems))
            .withJournal(seqs.stream().mapToLong(Long::longValue).toArray())
            .with("problems", problems);
    return problems.isEmpty()
        ? passed(observation, "every naverProducts item was complete", evidence)
        : broken(observation, "naverProducts items were incomplete or miscategorized", evidence);
  }

  private static void check(JsonNode item, String where, List<String> problems) {
    for (String field : REQUIRED) {
      if (!JsonValues.isNonEmptyString(item.path(field))) {
        problems.add(where + "." + field + " is " + JsonValues.type(item.path(field)));
      }
    }
    JsonNode count = item.path("count");
    if (!JsonValues.isIntegerNumber(count) || count.asLong() < 1) {
      problems.add(where + ".count is " + JsonValues.type(count) + " " + count);
    }
    String type = JsonValues.text(item.path("categoryType"));
    String id = JsonValues.text(item.path("categoryId"));
    if (type != null && id != null && !ProductCategories.allowed(type, id)) {
      problems.add(where + " category " + type + "/" + id + " is not allowed");
    }
  }
}
