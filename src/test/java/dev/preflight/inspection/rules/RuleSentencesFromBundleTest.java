package dev.preflight.inspection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.support.ConstantPool;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No rule words a finding in English itself: every sentence comes from the bundle (finding.*), in
 * the check's language. Read from the compiled classes' constant pools, which hold every string
 * literal and every concatenation's recipe, however the source is laid out and whichever helper
 * passes it on.
 */
class RuleSentencesFromBundleTest {
  /** Two English words in a row: a sentence, not a parameter name, a path or a key. */
  private static final Pattern SENTENCE = Pattern.compile("[A-Za-z]{2,} [A-Za-z]{2,}");

  /**
   * Vocabulary holds the buyer-page phrases the rules look for ("payment complete"), not words of
   * ours; RuleCatalog's one literal is a programming error's message.
   */
  private static final Set<String> NOT_FINDING_WORDS = Set.of("Vocabulary", "RuleCatalog");

  @Test
  void noRuleClassHoldsAnEnglishSentence() throws IOException, URISyntaxException {
    List<Path> classes = ruleClasses();
    assertThat(classes).hasSizeGreaterThan(30);
    List<String> sentences = new ArrayList<>();
    for (Path file : classes) {
      String name = file.getFileName().toString().replaceFirst("[$.].*", "");
      if (NOT_FINDING_WORDS.contains(name)) {
        continue;
      }
      for (String literal : ConstantPool.strings(file.toUri())) {
        if (SENTENCE.matcher(literal).find()) {
          sentences.add(file.getFileName() + ": " + literal);
        }
      }
    }
    assertThat(sentences).as("put these in messages_{en,ko}.properties as finding.*").isEmpty();
  }

  @Test
  void theScanFindsASentenceWhereThereIsOne() throws IOException, URISyntaxException {
    Path vocabulary =
        ruleClasses().stream()
            .filter(p -> p.getFileName().toString().equals("Vocabulary.class"))
            .findFirst()
            .orElseThrow();
    assertThat(ConstantPool.strings(vocabulary.toUri())).contains("payment complete");
  }

  private static List<Path> ruleClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(RuleCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.list(root.resolve("dev/preflight/inspection/rules"))) {
      return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
  }
}
