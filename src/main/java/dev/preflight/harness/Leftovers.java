package dev.preflight.harness;

import dev.preflight.inspection.BuyerView;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The messages already on the page when the buyer pressed pay: a toast from adding to the cart
 * ("장바구니에 담았습니다"), a notice that stays. They are not the shop's answer to the payment, so waiting
 * for that answer looks past them — unless the page shows one again after pay was pressed (the same
 * error twice is an answer both times).
 */
public final class Leftovers {
  private static final Leftovers NONE = new Leftovers(Set.of());

  private final Set<String> texts;

  private Leftovers(Set<String> texts) {
    this.texts = texts;
  }

  /** No message was on the page. */
  public static Leftovers none() {
    return NONE;
  }

  /** The texts (as the page shows them) that were there when pay was pressed. */
  public static Leftovers of(Collection<String> shown) {
    return new Leftovers(
        shown.stream()
            .filter(text -> text != null && !text.isBlank())
            .map(BuyerView::normalize)
            .collect(Collectors.toUnmodifiableSet()));
  }

  /**
   * Whether the text is news to the buyer: not on the page when pay was pressed, or shown anew
   * since (among the texts the witness saw appear after the press).
   *
   * @param shownSincePress what appeared on the page since pay was pressed
   */
  public boolean isNew(String text, List<String> shownSincePress) {
    String normalized = BuyerView.normalize(text);
    if (!texts.contains(normalized)) {
      return true;
    }
    return shownSincePress.stream().map(BuyerView::normalize).anyMatch(normalized::equals);
  }

  public boolean isEmpty() {
    return texts.isEmpty();
  }
}
