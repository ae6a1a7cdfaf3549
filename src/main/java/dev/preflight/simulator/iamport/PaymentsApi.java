package dev.preflight.simulator.iamport;

import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.simulator.ledger.LedgerException;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentOrder;
import dev.preflight.simulator.ledger.PaymentPage;
import dev.preflight.simulator.ledger.PaymentQuery;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.simulator.ledger.Refusal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Payment lookups: by imp_uid, several at once, by merchant_uid, and by status. */
public final class PaymentsApi {
  private static final int MAX_IDS = 100;
  private static final long NINETY_DAYS = 90L * 24 * 60 * 60;

  /** {@code GET /payments/{imp_uid}}. */
  public Reply one(ApiRequest request) {
    return request
        .ledger()
        .payment(request.path("imp_uid"))
        .map(payment -> Reply.ok(PaymentJson.of(payment)))
        .orElseThrow(() -> new LedgerException(Refusal.PAYMENT_NOT_FOUND, null));
  }

  /** {@code GET /payments?imp_uid[]=…&merchant_uid[]=…}: 200, 207 when some are missing, 404. */
  public Reply many(ApiRequest request) {
    List<String> impUids = request.query().texts("imp_uid");
    List<String> merchantUids = request.query().texts("merchant_uid");
    int asked = impUids.size() + merchantUids.size();
    if (asked == 0) {
      throw ApiException.badParameter("imp_uid[] 또는 merchant_uid[] 파라미터가 필요합니다.");
    }
    if (asked > MAX_IDS) {
      throw ApiException.badParameter("한 번에 최대 " + MAX_IDS + "건까지 조회할 수 있습니다.");
    }
    Ledger ledger = request.ledger();
    List<Payment> found = new ArrayList<>();
    impUids.forEach(id -> ledger.payment(id).ifPresent(found::add));
    merchantUids.forEach(m -> latest(ledger.paymentsFor(m)).ifPresent(found::add));
    if (found.isEmpty()) {
      throw new ApiException(404, -1, Messages.PAYMENTS_NOT_FOUND);
    }
    return Reply.withStatus(found.size() == asked ? 200 : 207, PaymentJson.list(found));
  }

  /** {@code GET /payments/find/{merchant_uid}[/{payment_status}]}: the newest match. */
  public Reply find(ApiRequest request) {
    List<Payment> matches = matching(request);
    return Reply.ok(PaymentJson.of(matches.get(0)));
  }

  /** {@code GET /payments/findAll/{merchant_uid}[/{payment_status}]}: paged. */
  public Reply findAll(ApiRequest request) {
    return Reply.ok(Paging.page(request.query(), matching(request), PaymentJson::write));
  }

  private List<Payment> matching(ApiRequest request) {
    Predicate<Payment> status = statusFilter(request.path("payment_status"));
    List<Payment> matches =
        request.ledger().paymentsFor(request.path("merchant_uid")).stream()
            .filter(status)
            .sorted(PaymentSorting.parse(request.query().text("sorting")).comparator())
            .toList();
    if (matches.isEmpty()) {
      throw new LedgerException(Refusal.PAYMENT_NOT_FOUND, null);
    }
    return matches;
  }

  /**
   * {@code GET /payments/status/{payment_status}}: paged, within {@code from}–{@code to}, the
   * window applying to the moment the payment entered that status. The ledger's index cuts the
   * page, so the cost follows the page rather than the ledger.
   */
  public Reply byStatus(ApiRequest request) {
    String wanted = request.path("payment_status");
    statusFilter(wanted);
    PaymentStatus status = PaymentStatus.fromWire(wanted).orElse(null);
    long to = Optional.ofNullable(request.query().integer("to")).orElse(request.now());
    long from = Optional.ofNullable(request.query().integer("from")).orElse(to - NINETY_DAYS);
    PaymentSorting sorting = PaymentSorting.parse(request.query().text("sorting"));
    Paging.Request paging = Paging.Request.of(request.query());
    PaymentQuery query =
        new PaymentQuery(
            status, PaymentOrder.entered(status), from, to, sorting.order(), sorting.descending());
    PaymentPage page = request.ledger().payments(query, paging.offset(), paging.limit());
    return Reply.ok(Paging.page(paging, page.total(), page.items(), PaymentJson::write));
  }

  /** Null, empty and {@code all} match everything; anything but the four statuses is a 400. */
  static Predicate<Payment> statusFilter(String status) {
    if (status == null || status.isEmpty() || status.equals("all")) {
      return payment -> true;
    }
    PaymentStatus wanted =
        PaymentStatus.fromWire(status)
            .orElseThrow(() -> ApiException.badParameter(Messages.UNSUPPORTED_STATUS));
    return payment -> payment.status() == wanted;
  }

  private static Optional<Payment> latest(List<Payment> payments) {
    return payments.stream().max(Comparator.comparingLong(Payment::sequence));
  }
}
