package dev.preflight.harness;

import dev.preflight.harness.profile.Suggestions;
import dev.preflight.inspection.rules.RuleCatalog;
import io.cucumber.core.feature.FeaturePath;
import io.cucumber.core.resource.Resource;
import io.cucumber.core.resource.ResourceScanner;
import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Location;
import io.cucumber.messages.types.ParseError;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the features a check would run before anything starts: every file must parse, and every
 * step must match a step the glue defines. Cucumber's own parser and expressions do the reading, so
 * what passes here is what Cucumber runs.
 */
public final class FeatureCheck {
  /** How many known phrases an undefined step is offered. */
  private static final int NEAREST = 3;

  private final StepCatalogue catalogue;
  private final List<Expression> expressions;
  private final GherkinParser parser =
      GherkinParser.builder().includeSource(false).includeGherkinDocument(true).build();

  private FeatureCheck(StepCatalogue catalogue) {
    this.catalogue = catalogue;
    this.expressions = catalogue.expressions();
  }

  /**
   * A mistake in a feature file.
   *
   * @param file the file as the user named its folder, or {@code classpath:features/…}
   */
  public record Problem(String file, long line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  /** The problems of the built-in features and those in each folder, by file and line. */
  public static List<Problem> problems(List<Path> folders) {
    FeatureCheck check = new FeatureCheck(StepCatalogue.ofTheChecksGlue());
    List<Problem> problems = new ArrayList<>();
    List<FeatureText> files = new ArrayList<>(files(InspectionPlan.BUILT_IN_FEATURES, null));
    folders.forEach(folder -> files.addAll(files(folder.toAbsolutePath().toString(), folder)));
    for (FeatureText file : files) {
      problems.addAll(check.problemsIn(file));
    }
    return problems;
  }

  /**
   * How many scenarios (examples rows counted one each) of the built-in features and those in each
   * folder the tag expression selects, as Cucumber will run them: for the progress's "n of N".
   */
  public static int scenarioCount(List<Path> folders, String tagExpression) {
    io.cucumber.tagexpressions.Expression selects =
        tagExpression == null || tagExpression.isBlank()
            ? tags -> true
            : io.cucumber.tagexpressions.TagExpressionParser.parse(tagExpression);
    GherkinParser pickles =
        GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
    List<FeatureText> files = new ArrayList<>(files(InspectionPlan.BUILT_IN_FEATURES, null));
    folders.forEach(folder -> files.addAll(files(folder.toAbsolutePath().toString(), folder)));
    int count = 0;
    for (FeatureText file : files) {
      for (Envelope envelope : pickles.parse(file.shown(), file.text()).toList()) {
        if (envelope.getPickle().isPresent()) {
          Pickle pickle = envelope.getPickle().get();
          List<String> tags =
              pickle.getTags().stream().map(io.cucumber.messages.types.PickleTag::getName).toList();
          if (selects.evaluate(tags)) {
            count++;
          }
        }
      }
    }
    return count;
  }

  /** A feature file's text, and its name as the user knows it. */
  private record FeatureText(String shown, byte[] text) {}

  /** The .feature files under a feature path, as Cucumber finds them, by name. */
  private static List<FeatureText> files(String featurePath, Path shownFolder) {
    URI root = FeaturePath.parse(featurePath);
    ResourceScanner<FeatureText> scanner =
        new ResourceScanner<>(
            FeatureCheck.class::getClassLoader,
            path ->
                path.getFileName() != null && path.getFileName().toString().endsWith(".feature"),
            resource -> Optional.of(read(resource, root, shownFolder)));
    return scanner.scanForResourcesUri(root).stream()
        .sorted(Comparator.comparing(FeatureText::shown))
        .toList();
  }

  private static FeatureText read(Resource resource, URI root, Path shownFolder) {
    URI uri = resource.getUri();
    String shown =
        shownFolder == null
            ? uri.toString()
            : shownFolder.resolve(Path.of(root).relativize(Path.of(uri))).toString();
    try (InputStream in = resource.getInputStream()) {
      return new FeatureText(shown, in.readAllBytes());
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + shown, unreadable);
    }
  }

  private List<Problem> problemsIn(FeatureText file) {
    List<Envelope> envelopes = parser.parse(file.shown(), file.text()).toList();
    Set<Problem> problems = new LinkedHashSet<>();
    envelopes.stream()
        .flatMap(e -> e.getParseError().stream())
        .map(error -> parseProblem(file, error))
        .forEach(problems::add);
    Optional<GherkinDocument> document =
        envelopes.stream().flatMap(e -> e.getGherkinDocument().stream()).findFirst();
    Map<String, Long> stepLines = document.map(FeatureCheck::stepLines).orElse(Map.of());
    document.stream()
        .flatMap(FeatureCheck::tagsOf)
        .map(tag -> unknownRule(file, tag))
        .flatMap(Optional::stream)
        .forEach(problems::add);
    for (Pickle pickle : envelopes.stream().flatMap(e -> e.getPickle().stream()).toList()) {
      for (PickleStep step : pickle.getSteps()) {
        if (expressions.stream().noneMatch(e -> e.match(step.getText()) != null)) {
          // An outline's step is one line, whatever row of its examples it was made from.
          long line = stepLines.getOrDefault(step.getAstNodeIds().get(0), 0L);
          problems.add(new Problem(file.shown(), line, undefined(step.getText())));
        }
      }
    }
    return problems.stream().sorted(Comparator.comparingLong(Problem::line)).toList();
  }

