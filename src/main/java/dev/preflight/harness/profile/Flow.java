package dev.preflight.harness.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Steps that act on one order (or one subscription): a cancel from the buyer's order list or the
 * back office.
 *
 * @param row a CSS selector template for the order's row, with {@code {merchant_uid}}; the steps
 *     use it as {@code {order_row}}; null when the steps need none
 * @param done a CSS selector that shows the action went through, which the harness waits for; null
 *     to wait for the cancel request at the simulator instead
 */
public record Flow(String row, List<Step> steps, String done) {

  public Flow {
    steps = List.copyOf(steps);
  }

  public Optional<String> doneSelector() {
    return Optional.ofNullable(done);
  }

  /** The steps for one order, with the values given plus {@code {order_row}}. */
  public List<Step> stepsFor(Map<String, String> values) {
    return Steps.fill(steps, withRow(values));
  }

  /** The {@code done} selector for one order, if any. */
  public Optional<String> doneFor(Map<String, String> values) {
    return doneSelector().map(d -> Placeholders.fill(d, withRow(values)));
  }

  private Map<String, String> withRow(Map<String, String> values) {
    if (row == null) {
      return values;
    }
    Map<String, String> all = new HashMap<>(values);
    all.put("order_row", Placeholders.fill(row, values));
    return all;
  }

  Flow resolve(Variables variables, String path) {
    return new Flow(
        variables.fill(path + ".row", row),
        Steps.resolve(steps, variables, path + ".steps"),
        variables.fill(path + ".done", done));
  }
}
