package dev.preflight.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.inspection.MerchantContext;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * PortOne's Naver Pay review request, answered from a check's evidence: for each item the merchant
 * fills in by hand today, the answer the run can back (a rule's verdict, the exact call the site
 * made), and for what no check can know (business details, cash receipts, points) a marked blank.
 * An answer never claims more than its evidence: a rule not judged leaves the item blank, saying
 * why; a rule that failed says so, since the review would refuse it.
 *
 * @param items in the order of the request form
 */
public record ReviewRequest(InspectionReport report, List<Item> items) {

  /** A blank the merchant fills in: the check has nothing to back an answer with. */
  public static final String BLANK = "[직접 기입]";

  /** The request is in Korean, the language of Naver's review, whatever the check's language. */
  private static final Messages KOREAN = Messages.of(Lang.KO);

  /**
   * One item of the form.
   *
   * @param section the form's part, e.g. {@code 결제}
   * @param question the item as the form asks it
   * @param answer the answer, or {@link #BLANK}
   * @param evidence what backs the answer (a verdict with its scenario, a journal entry, the
   *     profile's field), or why there is none
   * @param example a JSON example to paste (the {@code naverProducts} the site sent), or null
   */
  public record Item(
      String section, String question, String answer, List<String> evidence, String example) {

    public Item {
      evidence = List.copyOf(evidence);
    }

    public boolean answered() {
      return !answer.startsWith(BLANK);
    }
  }

  public ReviewRequest {
    items = List.copyOf(items);
  }

  /** The request as far as the run's evidence answers it. */
  public static ReviewRequest of(InspectionReport report) {
    return new ReviewRequest(report, new Answers(report).all());
  }

  /** Works out the answers from one run's rules, journals and declarations. */
  private static final class Answers {
    private final InspectionReport report;
    private final Declared declared;
    private final Map<String, RuleSummary> rules = new LinkedHashMap<>();

    Answers(InspectionReport report) {
      this.report = report;
      this.declared = report.run().declared();
      report.ruleSummaries().forEach(summary -> rules.put(summary.rule().id(), summary));
    }

    List<Item> all() {
      List<Item> items = new ArrayList<>();
      items.add(site());
      items.add(blank("가맹점", "상호, 사업자등록번호, 담당자 연락처", "검사로 알 수 없는 사업자 정보입니다."));
      items.add(services());
      items.add(modes());
      items.add(products());
      items.add(ruleItem("결제", "결제금액 위변조 방지 (결제 후 서버에서 금액 검증)", "NP-AMT-3", "적용함", "적용하지 않음"));
      items.add(ruleItem("결제", "결제 전 금액 사전 등록 (payments/prepare)", "NP-AMT-4", "사용함", "사용하지 않음"));
      items.add(ruleItem("결제", "100원 미만 결제 예외 처리", "NP-AMT-1", "처리함", "처리하지 않음"));
      items.add(failureMessages());
      items.add(partialCancel());
      items.add(cancelParameters());
      items.add(subscriptions());
      items.add(contractParameters());
      items.add(declaredFlag("계약", "에스크로 사용", "escrow"));
      items.add(taxFree());
      items.add(blank("계약", "포인트·적립금 사용 여부", "검사는 포인트·적립금 결제를 다루지 않습니다."));
      items.add(blank("계약", "현금영수증 발급 처리", "검사는 현금영수증 발급을 다루지 않습니다."));
      items.add(blank("심사", "심사용 테스트 계정 (아이디·비밀번호)", "비밀번호는 보고서에 남기지 않습니다. 심사 요청서에만 적으세요."));
      return items;
    }

    private Item site() {
      String url = report.run().merchantBaseUrl();
      boolean local = url != null && url.matches("https?://(127\\.|localhost|\\[::1\\]).*");
      String answer = url == null || url.isBlank() ? BLANK : url;
      List<String> evidence = new ArrayList<>();
      evidence.add("검사한 사이트의 주소 (프로필 base_url)");
      if (local) {
        evidence.add("이 컴퓨터 안의 주소입니다: 심사팀이 접속할 수 있는 주소로 바꿔 적으세요.");
      }
      return new Item("가맹점", "결제를 적용한 사이트 주소", answer, evidence, null);
    }

