package dev.preflight.merchant;

import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The realistic mistakes the reference merchant can make on demand, each with the rules of rules.md
 * it must trip. The inspection is tested against them: compliant, the merchant passes every rule;
 * with a defect on, it fails exactly the rules listed in the expected-results file. What each
 * mistake is, in words, is in the message bundle, so that {@code merchant --help} says it in
 * Korean.
 */
public enum Defect {
  PREFIXED_ERROR_MESSAGE("NP-ERR-1", "NP-ERR-2"),
  REWORDED_ERROR_MESSAGE("NP-ERR-1", "NP-ERR-2"),
  ERROR_AS_HTML("NP-ERR-4", "NP-ERR-1", "NP-ERR-2"),
  NO_MINIMUM_CHECK("NP-AMT-1"),
  AMOUNT_AS_STRING("NP-AMT-2"),
  MISSING_NAVER_PRODUCTS("NP-PRD-1"),
  PRODUCT_MISSING_CATEGORY("NP-PRD-2"),
  NAME_WITH_SUFFIX("NP-PRD-3"),
  POPUP_WITHOUT_CALLBACK("NP-MODE-1", "NP-MODE-4"),
  REDIRECT_WITHOUT_URL("NP-MODE-2", "NP-MODE-4"),
  NO_SERVER_VERIFICATION("NP-VER-1", "NP-AMT-3"),
  TRUSTS_CLIENT_AMOUNT("NP-AMT-3"),
  TRUSTS_BROWSER_ON_LOOKUP_FAILURE(),
  REUSED_MERCHANT_UID("NP-UID-1", "NP-SUB-4"),
  CANCEL_WITHOUT_REASON("NP-CXL-1"),
  CANCEL_WITHOUT_REQUESTER("NP-CXL-2"),
  WRONG_REQUESTER("NP-CXL-3"),
  PARTIAL_CANCEL_WITHOUT_CHECKSUM("NP-CXL-4"),
  SUBSCRIPTION_WITHOUT_BUYER_TEL("NP-SUB-2"),
  RANDOM_PRODUCT_CODE("NP-SUB-3"),
  BAD_NAVER_USE_CFM("NP-SUB-5"),
  BILLING_KEY_DELETE_WITHOUT_REASON("NP-SUB-6");

  private final List<String> rules;

  Defect(String... rules) {
    this.rules = List.of(rules);
  }

  /** The switch's name on the command line: {@code prefixed-error-message}, … */
  public String switchName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The mistake in a language, from the message bundle ({@code defect.<switch name>}). */
  public String mistake(Messages m) {
    return m.get("defect." + switchName());
  }

  /** The mistake in English, for test names and logs. */
  public String mistake() {
    return mistake(Messages.of(Lang.EN));
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
