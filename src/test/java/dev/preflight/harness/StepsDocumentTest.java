package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.harness.StepCatalogue.CustomParameter;
import dev.preflight.harness.StepCatalogue.StepPhrase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/steps.md lists every step the glue defines: the part between its markers is written from the
 * step annotations (and the Javadoc above them), the prose around it by hand. With {@code
 * -Dsteps.write=true} the test rewrites that part instead of failing.
 */
class StepsDocumentTest {
  private static final Path DOC = Path.of("docs", "steps.md");
  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final String BEGIN =
      "<!-- steps:begin: written by StepsDocumentTest from the step definitions; do not edit -->\n";
  private static final String END = "<!-- steps:end -->\n";
  private static final String REWRITE =
      "./mvnw -B test -Dtest=StepsDocumentTest -Dsteps.write=true";

  /** Cucumber's built-in parameter types the phrases may use, as a feature's author writes them. */
  private static final Map<String, String> BUILT_IN =
      Map.of(
          "string", "text in double or single quotes: `\"cancel\"`",
          "int", "a whole number: `3`",
          "long", "a whole number, e.g. won: `14000`",
          "word", "one word without spaces",
          "float", "a decimal number: `1.5`",
          "double", "a decimal number: `1.5`");

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]*)\\}");

  private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?\\.)(\\s|$)");

  @Test
  void listsEveryStepTheGlueDefines() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertThat(begin).as("the begin marker in " + DOC).isNotNegative();
    assertThat(end).as("the end marker in " + DOC).isGreaterThan(begin);
    String written = doc.substring(begin + BEGIN.length(), end);
    String catalogue = catalogue(StepCatalogue.ofTheChecksGlue());

    if (Boolean.getBoolean("steps.write")) {
      Files.writeString(
          DOC,
          doc.substring(0, begin + BEGIN.length()) + catalogue + doc.substring(end),
          StandardCharsets.UTF_8);
      return;
    }

    assertThat(written)
        .as(DOC + " is behind the step definitions; rewrite it with " + REWRITE)
        .isEqualTo(catalogue);
  }

  private static String catalogue(StepCatalogue steps) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("\n## Parameters\n\n| in a step | what it takes |\n|---|---|\n");
    TreeSet<String> used = new TreeSet<>();
    for (StepPhrase phrase : steps.phrases()) {
      Matcher parameter = PARAMETER.matcher(phrase.expression());
      while (parameter.find()) {
        used.add(parameter.group(1));
      }
    }
    for (String name : used) {
      md.append("| `{").append(name).append("}` | ").append(meaning(steps, name)).append(" |\n");
    }
    Map<Class<?>, List<StepPhrase>> byGlue = new LinkedHashMap<>();
    steps.phrases().forEach(p -> byGlue.computeIfAbsent(p.glue(), g -> new ArrayList<>()).add(p));
    for (Map.Entry<Class<?>, List<StepPhrase>> glue : byGlue.entrySet()) {
      List<String> source = source(glue.getKey());
      md.append("\n## ").append(glue.getKey().getSimpleName()).append("\n\n");
      purpose(source, "class " + glue.getKey().getSimpleName() + " ")
          .ifPresent(p -> md.append(p).append("\n\n"));
      for (StepPhrase phrase : glue.getValue()) {
        md.append("- **")
            .append(phrase.keyword())
            .append("** `")
            .append(phrase.expression())
            .append('`');
        purpose(source, " void " + phrase.method().getName() + "(")
            .ifPresent(p -> md.append(": ").append(p));
        md.append('\n');
      }
    }
    md.append('\n');
    return md.toString();
  }

  private static String meaning(StepCatalogue steps, String name) {
    Optional<CustomParameter> custom =
        steps.parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    if (custom.isPresent()) {
      String values = String.join("` or `", custom.get().regex().split("\\|"));
      return "`"
          + values
          + "`, as written (`"
          + custom.get().method().getDeclaringClass().getSimpleName()
          + "."
          + custom.get().method().getName()
          + "`)";
    }
    String meaning = BUILT_IN.get(name);
    assertThat(meaning)
        .as("a step uses {" + name + "}; say in StepsDocumentTest.BUILT_IN what it takes")
        .isNotNull();
    return meaning;
  }

  private static List<String> source(Class<?> glue) throws IOException {
    return Files.readAllLines(SOURCES.resolve(glue.getName().replace('.', '/') + ".java"));
  }

  /**
   * The first sentence of the Javadoc above the line that holds the declaration, past its
   * annotations; none when it has none.
   */
  private static Optional<String> purpose(List<String> source, String declaration) {
    int line = 0;
    while (line < source.size() && !source.get(line).contains(declaration)) {
      line++;
    }
    line--;
    while (line >= 0 && source.get(line).strip().startsWith("@")) {
      line--;
    }
    if (line < 0 || !source.get(line).strip().endsWith("*/")) {
      return Optional.empty();
    }
    List<String> comment = new ArrayList<>();
    while (line >= 0) {
      String text = source.get(line).strip();
      comment.add(0, text);
      if (text.startsWith("/**")) {
        break;
      }
      line--;
    }
    String text =
        String.join(" ", comment)
            .replaceFirst("^/\\*\\*", "")
            .replaceFirst("\\*/$", "")
            .replaceAll("\\s\\*\\s", " ")
            .replaceAll("\\{@code ([^}]*)\\}", "`$1`")
            .replaceAll("\\s+", " ")
            .strip();
    Matcher sentence = FIRST_SENTENCE.matcher(text);
    return Optional.of(sentence.find() ? sentence.group(1) : text);
  }
}