    private Item services() {
      List<String> answer = new ArrayList<>();
      List<String> evidence = new ArrayList<>();
      if (count("pc") > 0) {
        answer.add("PC 웹");
        evidence.add("PC로 검사한 시나리오 " + count("pc") + "개");
      }
      if (count("mobile") > 0) {
        answer.add("모바일 웹");
        evidence.add("모바일로 검사한 시나리오 " + count("mobile") + "개");
      } else if (!declared.offers(MerchantContext.MOBILE)) {
        evidence.add("프로필 capabilities에 mobile이 없습니다.");
      }
      evidence.add("모바일 앱(WebView) 결제 여부는 검사로 알 수 없습니다: 앱이 있으면 덧붙이세요.");
      String text = answer.isEmpty() ? BLANK : String.join(", ", answer);
      return new Item("가맹점", "결제 환경 (PC 웹, 모바일 웹, 모바일 앱)", text, evidence, null);
    }

    private long count(String device) {
      return report.scenarios().stream()
          .filter(s -> device.equals(s.device()) && s.status() != ScenarioStatus.NOT_JUDGED)
          .count();
    }

    /** Popup or redirect, per device, from the site's own {@code request_pay} calls. */
    private Item modes() {
      List<String> answer = new ArrayList<>();
      List<String> evidence = new ArrayList<>();
      for (String device : report.run().devices()) {
        List<Sent> calls = sent(device, call -> call.isRequestPay() && !isRegistration(call));
        if (calls.isEmpty()) {
          continue;
        }
        boolean popup = calls.stream().allMatch(c -> c.call().param("naverPopupMode").asBoolean());
        boolean redirect =
            calls.stream().noneMatch(c -> c.call().param("naverPopupMode").asBoolean());
        String mode = popup ? "팝업" : redirect ? "리다이렉트" : "팝업과 리다이렉트 혼용";
        answer.add(("pc".equals(device) ? "PC" : "모바일") + ": " + mode);
        Sent first = calls.get(0);
        evidence.add(
            first.cite()
                + " naverPopupMode "
                + first.call().param("naverPopupMode")
                + (redirect ? ", m_redirect_url " + first.call().param("m_redirect_url") : ""));
      }
      verdict("NP-MODE-4").ifPresent(evidence::add);
      String text = answer.isEmpty() ? BLANK : String.join(", ", answer);
      if (answer.isEmpty()) {
        evidence.add("결제창을 연 시나리오가 없습니다.");
      }
      return new Item("결제", "결제창 호출 방식 (팝업 / 리다이렉트)", text, evidence, null);
    }

    private Item products() {
      List<Sent> calls =
          sent(null, call -> call.isRequestPay() && call.param("naverProducts").isArray());
      List<String> evidence = new ArrayList<>();
      verdict("NP-PRD-1").ifPresent(evidence::add);
      verdict("NP-PRD-2").ifPresent(evidence::add);
      if (calls.isEmpty()) {
        evidence.add("naverProducts를 보낸 결제 요청이 없습니다.");
        return new Item("결제", "naverProducts 설정 예시", BLANK, evidence, null);
      }
      Sent first = calls.get(0);
      evidence.add(0, first.cite() + "에서 사이트가 보낸 그대로");
      return new Item(
          "결제",
          "naverProducts 설정 예시",
          "아래 예시 (사이트가 보낸 배열)",
          evidence,
          first.call().param("naverProducts").toPrettyString());
    }

    private Item failureMessages() {
      List<String> evidence = new ArrayList<>();
      verdict("NP-ERR-1").ifPresent(evidence::add);
      verdict("NP-ERR-2").ifPresent(evidence::add);
      RuleVerdict worst = worst("NP-ERR-1", "NP-ERR-2");
      return new Item(
          "결제",
          "결제 실패 시 네이버페이 오류 메시지를 그대로 표시",
          answer(worst, "그대로 표시함", "바꿔서 표시함"),
          evidence,
          null);
    }

    private Item partialCancel() {
      List<String> evidence = new ArrayList<>();
      if (!declared.offers(MerchantContext.PARTIAL_CANCEL)) {
        evidence.add("프로필 capabilities에 partial_cancel이 없습니다.");
        return new Item("취소", "부분취소 기능 제공", "제공하지 않음", evidence, null);
      }
      evidence.add("프로필 capabilities: partial_cancel");
      verdict("NP-CXL-4").ifPresent(evidence::add);
      sent(null, call -> call.isRest("POST", "/payments/cancel") && call.param("amount").isNumber())
          .stream()
          .findFirst()
          .ifPresent(
              cancel ->
                  evidence.add(
                      cancel.cite()
                          + " POST /payments/cancel amount "
                          + cancel.call().param("amount")
                          + ", checksum "
                          + cancel.call().param("checksum")));
      return new Item(
          "취소",
          "부분취소 기능 제공",
          answer(worst("NP-CXL-4"), "제공함", "제공함 (단, checksum 오류를 고쳐야 합니다)"),
          evidence,
          null);
    }

