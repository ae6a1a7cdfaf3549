package dev.preflight.harness.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What lists of steps need, in one place. */
final class Steps {
  private Steps() {}

  static List<Step> resolve(List<Step> steps, Variables variables, String path) {
    List<Step> resolved = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      resolved.add(steps.get(i).resolve(variables, path + "[" + i + "]"));
    }
    return List.copyOf(resolved);
  }

  static List<Step> fill(List<Step> steps, Map<String, String> values) {
    return steps.stream().map(s -> s.fill(values)).toList();
  }
}
