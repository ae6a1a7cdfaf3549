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
        String where = sharedSays(observation, "common.item", attempt.call().seq(), i);
        check(observation, products.get(i), where, problems);
        if (problems.size() > before) {
          seqs.add(attempt.call().seq());
        }
      }
    }
    if (items == 0) {
      return skipped(observation, says(observation, "no-item"));
    }
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                problems.isEmpty()
                    ? says(observation, "complete", items)
                    : String.join("; ", problems))
            .withJournal(seqs.stream().mapToLong(Long::longValue).toArray())
            .with("problems", problems);
    return problems.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }

  private void check(Observation observation, JsonNode item, String where, List<String> problems) {
    for (String field : REQUIRED) {
      if (!JsonValues.isNonEmptyString(item.path(field))) {
        problems.add(
            says(observation, "field-is", where, field, JsonValues.type(item.path(field))));
      }
    }
    JsonNode count = item.path("count");
    if (!JsonValues.isIntegerNumber(count) || count.asLong() < 1) {
      problems.add(says(observation, "count-is", where, JsonValues.type(count), count));
    }
    String type = JsonValues.text(item.path("categoryType"));
    String id = JsonValues.text(item.path("categoryId"));
    if (type != null && id != null && !ProductCategories.allowed(type, id)) {
      problems.add(says(observation, "category", where, type, id));
    }
  }
}