    private Item cancelParameters() {
      List<String> evidence = new ArrayList<>();
      verdict("NP-CXL-1").ifPresent(evidence::add);
      verdict("NP-CXL-2").ifPresent(evidence::add);
      verdict("NP-CXL-3").ifPresent(evidence::add);
      sent(null, call -> call.isRest("POST", "/payments/cancel")).stream()
          .findFirst()
          .ifPresent(
              cancel ->
                  evidence.add(
                      cancel.cite()
                          + " reason "
                          + cancel.call().param("reason")
                          + ", extra.requester "
                          + cancel.call().param("extra", "requester")));
      return new Item(
          "취소",
          "취소 요청에 취소 사유(reason)와 요청자(extra.requester) 전달",
          answer(worst("NP-CXL-1", "NP-CXL-2"), "전달함", "전달하지 않음"),
          evidence,
          null);
    }

    private Item subscriptions() {
      List<String> evidence = new ArrayList<>();
      if (!declared.offers(MerchantContext.SUBSCRIPTIONS)) {
        evidence.add("프로필 capabilities에 subscriptions가 없습니다.");
        return new Item("정기결제", "정기결제(빌링키) 사용과 naverProductCode", "사용하지 않음", evidence, null);
      }
      evidence.add("프로필 capabilities: subscriptions");
      verdict("NP-SUB-3").ifPresent(evidence::add);
      Optional<Sent> registration = sent(null, Answers::isRegistration).stream().findFirst();
      String answer = "사용함";
      if (registration.isPresent()) {
        JsonNode code = registration.get().call().param("naverProductCode");
        evidence.add(registration.get().cite() + " customer_uid, naverProductCode " + code);
        answer =
            code.isMissingNode()
                ? "사용함, naverProductCode 없음"
                : "사용함, naverProductCode " + code.asText();
      }
      return new Item("정기결제", "정기결제(빌링키) 사용과 naverProductCode", answer, evidence, null);
    }

    private Item contractParameters() {
      List<String> evidence = new ArrayList<>();
      List<String> on = new ArrayList<>();
      declared
          .contract()
          .forEach(
              (flag, value) -> {
                if (!"escrow".equals(flag) && Boolean.TRUE.equals(value)) {
                  on.add(flag);
                }
              });
      if (declared.contract().isEmpty()) {
        return blank("계약", "계약 조건별 파라미터 (고위험, 오픈마켓, 구매확정일 정산)", "프로필을 읽지 못했습니다.");
      }
      evidence.add("프로필 contract: " + (on.isEmpty() ? "해당 없음" : String.join(", ", on)));
      verdict("NP-HR-1").ifPresent(evidence::add);
      verdict("NP-SUB-5").ifPresent(evidence::add);
      String answer =
          on.isEmpty() ? "해당 없음 (일반 가맹점)" : answer(worst("NP-HR-1"), "계약에 맞게 전달함", "계약과 맞지 않음");
      return new Item("계약", "계약 조건별 파라미터 (고위험, 오픈마켓, 구매확정일 정산)", answer, evidence, null);
    }

    private Item declaredFlag(String section, String question, String flag) {
      Boolean value = declared.contract().get(flag);
      if (value == null) {
        return blank(section, question, "프로필을 읽지 못했습니다.");
      }
      return new Item(
          section,
          question,
          value ? "사용함" : "사용하지 않음",
          List.of("프로필 contract." + flag + ": " + value + " (계약서와 같은지 확인하세요)"),
          null);
    }

    private Item taxFree() {
      List<Sent> calls =
          sent(null, call -> call.isRequestPay() && call.param("tax_free").isNumber());
      if (calls.isEmpty()) {
        return blank("계약", "면세 상품 판매 (tax_free)", "검사한 결제 요청에는 tax_free가 없었습니다.");
      }
      Sent first = calls.get(0);
      return new Item(
          "계약",
          "면세 상품 판매 (tax_free)",
          "판매함 (면세 금액을 tax_free로 전달)",
          List.of(first.cite() + " tax_free " + first.call().param("tax_free")),
          null);
    }

