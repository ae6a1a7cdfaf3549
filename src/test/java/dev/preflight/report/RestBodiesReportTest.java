package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.client.PaymentSeed;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Verdict;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import dev.preflight.text.Lang;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST calls a finding cites, with what was sent and what the simulator answered, in the HTML
 * and JSON reports: from a real simulator's journal, as {@code check} gets it.
 */
class RestBodiesReportTest {
  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  @TempDir Path dir;

  private String token;
  private InspectionReport report;

  @BeforeEach
  void aLookupOfAPaymentNamedWithMarkup() {
    token = sim.client().defaultToken();
    String impUid =
        sim.control().seedPayment(PaymentSeed.paid("order-x", 5000).named("<b>x</b>")).impUid();
    sim.client().get("/payments/" + impUid, MerchantRestClient.bearer(token));
    List<JournalEntry> journal = sim.control().journal();
    Evidence evidence =
        Evidence.of("the amount compared with the order", "not compared")
            .withJournal(journal.get(0).seq(), journal.get(1).seq());
    ScenarioResult scenario =
        new ScenarioResult(
            "Buyer pays",
            "payment",
            "pc",
            List.of("@popup"),
            ScenarioStatus.PASSED,
            List.of(
                SampleReport.finding(
                    "NP-AMT-3", "Buyer pays", Verdict.FAILED, "not compared", evidence)),
            journal,
            List.of());
    report = InspectionReport.of(SampleReport.run(), List.of(scenario));
  }

  @Test
  void theHtmlEvidenceShowsTheAnswerEscapedAndCollapsed() {
    String html = HtmlReport.render(report, dir, Lang.EN);

    assertThat(html)
        .contains("<details class=\"body\"><summary>Show (")
        .contains("&quot;name&quot; : &quot;&lt;b&gt;x&lt;/b&gt;&quot;")
        .contains("&quot;amount&quot; : 5000")
        .doesNotContain("<b>x</b>");
  }

  @Test
  void theTokenNeverAppearsInEitherReport() throws Exception {
    String html = HtmlReport.render(report, dir, Lang.KO);
    String json = JsonReport.render(report, Lang.EN);

    assertThat(html).doesNotContain(token).contains(token.substring(0, 4) + "****");
    assertThat(json).doesNotContain(token);
    JsonNode getToken = new ObjectMapper().readTree(json).at("/scenarios/0/journal/0");
    assertThat(getToken.at("/response/body/response/access_token").asText())
        .isEqualTo(token.substring(0, 4) + "****");
    assertThat(getToken.at("/response/truncated").asBoolean()).isFalse();
  }
}
