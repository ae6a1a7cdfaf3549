package dev.preflight.inspection.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NP-PRD-4: optional item fields are well-formed, and dates only on dated categories. Whether
 * {@code sellerId} is sent at all depends on the contract, which NP-HR-1 judges.
 */
public final class OptionalProductFieldsWellFormed extends ReviewRule {
  public OptionalProductFieldsWellFormed() {
    super("NP-PRD-4", Severity.WARN);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<String> problems = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    int checked = 0;
    for (Attempt attempt : Attempt.of(observation.journal())) {
      JsonNode products = attempt.params().path("naverProducts");
      for (int i = 0; products.isArray() && i < products.size(); i++) {
        JsonNode item = products.get(i);
        String where = sharedSays(observation, "common.item", attempt.call().seq(), i);
        int before = problems.size();
        checked += check(observation, item, where, problems);
        if (problems.size() > before) {
          seqs.add(attempt.call().seq());
        }
      }
    }
    if (checked == 0) {
      return skipped(observation, says(observation, "no-field"));
    }
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                problems.isEmpty()
                    ? says(observation, "well-formed", checked)
                    : String.join("; ", problems))
            .withJournal(seqs.stream().mapToLong(Long::longValue).toArray())
            .with("problems", problems);
    return problems.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }

  private int check(Observation observation, JsonNode item, String where, List<String> problems) {
    int checked = 0;
    if (JsonValues.isPresent(item.path("sellerId"))) {
      checked++;
      if (!item.path("sellerId").isTextual()
          || !item.path("sellerId").asText().matches("[A-Za-z0-9]+")) {
        problems.add(says(observation, "seller-id", where, item.path("sellerId")));
      }
    }
    if (JsonValues.isPresent(item.path("payReferrer"))) {
      checked++;
      if (!ProductCategories.PAY_REFERRERS.contains(item.path("payReferrer").asText())) {
        problems.add(says(observation, "pay-referrer", where, item.path("payReferrer")));
      }
    }
    Optional<LocalDate> start = Optional.empty();
    for (String field : List.of("startDate", "endDate")) {
      if (!JsonValues.isPresent(item.path(field))) {
        continue;
      }
      checked++;
      Optional<LocalDate> date =
          item.path(field).isTextual()
              ? JsonValues.yyyyMMdd(item.path(field).asText())
              : Optional.empty();
      if (date.isEmpty()) {
        problems.add(says(observation, "date", where, field, item.path(field)));
      } else if (field.equals("startDate")) {
        start = date;
      } else if (start.isPresent() && date.get().isBefore(start.get())) {
        problems.add(says(observation, "end-before-start", where));
      }
      String type = JsonValues.text(item.path("categoryType"));
      if (type == null || !ProductCategories.DATED.contains(type)) {
        problems.add(says(observation, "undated", where, field, type));
      }
    }
    return checked;
  }
}