  /**
   * A tag that names a rule the catalogue does not have: a scenario tagged {@code @NP-ERR-9},
   * {@code @RES-7} or {@code @np-err-1} would run and judge nothing, and the user would think the
   * rule checked.
   */
  private static Optional<Problem> unknownRule(FeatureText file, Tag tag) {
    String id = tag.getName().substring(1);
    String upper = id.toUpperCase(java.util.Locale.ROOT);
    // A team's own tags may look alike (@JIRA-123, @wip-2): only Naver's families are rule ids.
    boolean ruleShaped =
        RuleTags.isRuleId(upper)
            && (upper.startsWith("NP-")
                || RuleCatalog.ids().stream().anyMatch(known -> sameFamily(known, upper)));
    if (!ruleShaped || RuleCatalog.byId(id).isPresent()) {
      return Optional.empty();
    }
    String meant =
        Suggestions.closest(id, RuleCatalog.ids())
            .map(known -> "; did you mean @" + known + "?")
            .orElse("; the rules are " + String.join(", ", RuleCatalog.ids()));
    return Optional.of(
        new Problem(
            file.shown(),
            tag.getLocation().getLine(),
            "@" + id + " names no rule of the catalogue" + meant));
  }

  private static boolean sameFamily(String a, String b) {
    return a.replaceFirst("-\\d+$", "").equals(b.replaceFirst("-\\d+$", ""));
  }

  /** Every tag of the document: the feature's, its rules', scenarios' and examples'. */
  private static Stream<Tag> tagsOf(GherkinDocument document) {
    return document.getFeature().stream()
        .flatMap(
            feature ->
                Stream.concat(
                    feature.getTags().stream(),
                    feature.getChildren().stream().flatMap(FeatureCheck::tagsOf)));
  }

  private static Stream<Tag> tagsOf(FeatureChild child) {
    Stream<Tag> inRule =
        child.getRule().stream()
            .flatMap(
                rule ->
                    Stream.concat(
                        rule.getTags().stream(),
                        rule.getChildren().stream()
                            .flatMap(c -> c.getScenario().stream())
                            .flatMap(FeatureCheck::tagsOf)));
    return Stream.concat(inRule, child.getScenario().stream().flatMap(FeatureCheck::tagsOf));
  }

  private static Stream<Tag> tagsOf(io.cucumber.messages.types.Scenario scenario) {
    return Stream.concat(
        scenario.getTags().stream(),
        scenario.getExamples().stream().flatMap(examples -> examples.getTags().stream()));
  }

  private static Problem parseProblem(FeatureText file, ParseError error) {
    long line = error.getSource().getLocation().map(Location::getLine).orElse(0L);
    // The parser's message starts with its own (line:column), said already in front of it.
    String message =
        error.getMessage().replaceFirst("^\\(\\d+:\\d+\\):\\s*", "").replaceAll("\\s+", " ");
    return new Problem(file.shown(), line, message);
  }

  private String undefined(String text) {
    List<String> nearest =
        catalogue.phrases().stream()
            .map(StepCatalogue.StepPhrase::expression)
            .distinct()
            .sorted(
                Comparator.comparingDouble((String phrase) -> PhraseDistance.between(text, phrase))
                    .thenComparing(phrase -> phrase))
            .limit(NEAREST)
            .map(phrase -> "\"" + phrase + "\"")
            .toList();
    if (nearest.isEmpty()) {
      return "no step matches \"" + text + "\"";
    }
    String others =
        nearest.size() < 2
            ? ""
            : nearest.subList(1, nearest.size()).stream()
                .collect(Collectors.joining(", or ", " (or ", ")"));
    return "no step matches \"" + text + "\"; did you mean " + nearest.get(0) + "?" + others;
  }

  /** The line of every step of the document, by its id. */
  private static Map<String, Long> stepLines(GherkinDocument document) {
    Map<String, Long> lines = new HashMap<>();
    document.getFeature().stream()
        .flatMap(feature -> feature.getChildren().stream())
        .flatMap(FeatureCheck::stepsOf)
        .forEach(step -> lines.put(step.getId(), step.getLocation().getLine()));
    return lines;
  }

  private static Stream<Step> stepsOf(FeatureChild child) {
    Stream<Step> inRules =
        child.getRule().stream()
            .flatMap(rule -> rule.getChildren().stream())
            .flatMap(
                c ->
                    Stream.concat(
                        c.getBackground().stream().flatMap(b -> b.getSteps().stream()),
                        c.getScenario().stream().flatMap(s -> s.getSteps().stream())));
    return Stream.of(
            inRules,
            child.getBackground().stream().flatMap(b -> b.getSteps().stream()),
            child.getScenario().stream().flatMap(s -> s.getSteps().stream()))
        .flatMap(steps -> steps);
  }
}
