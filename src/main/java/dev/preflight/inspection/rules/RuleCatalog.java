package dev.preflight.inspection.rules;

import dev.preflight.inspection.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule of rules.md, in its order, and a lookup by id. Rules hold no state: one each. */
public final class RuleCatalog {
  private static final List<Rule> RULES =
      List.of(
          new ErrorMessageShownVerbatim(),
          new RedirectErrorMessageShownVerbatim(),
          new ResultMessageMatchesOutcome(),
          new ErrorMessageRenderedAsText(),
          new UnderMinimumAmountHandled(),
          new AmountIsANumber(),
          new TamperedAmountCancelled(),
          new AmountPreRegistered(),
          new NaverProductsSent(),
          new NaverProductItemsComplete(),
          new NameIsFirstProductName(),
          new OptionalProductFieldsWellFormed(),
          new ProductsMatchCartShown(),
          new PopupModeHasCallback(),
          new RedirectModeHasAbsoluteRedirectUrl(),
          new MobileUsesRedirectMode(),
          new FlowCompletesInChosenMode(),
          new PaymentVerifiedBeforeSuccessShown(),
          new MerchantUidNeverReused(),
          new PgNamesNaverPay(),
          new CancelCarriesReason(),
          new CancelCarriesRequester(),
          new CancelRequesterMatchesInitiator(),
          new PartialCancelCarriesChecksum(),
          new RegistrationSendsCustomerUid(),
          new RegistrationSendsBuyerTel(),
          new RegistrationSendsFixedProductCode(),
          new RecurringChargesUseRegisteredCustomer(),
          new UsageCompletionDateValid(),
          new BillingKeyDeletionCarriesReasonAndRequester(),
          new ContractParametersMatchContract(),
          new LookupFailureNotTakenForPayment(),
          new FailedCancelNotReportedAsDone(),
          new FailedScheduledChargeVisible());

  private static final Map<String, Rule> BY_ID = index();

  private RuleCatalog() {}

  /** All rules, in rules.md order. */
  public static List<Rule> all() {
    return RULES;
  }

  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  public static List<String> ids() {
    return RULES.stream().map(Rule::id).toList();
  }

  private static Map<String, Rule> index() {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : RULES) {
      if (byId.put(rule.id(), rule) != null) {
        throw new IllegalStateException("two rules claim " + rule.id());
      }
    }
    return Map.copyOf(byId);
  }
}
