package dev.preflight.simulator.naverpay;

import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.ArmedOutcome;
import dev.preflight.simulator.ledger.BillingKey;
import dev.preflight.simulator.ledger.Buyer;
import dev.preflight.simulator.ledger.Charge;
import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.simulator.ledger.NaverPayFailure;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.Prepared;
import dev.preflight.simulator.ledger.Tenant;
import java.util.Optional;

/**
 * How a window ends, decided under the ledger's lock. In order: an amount under the tenant's
 * minimum always fails; an armed outcome wins over the button pressed; otherwise the button
 * decides. An approval still fails when the merchant_uid was paid meanwhile, when a prepared amount
 * differs, or (registration) when the buyer already registered that product.
 */
final class WindowDecision implements Ledger.Settlement {
  static final String PREPARED_MISMATCH = "PREPARED_AMOUNT_MISMATCH";
  static final String ALREADY_REGISTERED = "AlreadyRegisteredProduct";

  private final CheckoutSession session;
  private final Choice choice;
  private final long now;
  private String errorCode;
  private String errorMsg;
  private boolean forged;

  WindowDecision(CheckoutSession session, Choice choice, long now) {
    this.session = session;
    this.choice = choice;
    this.now = now;
  }

  String errorCode() {
    return errorCode;
  }

  String errorMsg() {
    return errorMsg;
  }

  /** The page is told of a success the ledger does not have: the payment stays {@code ready}. */
  boolean forged() {
    return forged;
  }

  @Override
  public Payment.Builder decide(Payment ready, boolean paidElsewhere, Prepared prepared) {
    Account account = session.account();
    Tenant tenant = account.tenant();
    Payment.Builder draft = ready.toBuilder();
    if (!session.registration() && session.amount() < tenant.minimumAmount()) {
      return fail(draft, NaverPayFailure.UNDER_MINIMUM, tenant);
    }
    Optional<ArmedOutcome> armed =
        choice.clicked()
            ? account
                .outcomes()
                .take(session.merchantUid(), session.amount(), session.customerUid())
            : Optional.empty();
    if (armed.isPresent() && armed.get().fails()) {
      return fail(draft, armed.get().errorCode(), armed.get().errorMsg());
    }
    if (armed.isPresent() && armed.get().kind() == ArmedOutcome.Kind.FORGE_SUCCESS) {
      forged = true;
      return draft;
    }
    if (armed.isEmpty() && choice.code() != null) {
      return fail(draft, choice.code(), choice.message());
    }
    if (armed.isEmpty() && choice.failure() != null) {
      return fail(draft, choice.failure(), tenant);
    }
    if (paidElsewhere) {
      return fail(draft, PreValidation.ALREADY_PAID, "이미 결제가 이루어진 거래건입니다.");
    }
    if (session.registration()) {
      return register(draft, account);
    }
    if (prepared != null && prepared.amount() != session.amount()) {
      return fail(
          draft,
          PREPARED_MISMATCH,
          "사전등록된 결제금액(" + prepared.amount() + "원)과 요청 금액(" + session.amount() + "원)이 일치하지 않습니다.");
    }
    armed.map(ArmedOutcome::paidAmount).ifPresent(draft::amount);
    return draft.pgTid(Charge.naverPaymentId(now)).paid(now, Charge.approvalNumber());
  }

  private Payment.Builder register(Payment.Builder draft, Account account) {
    Buyer buyer = Checkout.buyer(session.params());
    boolean duplicate =
        account.ledger().billingKeys().stream()
            .anyMatch(
                key ->
                    session.productCode().equals(key.productCode())
                        && sameBuyer(key.customer(), buyer));
    if (duplicate) {
      return fail(
          draft,
          ALREADY_REGISTERED,
          "이미 정기결제에 등록된 상품입니다. (naverProductCode: " + session.productCode() + ")");
    }
    account
        .ledger()
        .registerBillingKey(
            new BillingKey(
                session.customerUid(),
                "naverpay",
                "np_" + account.tenant().userCode(),
                null,
                buyer,
                null,
                null,
                null,
                null,
                session.productCode(),
                session.impUid(),
                now,
                now));
    return draft.pgTid(Charge.naverPaymentId(now)).paid(now, null);
  }

  /** The Naver account behind a registration, as far as the merchant's parameters tell it. */
  private static boolean sameBuyer(Buyer a, Buyer b) {
    String telA = digits(a.tel());
    String telB = digits(b.tel());
    if (!telA.isEmpty() || !telB.isEmpty()) {
      return telA.equals(telB);
    }
    return a.email() != null ? a.email().equalsIgnoreCase(b.email()) : b.email() == null;
  }

  private static String digits(String text) {
    return text == null ? "" : text.replaceAll("\\D", "");
  }

  private Payment.Builder fail(Payment.Builder draft, NaverPayFailure failure, Tenant tenant) {
    return fail(draft, failure.code(), failure.message(tenant));
  }

  private Payment.Builder fail(Payment.Builder draft, String code, String message) {
    errorCode = code;
    errorMsg = message;
    return draft.failed(now, message);
  }
}
