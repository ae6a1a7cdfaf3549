package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.inspection.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** docs/rules.md is what the catalogue generates: it cannot drift from the rules the check runs. */
class RulesDocumentTest {

  @Test
  void docsRulesMdMatchesTheCatalogue() throws IOException {
    String inRepository = Files.readString(RulesDocument.FILE, StandardCharsets.UTF_8);

    assertThat(inRepository)
        .as(
            "docs/rules.md differs from the rule catalogue and the message bundle; regenerate it: "
                + RulesDocument.REGENERATE)
        .isEqualTo(RulesDocument.render());
  }

  @Test
  void givesEveryRuleInKoreanFirstThenInEnglish() {
    String document = RulesDocument.render();
    int english = document.indexOf("\n## English");

    assertThat(document.indexOf("\n## 한국어")).isPositive().isLessThan(english);
    for (String id : RuleCatalog.ids()) {
      assertThat(document.indexOf("### " + id + " ")).as(id).isPositive().isLessThan(english);
      assertThat(document.indexOf("### " + id + " ", english)).as(id).isPositive();
    }
    assertThat(document)
        .contains("- **고치는 법**: ", "- **How to fix**: ", "- **종류**: 도구 자체 점검")
        .contains("GET /payments/{imp_uid}", "extra: { requester: \"customer\" }")
        .contains("naverProducts: cart.items.map");
  }
}
