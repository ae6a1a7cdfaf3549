package dev.preflight.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Rule;
import dev.preflight.inspection.Verdict;
import dev.preflight.inspection.rules.RuleCatalog;
import dev.preflight.simulator.journal.JournalEntry;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A realistic check run for report tests, and an example generator: a shop whose failure page
 * prefixes the error message, whose back office cancels without a requester, and which has no
 * subscriptions. {@code write(dir)} also draws the screenshot the failing finding cites.
 */
final class SampleReport {
  static final String SCREENSHOT = "screenshots/buyer-cancels-pc.png";
  static final String CANCEL_MESSAGE = "결제를 취소하셨습니다. 주문 내용 확인 후 다시 결제해주세요.";
  static final long T0 = 1736910000L;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES);

  private SampleReport() {}

  static RunInfo run() {
    return new RunInfo(
        "0.1.0",
        Instant.parse("2025-01-15T03:00:00Z"),
        Instant.parse("2025-01-15T03:01:42Z"),
        "Hanbit Audio (한빛오디오)",
        "https://shop.example",
        "Chromium 131 (headless)",
        List.of("pc", "mobile"));
  }

  static InspectionReport sample() {
    Instant start = run().startedAt();
    return InspectionReport.of(
        run(),
        List.of(
            buyerCancels().timed(start, start.plusMillis(12_500)),
            buyerPaysOnMobile().timed(start.plusSeconds(13), start.plusMillis(31_250)),
            backOfficeCancels().timed(start.plusSeconds(32), start.plusSeconds(61)),
            subscription().timed(start.plusSeconds(62), start.plusMillis(62_040))));
  }

  /** Why every scenario of a run whose site failed its probe was not driven. */
  static final StopReason PROBE_FAILED =
      StopReason.of("stop.not-driven", "base_url: https://shop.example does not answer");

  /**
   * A scenario the check could not drive, as the harness reports it: NOT_JUDGED, with a REVIEW
   * finding per rule it names that says so.
   */
  static ScenarioResult notDriven(String name, StopReason why, String... ruleIds) {
    List<Finding> findings =
        java.util.Arrays.stream(ruleIds)
            .map(
                id ->
                    finding(
                        id,
                        name,
                        Verdict.REVIEW,
                        "the inspection could not finish this scenario, so the rule was not"
                            + " judged: "
                            + why.english(),
                        Evidence.of("the scenario to run to its end", why.english())))
            .toList();
    Instant start = run().startedAt();
    return new ScenarioResult(
        name,
        "payment",
        "pc",
        List.of(),
        ScenarioStatus.NOT_JUDGED,
        findings,
        List.of(),
        List.of(),
        start,
        start.plusMillis(1_500),
        why);
  }

  /** The sample with its screenshot drawn into {@code dir}, as a check run leaves it. */
  static InspectionReport write(Path dir) {
    drawScreenshot(dir.resolve(SCREENSHOT));
    return sample();
  }

  private static ScenarioResult buyerCancels() {
    String name = "Buyer cancels in the Naver Pay window";
    JournalEntry requestPay =
        sdk(
            3,
            "{pg: 'naverpay', pay_method: 'card', merchant_uid: 'order-20250115-0007',"
                + " name: '무선 이어폰 외 1건', amount: 14000, buyer_name: '김민준',"
                + " buyer_tel: '010-1234-5678', naverPopupMode: true,"
                + " naverProducts: [{categoryType: 'PRODUCT', categoryId: 'GENERAL',"
                + " uid: 'EP-100', name: '무선 이어폰', count: 1},"
                + " {categoryType: 'PRODUCT', categoryId: 'GENERAL', uid: 'CB-7',"
                + " name: 'USB-C 케이블', count: 1}]}");
    JournalEntry window =
        new JournalEntry(
            4,
            T0 + 20,
            "imp00000000",
            "window",
            "cancel",
            "/naverpay/window",
            null,
            null,
            null,
            json(
                "{success: false, imp_uid: 'imp_101', merchant_uid: 'order-20250115-0007',"
                    + " error_code: 'userCancel', error_msg: '"
                    + CANCEL_MESSAGE
                    + "'}"),
            0);
    String shownInstead = "결제에 실패하였습니다. 실패 사유: " + CANCEL_MESSAGE;
    List<Finding> findings =
        List.of(
            finding(
                "NP-ERR-1",
                name,
                Verdict.FAILED,
                "error_msg was not shown exactly as sent",
                Evidence.of(
                        "a dialog or element whose whole text is error_msg: " + CANCEL_MESSAGE,
                        "shown instead: " + shownInstead)
                    .withJournal(3, 4)
                    .with("error_code", "userCancel")
                    .with("error_msg", CANCEL_MESSAGE)
                    .with("choice", "cancel")
                    .with("shown", List.of(shownInstead))
                    .with("page_url", "https://shop.example/checkout")
                    .withScreenshot(SCREENSHOT)),
            finding(
                "NP-PRD-3",
                name,
                Verdict.WARNING,
                "name carries a suffix Naver appends itself",
                Evidence.of("name equal to naverProducts[0].name: 무선 이어폰", "무선 이어폰 외 1건")
                    .withJournal(3)
                    .with("params.name", "무선 이어폰 외 1건")),
            finding(
                "NP-AMT-2",
                name,
                Verdict.PASSED,
                "amount was a number",
                Evidence.of("amount as a JSON number (e.g. 12000)", "number 14000").withJournal(3)),
            finding(
                "NP-PRD-1",
                name,
                Verdict.PASSED,
                "naverProducts was a non-empty array",
                Evidence.of("naverProducts: a non-empty array", "2 items").withJournal(3)),
            skipped("NP-VER-1", name, "the payment did not succeed: there was nothing to verify"),
            skipped("NP-ERR-2", name, "the result came back to the callback (popup path)"));
    return new ScenarioResult(
        name,
        "failure-messages",
        "pc",
        List.of("@popup", "@failure"),
        ScenarioStatus.PASSED,
        findings,
        List.of(sdk(2, "{user_code: 'imp00000000'}", "init"), requestPay, window),
        List.of(SCREENSHOT));
  }

  private static ScenarioResult buyerPaysOnMobile() {
    String name = "Buyer pays 14,000 won with Naver Pay";
    List<JournalEntry> journal =
        List.of(
            sdk(
                11,
                "{pg: 'naverpay', pay_method: 'card', merchant_uid: 'order-20250115-0008',"
                    + " name: '무선 이어폰', amount: 14000, naverPopupMode: false,"
                    + " m_redirect_url: 'https://shop.example/orders/complete',"
                    + " naverProducts: [{categoryType: 'PRODUCT', categoryId: 'GENERAL',"
                    + " uid: 'EP-100', name: '무선 이어폰', count: 1}]}"),
            rest(12, "POST", "/users/getToken", "{imp_key: 'imp_apikey', imp_secret: '****'}"),
            rest(13, "GET", "/payments/imp_102", "{}"));
    List<Finding> findings =
        List.of(
            finding(
                "NP-VER-1",
                name,
                Verdict.PASSED,
                "the payment was looked up before the buyer was told",
                Evidence.of("GET /payments/{imp_uid} before the success page", "looked up at #13")
                    .withJournal(13)),
            finding(
                "NP-AMT-4",
                name,
                Verdict.WARNING,
                "the amount was not pre-registered",
                Evidence.of(
                        "POST /payments/prepare with merchant_uid and amount before request_pay",
                        "no POST /payments/prepare before request_pay #11")
                    .withJournal(11)),
            finding(
                "NP-MODE-3",
                name,
                Verdict.PASSED,
                "redirect mode on mobile",
                Evidence.of("naverPopupMode false on mobile", "false").withJournal(11)),
            finding(
                "NP-AMT-2",
                name,
                Verdict.PASSED,
                "amount was a number",
                Evidence.of("amount as a JSON number (e.g. 12000)", "number 14000")
                    .withJournal(11)),
            skipped("NP-ERR-1", name, "the payment succeeded: there was no error_msg to show"));
    return new ScenarioResult(
        name,
        "payment",
        "mobile",
        List.of("@redirect"),
        ScenarioStatus.PASSED,
        findings,
        journal,
        List.of());
  }

  private static ScenarioResult backOfficeCancels() {
    String name = "Back office cancels a paid order";
    List<JournalEntry> journal =
        List.of(
            rest(21, "POST", "/users/getToken", "{imp_key: 'imp_apikey', imp_secret: '****'}"),
            rest(22, "GET", "/payments/imp_103", "{}"),
            rest(
                23,
                "POST",
                "/payments/cancel",
                "{imp_uid: 'imp_103', reason: '재고 부족으로 주문 취소', amount: 14000}"));
    List<Finding> findings =
        List.of(
            finding(
                "NP-CXL-1",
                name,
                Verdict.PASSED,
                "every cancel carried a reason",
                Evidence.of("reason: a non-empty string", "재고 부족으로 주문 취소").withJournal(23)),
            finding(
                "NP-CXL-2",
                name,
                Verdict.FAILED,
                "a cancel was sent without a valid extra.requester",
                Evidence.of("extra.requester: customer or admin", "null")
                    .withJournal(23)
                    .with("params.extra", Map.of("type", "absent"))),
            skipped("NP-CXL-4", name, "the merchant does not offer partial cancels"));
    return new ScenarioResult(
        name,
        "cancel",
        "pc",
        List.of("@admin"),
        ScenarioStatus.PASSED,
        findings,
        journal,
        List.of());
  }

  private static ScenarioResult subscription() {
    String name = "Buyer subscribes to monthly ear-tip delivery";
    String reason = "the merchant offers no subscriptions";
    return new ScenarioResult(
        name,
        "subscription",
        "pc",
        List.of("@subscription"),
        ScenarioStatus.SKIPPED,
        List.of(
            skipped("NP-SUB-1", name, reason),
            skipped("NP-SUB-2", name, reason),
            skipped("NP-SUB-6", name, reason)),
        List.of(),
        List.of());
  }

  static Finding finding(
      String ruleId, String scenario, Verdict verdict, String reason, Evidence evidence) {
    Rule rule = RuleCatalog.byId(ruleId).orElseThrow();
    return new Finding(ruleId, rule.severity(), rule.clause(), scenario, verdict, reason, evidence);
  }

  static Finding skipped(String ruleId, String scenario, String reason) {
    return finding(ruleId, scenario, Verdict.SKIPPED, reason, Evidence.of("", ""));
  }

  static JournalEntry sdk(long seq, String params) {
    return sdk(seq, params, "request_pay");
  }

  static JournalEntry sdk(long seq, String params, String method) {
    return new JournalEntry(
        seq,
        T0 + seq,
        "imp00000000",
        "sdk",
        method,
        "https://shop.example/checkout",
        json(params),
        null,
        null,
        null,
        0);
  }

  static JournalEntry rest(long seq, String method, String path, String params) {
    return new JournalEntry(
        seq, T0 + seq, "imp00000000", "rest", method, path, json(params), 200, 0, null, 0);
  }

  static JsonNode json(String relaxed) {
    try {
      return JSON.readTree(relaxed);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(relaxed, e);
    }
  }

  /** A stand-in for the browser's screenshot: the shop's failure page with its prefixed text. */
  static void drawScreenshot(Path file) {
    BufferedImage image = new BufferedImage(640, 260, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 640, 260);
    g.setColor(new Color(0x1f2328));
    g.fillRect(0, 0, 640, 44);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString("Hanbit Audio  -  Checkout", 16, 28);
    g.setColor(new Color(0xfdecea));
    g.fillRect(40, 90, 560, 90);
    g.setColor(new Color(0xc62828));
    g.drawRect(40, 90, 560, 90);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    g.drawString("결제에 실패하였습니다. 실패 사유:", 60, 125);
    g.drawString(CANCEL_MESSAGE, 60, 152);
    g.dispose();
    try {
      Files.createDirectories(file.getParent());
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
