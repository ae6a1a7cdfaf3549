package dev.preflight.inspection.rules;

import dev.preflight.inspection.BuyerView;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words the rules look for in what the buyer saw, in one place. They are heuristics: a shop
 * that words success or failure differently is judged on the rest of the evidence, and a phrase
 * added here changes NP-ERR-3, NP-VER-1, NP-AMT-1 and NP-AMT-3 together.
 */
final class Vocabulary {
  /** Texts telling the buyer the payment or order went through. */
  static final List<String> SUCCESS =
      List.of(
          "결제가 완료",
          "결제 완료",
          "결제완료",
          "결제되었습니다",
          "주문이 완료",
          "주문 완료",
          "주문완료",
          "구독 중",
          "구독이 시작",
          "등록이 완료",
          "payment complete",
          "payment successful",
          "order complete",
          "order confirmed",
          "thank you for your order");

  /** Texts telling the buyer the payment did not go through. */
  static final List<String> FAILURE =
      List.of(
          "실패",
          "결제가 취소",
          "결제를 취소",
          "취소하셨습니다",
          "취소되었습니다",
          "오류",
          "처리되지 않았",
          "완료되지 않았",
          "결제할 수 없",
          "payment failed",
          "payment was cancelled",
          "payment was canceled",
          "could not be completed");

  /**
   * Texts telling the buyer a cancel or refund went through: sentences, not the status label ("취소
   * 완료") an order list shows beside every order cancelled before.
   */
  static final List<String> CANCELLED =
      List.of(
          "취소되었습니다",
          "취소가 완료",
          "환불되었습니다",
          "환불 완료",
          "환불이 완료",
          "refunded",
          "cancelled successfully",
          "canceled successfully");

  /** Words that turn a success phrase around: "결제가 완료되지 않았습니다" is no success. */
  static final List<String> NEGATION =
      List.of("않았", "않습니다", "않은", "못했", "못하였", "실패", "not ", "n't", "failed");

  /** Words that make a number a minimum: "최소 결제 금액은 100원", "100원 이상", "minimum 100". */
  static final List<String> MINIMUM = List.of("최소", "이상", "미만", "부터", "minimum", "at least");

  private Vocabulary() {}

  /**
   * The texts telling the buyer of a success, unless a negation turns them around. On the page, a
   * success phrase standing alone ("결제완료") is a status label, such as an order list shows beside
   * every earlier order, not a message to the buyer; in a dialog it is a message. The success the
   * merchant's profile names (its order-complete mark) counts, whatever its words.
   */
  static List<String> successShown(BuyerView buyer) {
    List<String> said = new java.util.ArrayList<>(buyer.dialogs());
    java.util.stream.Stream.concat(buyer.glimpsed().stream(), buyer.texts().stream())
        .filter(text -> !isLabel(text))
        .forEach(said::add);
    List<String> shown = new java.util.ArrayList<>(buyer.successMarks());
    said.stream()
        .filter(text -> containsAny(text, SUCCESS))
        .filter(text -> !containsAny(text, NEGATION))
        .filter(text -> !shown.contains(text))
        .forEach(shown::add);
    return List.copyOf(shown);
  }

  /**
   * The texts telling the buyer of this scenario's success: as {@link #successShown(BuyerView)},
   * leaving out texts that name an earlier scenario's order (a list of orders shows "결제완료" beside
   * each earlier one, which says nothing of this payment).
   */
  static List<String> successShown(dev.preflight.inspection.Observation observation) {
    java.util.Set<String> earlierOrders = new java.util.HashSet<>();
    observation.earlier().stream()
        .filter(dev.preflight.simulator.journal.JournalEntry::isRequestPay)
        .map(e -> JsonValues.text(e.param("merchant_uid")))
        .filter(uid -> uid != null && uid.length() >= MEANINGFUL_ID)
        .forEach(earlierOrders::add);
    return successShown(observation.buyer()).stream()
        .filter(text -> earlierOrders.stream().noneMatch(text::contains))
        .toList();
  }

  /** Shorter ids than this could appear in any text by chance. */
  private static final int MEANINGFUL_ID = 6;

  /** A success phrase alone, give or take punctuation: a badge or a column's value. */
  private static boolean isLabel(String text) {
    String bare =
        BuyerView.normalize(text).toLowerCase(Locale.ROOT).replaceAll("[\\s.!·:()\\[\\]]", "");
    return SUCCESS.stream().anyMatch(phrase -> phrase.replace(" ", "").equals(bare));
  }

  /** The texts that say a cancel went through, unless a negation turns them around. */
  static List<String> cancelShown(BuyerView buyer) {
    return shownContaining(buyer, CANCELLED).stream()
        .filter(text -> !containsAny(text, NEGATION))
        .toList();
  }

  static List<String> failureShown(BuyerView buyer) {
    return shownContaining(buyer, FAILURE);
  }

  /** Texts naming the minimum amount: the number (digits, thousands commas allowed) and a word. */
  static List<String> minimumShown(BuyerView buyer, long minimum) {
    Pattern number = Pattern.compile("(?<![\\d.])" + minimum + "(?!\\d)");
    return buyer.everything().stream()
        .filter(text -> number.matcher(text.replaceAll("(?<=\\d),(?=\\d{3})", "")).find())
        .filter(text -> containsAny(text, MINIMUM))
        .toList();
  }

  private static List<String> shownContaining(BuyerView buyer, List<String> phrases) {
    return buyer.everything().stream().filter(text -> containsAny(text, phrases)).toList();
  }

  private static boolean containsAny(String text, List<String> phrases) {
    String shown = BuyerView.normalize(text).toLowerCase(Locale.ROOT);
    return phrases.stream().anyMatch(shown::contains);
  }
}
