package dev.preflight.cli;

import dev.preflight.report.CatalogueEntry;
import dev.preflight.text.Messages;
import java.io.PrintWriter;

/** {@code check --list-rules}: the catalogue, a line per rule, in the chosen language. */
final class RuleList {
  private RuleList() {}

  static void print(Messages m, PrintWriter out) {
    for (CatalogueEntry rule : CatalogueEntry.all()) {
      out.println(
          Columns.pad(rule.id(), 10)
              + " "
              + Columns.pad(rule.severity().name(), 5)
              + " "
              + rule.title(m)
              + (rule.isNavers() ? "" : " [" + m.get("kind.TOOL") + "]"));
    }
    out.println();
    out.println(m.get("cli.list-rules.more"));
    out.flush();
  }
}
