package dev.preflight.harness;

import dev.preflight.harness.profile.Device;
import dev.preflight.text.Lang;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a check runs: the features (those in the jar, and a merchant's own), which of their
 * scenarios, which rules it judges, and where the reports go.
 *
 * @param features folders of the merchant's own features, run besides the built-in ones
 * @param tags a Cucumber tag expression the scenarios must match, or null for all
 * @param rules the rule ids to judge; empty for all
 * @param devices the devices whose scenarios run
 * @param capabilities the feature folders to run ({@code cancel}, …); empty for all
 * @param lang the language the rules word their findings in (the reports' language)
 */
public record InspectionPlan(
    List<Path> features,
    String tags,
    Set<String> rules,
    Set<Device> devices,
    Set<String> capabilities,
    Path out,
    Lang lang) {

  /** Where the built-in features are, inside the jar (or the classes folder). */
  public static final String BUILT_IN_FEATURES = "classpath:features";

  public InspectionPlan {
    features = List.copyOf(features);
    rules = Set.copyOf(rules);
    devices = Set.copyOf(devices);
    capabilities = Set.copyOf(capabilities);
    java.util.Objects.requireNonNull(lang, "lang");
  }

  /** A plan whose findings are worded in English. */
  public InspectionPlan(
      List<Path> features,
      String tags,
      Set<String> rules,
      Set<Device> devices,
      Set<String> capabilities,
      Path out) {
    this(features, tags, rules, devices, capabilities, out, Lang.EN);
  }

  /** Every built-in scenario on every device, every rule, reports in {@code out}. */
  public static InspectionPlan everything(Path out) {
    return new InspectionPlan(
        List.of(), null, Set.of(), Set.of(Device.PC, Device.MOBILE), Set.of(), out);
  }

  public InspectionPlan onlyCapabilities(Set<String> names) {
    return new InspectionPlan(features, tags, rules, devices, names, out, lang);
  }

  public InspectionPlan into(Path dir) {
    return new InspectionPlan(features, tags, rules, devices, capabilities, dir, lang);
  }

  /** The same plan, its findings worded in this language. */
  public InspectionPlan wordedIn(Lang language) {
    return new InspectionPlan(features, tags, rules, devices, capabilities, out, language);
  }

  /**
   * The one tag expression Cucumber gets: the user's, the rules', the devices' and capabilities'.
   */
  /** How many scenarios the plan runs (see {@link FeatureCheck#scenarioCount}). */
  public int scenarioCount() {
    return FeatureCheck.scenarioCount(features, tagExpression());
  }

  String tagExpression() {
    List<String> all = new ArrayList<>();
    if (tags != null && !tags.isBlank()) {
      all.add("(" + tags + ")");
    }
    if (!rules.isEmpty()) {
      all.add(anyOf(rules));
    }
    if (!devices.contains(Device.PC)) {
      all.add("not @pc");
    }
    if (!devices.contains(Device.MOBILE)) {
      all.add("not @mobile");
    }
    if (!capabilities.isEmpty()) {
      all.add(anyOf(capabilities));
    }
    return String.join(" and ", all);
  }

  /** {@code (@a or @b)}, in a stable order. */
  private static String anyOf(Set<String> tags) {
    return "(" + tags.stream().sorted().map(t -> "@" + t).collect(Collectors.joining(" or ")) + ")";
  }
}
