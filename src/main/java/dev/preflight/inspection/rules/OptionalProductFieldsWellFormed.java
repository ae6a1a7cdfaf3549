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
        String where = "seq " + attempt.call().seq() + " naverProducts[" + i + "]";
        int before = problems.size();
        checked += check(item, where, problems);
        if (problems.size() > before) {
          seqs.add(attempt.call().seq());
        }
      }
    }
    if (checked == 0) {
      return skipped(
          observation, "no optional product field (sellerId, payReferrer, dates) was sent");
    }
    Evidence evidence =
        Evidence.of(
                "well-formed optional fields",
                problems.isEmpty()
                    ? checked + " field(s) well-formed"
                    : String.join("; ", problems))
            .withJournal(seqs.stream().mapToLong(Long::longValue).toArray())
            .with("problems", problems);
    return problems.isEmpty()
        ? passed(observation, "optional product fields were well-formed", evidence)
        : broken(observation, "optional product fields were malformed or misplaced", evidence);
  }

  private static int check(JsonNode item, String where, List<String> problems) {
    int checked = 0;
    if (JsonValues.isPresent(item.path("sellerId"))) {
      checked++;
      if (!item.path("sellerId").isTextual()
          || !item.path("sellerId").asText().matches("[A-Za-z0-9]+")) {
        problems.add(where + ".sellerId " + item.path("sellerId") + " is not letters and digits");
      }
    }
    if (JsonValues.isPresent(item.path("payReferrer"))) {
      checked++;
      if (!ProductCategories.PAY_REFERRERS.contains(item.path("payReferrer").asText())) {
        problems.add(
            where + ".payReferrer " + item.path("payReferrer") + " is not an allowed value");
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
        problems.add(where + "." + field + " " + item.path(field) + " is not a yyyyMMdd string");
      } else if (field.equals("startDate")) {
        start = date;
      } else if (start.isPresent() && date.get().isBefore(start.get())) {
        problems.add(where + ".endDate is before startDate");
      }
      String type = JsonValues.text(item.path("categoryType"));
      if (type == null || !ProductCategories.DATED.contains(type)) {
        problems.add(
            where + "." + field + " is sent for categoryType " + type + ", which has no dates");
      }
    }
    return checked;
  }
}