    private Item ruleItem(String section, String question, String rule, String yes, String no) {
      List<String> evidence = new ArrayList<>();
      verdict(rule).ifPresent(evidence::add);
      RuleSummary summary = rules.get(rule);
      if (summary != null && summary.verdict() == RuleVerdict.PASSED) {
        summary.outcomes().stream()
            .filter(o -> o.verdict() == RuleVerdict.PASSED)
            .findFirst()
            .ifPresent(o -> calls(o).forEach(evidence::add));
      }
      return new Item(section, question, answer(worst(rule), yes, no), evidence, null);
    }

    /** The REST calls a finding cites, each as the journal shows it. */
    private static List<String> calls(RuleOutcome outcome) {
      List<String> cited = new ArrayList<>();
      for (long seq : outcome.finding().evidence().journalSeqs().stream().sorted().toList()) {
        outcome
            .scenario()
            .entry(seq)
            .filter(call -> "rest".equals(call.kind()))
            .ifPresent(call -> cited.add("저널 #" + seq + " " + call.method() + " " + call.path()));
      }
      return cited;
    }

    private static Item blank(String section, String question, String why) {
      return new Item(section, question, BLANK, List.of(why), null);
    }

    /** A verdict's answer: yes when it passed, no when it failed or warned, else a blank. */
    private static String answer(RuleVerdict verdict, String yes, String no) {
      return switch (verdict) {
        case PASSED -> yes;
        case FAILED, WARNING -> no + " — 검사에서 지적됨, 고친 뒤 다시 검사하세요";
        case REVIEW -> BLANK + " (검사 결과를 직접 확인해야 합니다)";
        case SKIPPED, NOT_RUN -> BLANK + " (검사가 판정하지 못했습니다)";
      };
    }

    /** The worst verdict of the rules; NOT_RUN when none of them was judged. */
    private RuleVerdict worst(String... ids) {
      RuleVerdict worst = RuleVerdict.NOT_RUN;
      boolean any = false;
      for (String id : ids) {
        RuleSummary summary = rules.get(id);
        if (summary == null || summary.verdict() == RuleVerdict.NOT_RUN) {
          continue;
        }
        if (!any || summary.verdict().isWorseThan(worst)) {
          worst = summary.verdict();
          any = true;
        }
      }
      return worst;
    }

    /** "NP-AMT-3 통과 — 시나리오 «…» [pc]" or why the rule has no verdict. */
    private Optional<String> verdict(String id) {
      RuleSummary summary = rules.get(id);
      if (summary == null) {
        return Optional.of(id + ": 이번 검사에 포함되지 않음");
      }
      String word =
          switch (summary.verdict()) {
            case PASSED -> "통과";
            case FAILED -> "실패";
            case WARNING -> "경고";
            case REVIEW -> "확인 필요";
            case SKIPPED -> "해당 없음";
            case NOT_RUN -> "실행되지 않음";
          };
      if (summary.outcomes().isEmpty()) {
        return Optional.of(id + " " + word);
      }
      RuleOutcome first = summary.outcomes().get(0);
      String why = summary.verdict() == RuleVerdict.PASSED ? "" : " (" + first.reason(KOREAN) + ")";
      return Optional.of(
          id + " " + word + " — 시나리오 «" + first.scenario().label(KOREAN) + "»" + why);
    }

    /** The site's calls that match, from judged scenarios, in run order. */
    private List<Sent> sent(String device, Predicate<JournalEntry> wanted) {
      List<Sent> found = new ArrayList<>();
      for (ScenarioResult scenario : report.scenarios()) {
        if (device != null && !device.equals(scenario.device())) {
          continue;
        }
        for (JournalEntry call : scenario.journal()) {
          if (wanted.test(call)) {
            found.add(new Sent(scenario, call));
          }
        }
      }
      return found;
    }

    private static boolean isRegistration(JournalEntry call) {
      return call.isRequestPay() && call.param("customer_uid").isTextual();
    }
  }

  /** A call the site made, with the scenario it was made in. */
  private record Sent(ScenarioResult scenario, JournalEntry call) {
    String cite() {
      return "시나리오 «" + scenario.label(KOREAN) + "» 저널 #" + call.seq();
    }
  }
}
