package dev.preflight.harness;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** The rule ids among a scenario's tags: {@code @NP-ERR-1} names rule {@code NP-ERR-1}. */
public final class RuleTags {
  private static final Pattern RULE_ID = Pattern.compile("[A-Z]+(-[A-Z]+)?-\\d+");

  private RuleTags() {}

  public static List<String> ids(Collection<String> tags) {
    return tags.stream()
        .map(tag -> tag.startsWith("@") ? tag.substring(1) : tag)
        .filter(id -> RULE_ID.matcher(id).matches())
        .toList();
  }

  /** Whether the text is a rule id, such as {@code NP-ERR-1}. */
  public static boolean isRuleId(String text) {
    return RULE_ID.matcher(text).matches();
  }
}
