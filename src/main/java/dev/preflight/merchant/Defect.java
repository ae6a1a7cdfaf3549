package dev.preflight.merchant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The realistic mistakes the reference merchant can make on demand, each with the rules of rules.md
 * it must trip. The inspection is tested against them: compliant, the merchant passes every rule;
 * with a defect on, it fails exactly the rules listed in the expected-results file.
 */
public enum Defect {
  PREFIXED_ERROR_MESSAGE(
      "wraps the failure as \"결제에 실패하였습니다. 실패 사유: \" + error_msg", "NP-ERR-1", "NP-ERR-2"),
  REWORDED_ERROR_MESSAGE("shows its own text instead of error_msg", "NP-ERR-1", "NP-ERR-2"),
  ERROR_AS_HTML(
      "renders error_msg as HTML (innerHTML, unescaped page)", "NP-ERR-4", "NP-ERR-1", "NP-ERR-2"),
  NO_MINIMUM_CHECK(
      "sends amounts under the minimum to Naver Pay and replaces the refusal with its own text",
      "NP-AMT-1"),
  AMOUNT_AS_STRING("passes amount to request_pay as a string", "NP-AMT-2"),
  MISSING_NAVER_PRODUCTS("leaves naverProducts out of request_pay", "NP-PRD-1"),
  PRODUCT_MISSING_CATEGORY("sends naverProducts items without categoryType/categoryId", "NP-PRD-2"),
  NAME_WITH_SUFFIX("appends \"외 N건\" to name", "NP-PRD-3"),
  POPUP_WITHOUT_CALLBACK("uses naverPopupMode without a callback", "NP-MODE-1", "NP-MODE-4"),
  REDIRECT_WITHOUT_URL("uses redirect mode without m_redirect_url", "NP-MODE-2", "NP-MODE-4"),
  NO_SERVER_VERIFICATION(
      "tells the buyer the order is complete from the browser's result alone",
      "NP-VER-1",
      "NP-AMT-3"),
  TRUSTS_CLIENT_AMOUNT(
      "looks the payment up but compares it with the amount the browser sent", "NP-AMT-3"),
  TRUSTS_BROWSER_ON_LOOKUP_FAILURE(
      "marks the order paid on the browser's word when the payment lookup fails (timeout, 5xx,"
          + " broken connection or body)",
      "RES-1"),
  REUSED_MERCHANT_UID(
      "reuses one merchant_uid for every order of a product", "NP-UID-1", "NP-SUB-4"),
  CANCEL_WITHOUT_REASON("cancels without reason", "NP-CXL-1"),
  CANCEL_WITHOUT_REQUESTER("cancels without extra.requester", "NP-CXL-2"),
  WRONG_REQUESTER("sends requester admin for a buyer's cancel", "NP-CXL-3"),
  PARTIAL_CANCEL_WITHOUT_CHECKSUM("partially cancels without checksum", "NP-CXL-4"),
  SUBSCRIPTION_WITHOUT_BUYER_TEL("registers a billing key without buyer_tel", "NP-SUB-2"),
  RANDOM_PRODUCT_CODE("registers without naverProductCode", "NP-SUB-3"),
  BAD_NAVER_USE_CFM("sends extra.naverUseCfm in the past and badly formatted", "NP-SUB-5"),
  BILLING_KEY_DELETE_WITHOUT_REASON(
      "deletes the billing key without reason and extra[requester]", "NP-SUB-6");

  private final String mistake;
  private final List<String> rules;

  Defect(String mistake, String... rules) {
    this.mistake = mistake;
    this.rules = List.of(rules);
  }

  /** The switch's name on the command line: {@code prefixed-error-message}, … */
  public String switchName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String mistake() {
    return mistake;
  }

  /** The rule ids of rules.md this mistake must trip. */
  public List<String> rules() {
    return rules;
  }

  public static Optional<Defect> fromSwitch(String name) {
    for (Defect defect : values()) {
      if (defect.switchName().equals(name)) {
        return Optional.of(defect);
      }
    }
    return Optional.empty();
  }

  /**
   * The defects a comma-separated list of switches names ({@code a,b}); blanks are ignored.
   *
   * @throws IllegalArgumentException naming a switch that is not one, with the valid ones
   */
  public static List<Defect> parseSwitches(String names) {
    List<Defect> defects = new ArrayList<>();
    for (String name : names.split(",")) {
      if (!name.isBlank()) {
        defects.add(
            fromSwitch(name.strip())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "no defect switch '"
                                + name.strip()
                                + "'; the switches are "
                                + Arrays.stream(values())
                                    .map(Defect::switchName)
                                    .collect(Collectors.joining(", ")))));
      }
    }
    return defects;
  }
}
