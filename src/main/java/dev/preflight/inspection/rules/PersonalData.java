package dev.preflight.inspection.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a key meant to be opaque ({@code naverMerchantUserKey}) holds personal data. */
final class PersonalData {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?(82-?)?0?1[016789]-?\\d{3,4}-?\\d{4}");

  private PersonalData() {}

  /** An email, a Korean mobile number, or the buyer's own email, its local part, name or phone. */
  static boolean in(String key, JsonNode params) {
    String value = key.strip().toLowerCase(Locale.ROOT);
    if (EMAIL.matcher(value).matches() || PHONE.matcher(value).matches()) {
      return true;
    }
    List<String> buyer = new ArrayList<>();
    for (String field : List.of("buyer_email", "buyer_name", "buyer_tel")) {
      String text = JsonValues.text(params.path(field));
      if (text != null) {
        buyer.add(text.strip().toLowerCase(Locale.ROOT));
      }
    }
    String email = JsonValues.text(params.path("buyer_email"));
    if (email != null && email.contains("@")) {
      buyer.add(email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT));
    }
    String digits = value.replaceAll("\\D", "");
    return buyer.contains(value)
        || buyer.stream()
            .anyMatch(b -> digits.length() >= 9 && b.replaceAll("\\D", "").equals(digits));
  }
}
