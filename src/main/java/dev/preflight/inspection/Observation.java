package dev.preflight.inspection;

import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.util.List;
import java.util.function.Predicate;

/**
 * Everything one scenario recorded, for the rules to judge: the journal entries it produced, the
 * journal before it (for rules across scenarios, such as merchant_uid reuse), what the buyer saw,
 * the merchant's context, what the harness did on the site, in order, and the cart page as the
 * buyer saw it when pressing pay.
 *
 * @param device {@code pc} or {@code mobile}
 * @param cart the page the buyer pressed pay on, or {@link BuyerView#NOTHING}
 * @param messages the check's language, in which the rules word their findings (English unless the
 *     check chose another, see {@link #in})
 */
public record Observation(
    String scenario,
    String device,
    List<JournalEntry> journal,
    List<JournalEntry> earlier,
    BuyerView buyer,
    MerchantContext merchant,
    List<HarnessAction> actions,
    BuyerView cart,
    Messages messages) {

  public Observation {
    journal = List.copyOf(journal);
    earlier = List.copyOf(earlier);
    actions = List.copyOf(actions);
    java.util.Objects.requireNonNull(messages, "messages");
  }

  /** An observation whose findings are worded in English. */
  public Observation(
      String scenario,
      String device,
      List<JournalEntry> journal,
      List<JournalEntry> earlier,
      BuyerView buyer,
      MerchantContext merchant,
      List<HarnessAction> actions,
      BuyerView cart) {
    this(scenario, device, journal, earlier, buyer, merchant, actions, cart, Messages.of(Lang.EN));
  }

  /** The same observation, its findings to be worded in these messages' language. */
  public Observation in(Messages wording) {
    return new Observation(
        scenario, device, journal, earlier, buyer, merchant, actions, cart, wording);
  }

  /** An observation with no record of what the harness did. */
  public Observation(
      String scenario,
      String device,
      List<JournalEntry> journal,
      List<JournalEntry> earlier,
      BuyerView buyer,
      MerchantContext merchant) {
    this(scenario, device, journal, earlier, buyer, merchant, List.of(), BuyerView.NOTHING);
  }

  /** An observation with no view of the cart. */
  public Observation(
      String scenario,
      String device,
      List<JournalEntry> journal,
      List<JournalEntry> earlier,
      BuyerView buyer,
      MerchantContext merchant,
      List<HarnessAction> actions) {
    this(scenario, device, journal, earlier, buyer, merchant, actions, BuyerView.NOTHING);
  }

  /** The harness's action a journal entry came of: the newest begun before it. */
  public java.util.Optional<HarnessAction> actionBefore(long seq) {
    HarnessAction found = null;
    for (HarnessAction action : actions) {
      if (action.fromSeq() < seq) {
        found = action;
      }
    }
    return java.util.Optional.ofNullable(found);
  }

  /** Whether the harness did this kind of action in the scenario. */
  public boolean did(HarnessAction.Kind kind) {
    return actions.stream().anyMatch(a -> a.kind() == kind);
  }

  public List<JournalEntry> entries(Predicate<JournalEntry> filter) {
    return journal.stream().filter(filter).toList();
  }

  public List<JournalEntry> requestPays() {
    return entries(JournalEntry::isRequestPay);
  }

  public List<JournalEntry> windowResults() {
    return entries(JournalEntry::isWindowResult);
  }
}
