package dev.preflight.inspection.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.inspection.BuyerView;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * NP-PRD-5: the products and counts sent match the cart on screen. Heuristic: each item's name is
 * in some text the buyer saw, and one of those texts holds its count as a number. When no product
 * name is on screen at all the cart was not captured, and the rule is skipped.
 */
public final class ProductsMatchCartShown extends ReviewRule {
  public ProductsMatchCartShown() {
    super("NP-PRD-5", Severity.INFO);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<Attempt> payments =
        Attempt.of(observation.journal()).stream()
            .filter(a -> a.params().path("naverProducts").size() > 0)
            .toList();
    if (payments.isEmpty()) {
      return skipped(observation, says(observation, "no-products"));
    }
    Attempt attempt = payments.get(payments.size() - 1);
    // The cart page the buyer pressed pay on, when it lists the products; else the last page.
    BuyerView view =
        listsAProduct(observation.cart(), attempt) ? observation.cart() : observation.buyer();
    List<String> shown = view.everything().stream().map(BuyerView::normalize).toList();
    List<String> mismatches = new ArrayList<>();
    int found = 0;
    for (JsonNode item : attempt.params().path("naverProducts")) {
      String name = BuyerView.normalize(item.path("name").asText());
      List<String> mentioning =
          shown.stream().filter(t -> !name.isEmpty() && t.contains(name)).toList();
      Pattern count =
          Pattern.compile(
              "(?<![\\d,])" + Pattern.quote(item.path("count").asText()) + "(?![\\d,])");
      if (mentioning.isEmpty()) {
        mismatches.add(says(observation, "not-on-screen", name));
        continue;
      }
      found++;
      if (mentioning.stream().noneMatch(t -> count.matcher(t.replace(name, "")).find())) {
        mismatches.add(says(observation, "without-count", name, item.path("count")));
      }
    }
    if (found == 0) {
      return skipped(observation, says(observation, "no-cart"));
    }
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                mismatches.isEmpty()
                    ? says(observation, "all-on-screen")
                    : String.join("; ", mismatches))
            .withJournal(attempt.call().seq())
            .with("params.naverProducts", attempt.params().path("naverProducts"))
            .with("shown", view.everything())
            .with("page_url", view.pageUrl());
    return mismatches.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }

  private static boolean listsAProduct(BuyerView view, Attempt attempt) {
    List<String> shown = view.everything().stream().map(BuyerView::normalize).toList();
    for (JsonNode item : attempt.params().path("naverProducts")) {
      String name = BuyerView.normalize(item.path("name").asText());
      if (!name.isEmpty() && shown.stream().anyMatch(t -> t.contains(name))) {
        return true;
      }
    }
    return false;
  }
}
