package dev.preflight.inspection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      for (String literal : stringConstants(file)) {
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
    assertThat(stringConstants(vocabulary)).contains("payment complete");
  }

  private static List<Path> ruleClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(RuleCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.list(root.resolve("dev/preflight/inspection/rules"))) {
      return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
  }

  /** The CONSTANT_String entries of a class file (JVMS 4.4). */
  static List<String> stringConstants(Path classFile) throws IOException {
    try (InputStream bytes = Files.newInputStream(classFile);
        DataInputStream in = new DataInputStream(bytes)) {
      in.readInt(); // magic
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      Map<Integer, String> utf8 = new HashMap<>();
      List<Integer> strings = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8.put(i, in.readUTF());
          case 8 -> strings.add(in.readUnsignedShort());
          case 7, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++; // a long or a double takes two entries
          }
          default -> throw new IOException(classFile + ": constant tag " + tag + " unknown");
        }
      }
      return strings.stream().map(utf8::get).toList();
    }
  }
}
