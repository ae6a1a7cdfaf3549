package dev.preflight.report;

import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * docs/rules.md, generated from the rule catalogue and the message bundle: Korean first, then
 * English; per rule its id, severity, kind, clause, evidence, how it is checked and how to fix it.
 * RulesDocumentTest fails when the file in the repository differs from what this writes.
 */
public final class RulesDocument {
  /** Where the document lives in the repository. */
  public static final Path FILE = Path.of("docs", "rules.md");

  /** How to bring the file up to date; the test's failure message says it. */
  public static final String REGENERATE =
      "./mvnw -B -q -o package -DskipTests && java -cp target/npay-preflight.jar "
          + RulesDocument.class.getName()
          + " docs/rules.md";

  private RulesDocument() {}

  /** Writes the document to the path given, else to docs/rules.md. */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : FILE;
    Files.writeString(file, render(), StandardCharsets.UTF_8);
  }

  public static String render() {
    List<CatalogueEntry> rules = CatalogueEntry.all();
    StringBuilder out = new StringBuilder();
    out.append(
            "<!-- Generated from the rule catalogue (messages_ko/en.properties, messages/fixes/):")
        .append(" do not edit. Regenerate with: ")
        .append(REGENERATE)
        .append(" -->\n\n");
    out.append("# ")
        .append(Messages.of(Lang.KO).get("doc.title"))
        .append(" / ")
        .append(Messages.of(Lang.EN).get("doc.title"))
        .append("\n");
    for (Lang lang : List.of(Lang.KO, Lang.EN)) {
      section(out, Messages.of(lang), rules);
    }
    return out.toString();
  }

  private static void section(StringBuilder out, Messages m, List<CatalogueEntry> rules) {
    out.append("\n## ")
        .append(m.lang() == Lang.KO ? "한국어" : "English")
        .append("\n\n")
        .append(text(m.get("doc.intro")))
        .append("\n");
    for (CatalogueEntry rule : rules) {
      RuleText text = rule.text(m);
      out.append("\n### ").append(rule.id()).append(' ').append(text(text.title())).append("\n\n");
      field(
          out,
          m.get("doc.severity"),
          m.get("severity." + rule.severity()) + " (" + rule.severity() + ")");
      field(out, m.get("doc.kind"), m.get("kind." + rule.kind()));
      field(out, m.get("doc.clause"), text.clause());
      field(out, m.get("doc.evidence"), text.evidence());
      field(out, m.get("doc.checked"), text.checked());
      field(out, m.get("doc.fix"), text.fix());
      text.snippet().ifPresent(code -> out.append("\n```js\n").append(code).append("\n```\n"));
    }
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("- **").append(name).append("**: ").append(text(value)).append('\n');
  }

  /**
   * Text for Markdown: a tag or entity in a clause ({@code <b>}, {@code &amp;}) is shown, not
   * rendered.
   */
  private static String text(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;");
  }
}
