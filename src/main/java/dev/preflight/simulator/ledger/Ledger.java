package dev.preflight.simulator.ledger;

import dev.preflight.simulator.ledger.BooksChange.BillingKeyDeleted;
import dev.preflight.simulator.ledger.BooksChange.BillingKeySaved;
import dev.preflight.simulator.ledger.BooksChange.BooksCleared;
import dev.preflight.simulator.ledger.BooksChange.PaymentSaved;
import dev.preflight.simulator.ledger.BooksChange.PreparedSaved;
import dev.preflight.simulator.ledger.BooksChange.ScheduleSaved;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One tenant's books: payments, prepared amounts, billing keys and schedules. Reads are lock-free
 * over immutable values; every change happens under one lock, which is what keeps parallel partial
 * cancels from refunding more than was paid and parallel charges from reusing a merchant_uid.
 */
public final class Ledger {
  private final Object lock = new Object();
  private final Map<String, Payment> payments = new ConcurrentHashMap<>();
  private final Map<String, List<String>> impUidsByMerchantUid = new ConcurrentHashMap<>();
  private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();
  private final Map<String, BillingKey> billingKeys = new ConcurrentHashMap<>();
  private final Map<String, Schedule> schedules = new ConcurrentHashMap<>();
  private final PaymentIndex index = new PaymentIndex();
  private final Consumer<List<BooksChange>> listener;
  private long sequence;

  public Ledger() {
    this(changes -> {});
  }

  /** Books that tell {@code listener} of every change, under the lock that makes it. */
  public Ledger(Consumer<List<BooksChange>> listener) {
    this.listener = listener;
  }

  /**
   * Puts back books that were saved, as they were; nothing is told to the listener. Only for a
   * ledger that is still empty.
   */
  public void restore(
      Collection<Payment> savedPayments,
      Collection<Prepared> savedPrepared,
      Collection<BillingKey> savedKeys,
      Collection<Schedule> savedSchedules) {
    synchronized (lock) {
      savedPayments.stream()
          .sorted(Comparator.comparingLong(Payment::sequence))
          .forEach(
              p -> {
                payments.put(p.impUid(), p);
                index.put(null, p);
                impUidsByMerchantUid
                    .computeIfAbsent(p.merchantUid(), key -> new ArrayList<>())
                    .add(p.impUid());
                sequence = Math.max(sequence, p.sequence());
              });
      savedPrepared.forEach(p -> prepared.put(p.merchantUid(), p));
      savedKeys.forEach(k -> billingKeys.put(k.customerUid(), k));
      savedSchedules.forEach(
          s -> {
            schedules.put(s.merchantUid(), s);
            sequence = Math.max(sequence, s.sequence());
          });
    }
  }

  private void tell(BooksChange... changes) {
    listener.accept(List.of(changes));
  }

  public Optional<Payment> payment(String impUid) {
    return Optional.ofNullable(impUid == null ? null : payments.get(impUid));
  }

  /** Every payment made for a merchant_uid, oldest first. */
  public List<Payment> paymentsFor(String merchantUid) {
    List<String> ids = impUidsByMerchantUid.get(merchantUid);
    if (ids == null) {
      return List.of();
    }
    synchronized (lock) {
      return ids.stream().map(payments::get).toList();
    }
  }

  public List<Payment> payments(Predicate<Payment> filter) {
    return payments.values().stream()
        .filter(filter)
        .sorted(Comparator.comparingLong(Payment::sequence))
        .toList();
  }

  /** One page of a listing by status, costing the page rather than the whole ledger. */
  public PaymentPage payments(PaymentQuery query, long offset, int limit) {
    return index.page(query, offset, limit);
  }

  /** One page of a customer's payments, newest start first. */
  public PaymentPage paymentsOfCustomer(String customerUid, long offset, int limit) {
    return index.ofCustomer(customerUid, offset, limit);
  }

  public Optional<Prepared> prepared(String merchantUid) {
    return Optional.ofNullable(prepared.get(merchantUid));
  }

  public Optional<BillingKey> billingKey(String customerUid) {
    return Optional.ofNullable(customerUid == null ? null : billingKeys.get(customerUid));
  }

  public List<BillingKey> billingKeys() {
    return List.copyOf(billingKeys.values());
  }

  public Optional<Schedule> schedule(String merchantUid) {
    return Optional.ofNullable(schedules.get(merchantUid));
  }

  public List<Schedule> schedules(Predicate<Schedule> filter) {
    return schedules.values().stream()
        .filter(filter)
        .sorted(Comparator.comparingLong(Schedule::scheduleAt).thenComparing(Schedule::sequence))
        .toList();
  }

  /**
   * Records a new payment built from {@code draft}, giving it a fresh imp_uid with the given prefix
   * ({@code imp_} for payments from the window, {@code imps_} for API and scheduled charges).
   */
  public Payment record(Payment.Builder draft, String impUidPrefix) {
    synchronized (lock) {
      Payment payment = insert(draft, impUidPrefix);
      tell(new PaymentSaved(payment));
      return payment;
    }
  }

  /**
   * Charges a merchant_uid that must not have been used before: the decision of how the charge ends
   * is made by {@code decide} while the lock is held, so two parallel charges of one merchant_uid
   * cannot both pass the check.
   */
  public Payment charge(String merchantUid, long amount, ChargeDecision decide, String prefix) {
    synchronized (lock) {
      if (isMerchantUidTaken(merchantUid)) {
        throw new LedgerException(Refusal.MERCHANT_UID_ALREADY_USED, merchantUid);
      }
      Prepared registered = prepared.get(merchantUid);
      if (registered != null && registered.amount() != amount) {
        throw new LedgerException(Refusal.PREPARED_AMOUNT_MISMATCH, merchantUid);
      }
      Payment payment = insert(decide.draft(), prefix);
      tell(new PaymentSaved(payment));
      return payment;
    }
  }

  /**
   * Opens a {@code ready} payment for a payment window. Unlike {@link #charge}, a merchant_uid
   * whose earlier attempts failed may be tried again; only one that was paid is refused.
   */
  public Payment open(Payment.Builder draft, String merchantUid) {
    synchronized (lock) {
      if (hasBeenPaid(merchantUid) || schedules.containsKey(merchantUid)) {
        throw new LedgerException(Refusal.MERCHANT_UID_ALREADY_USED, merchantUid);
      }
      Payment payment = insert(draft.status(PaymentStatus.READY), "imp_");
      tell(new PaymentSaved(payment));
      return payment;
    }
  }

  /** Whether a merchant_uid has a payment that was paid (and maybe refunded since). */
  public boolean hasBeenPaid(String merchantUid) {
    return paymentsFor(merchantUid).stream()
        .anyMatch(p -> p.status() == PaymentStatus.PAID || p.status() == PaymentStatus.CANCELLED);
  }

  /**
   * Ends a {@code ready} payment as {@code settle} decides, once. The decision runs under the lock
   * and sees whether another attempt at the same merchant_uid was paid in the meantime.
   */
  public Payment settle(String impUid, Settlement settle) {
    synchronized (lock) {
      Payment current = payments.get(impUid);
      if (current == null) {
        throw new LedgerException(Refusal.PAYMENT_NOT_FOUND, impUid);
      }
      if (current.status() != PaymentStatus.READY) {
        return current;
      }
      boolean paidElsewhere = hasBeenPaid(current.merchantUid());
      Prepared registered = prepared.get(current.merchantUid());
      Payment after = settle.decide(current, paidElsewhere, registered).build();
      payments.put(impUid, after);
      index.put(current, after);
      tell(new PaymentSaved(after));
      return after;
    }
  }

  /** How a ready payment ends, given what else is in the books. */
  @FunctionalInterface
  public interface Settlement {
    Payment.Builder decide(Payment ready, boolean merchantUidPaidElsewhere, Prepared prepared);
  }

  /** Whether a merchant_uid already has a payment or a schedule. */
  public boolean isMerchantUidTaken(String merchantUid) {
    return impUidsByMerchantUid.containsKey(merchantUid) || schedules.containsKey(merchantUid);
  }

  private Payment insert(Payment.Builder draft, String prefix) {
    String impUid;
    do {
      impUid = prefix + twelveDigits();
    } while (payments.containsKey(impUid));
    Payment payment = draft.sequence(++sequence).impUid(impUid).build();
    payments.put(impUid, payment);
    index.put(null, payment);
    impUidsByMerchantUid
        .computeIfAbsent(payment.merchantUid(), key -> new ArrayList<>())
        .add(impUid);
    return payment;
  }

  private static String twelveDigits() {
    return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
  }

  /** Refunds part or all of a payment; see {@link CancelRequest} for what is checked. */
  public Payment cancel(CancelRequest request, long now) {
    synchronized (lock) {
      Payment payment = findCancellable(request);
      long balance = payment.cancellableAmount();
      if (request.checksum() != null && request.checksum() != balance) {
        throw new LedgerException(Refusal.CHECKSUM_MISMATCH, payment.impUid());
      }
      long amount = request.amount() == null || request.amount() == 0 ? balance : request.amount();
      if (amount > balance) {
        throw new LedgerException(Refusal.CANCEL_OVER_BALANCE, payment.impUid());
      }
      if (request.taxFree() != null && request.taxFree() > amount) {
        throw new LedgerException(Refusal.TAX_FREE_OVER_CANCEL, payment.impUid());
      }
      CancelEntry entry =
          new CancelEntry(
              payment.pgTid(),
              amount,
              now,
              request.reason(),
              payment.receiptUrl(),
              "cxl_" + twelveDigits(),
              request.requester());
      Payment after = payment.withCancel(entry);
      payments.put(after.impUid(), after);
      index.put(payment, after);
      tell(new PaymentSaved(after));
      return after;
    }
  }

  private Payment findCancellable(CancelRequest request) {
    Payment payment;
    if (request.impUid() != null) {
      payment = payments.get(request.impUid());
    } else {
      List<Payment> candidates = paymentsFor(request.merchantUid());
      payment =
          candidates.stream()
              .filter(p -> p.status() == PaymentStatus.PAID)
              .reduce((first, second) -> second)
              .orElse(candidates.isEmpty() ? null : candidates.get(candidates.size() - 1));
    }
    if (payment == null) {
      throw new LedgerException(Refusal.NOTHING_TO_CANCEL, request.target());
    }
    if (payment.status() == PaymentStatus.CANCELLED) {
      throw new LedgerException(Refusal.ALREADY_FULLY_CANCELLED, payment.impUid());
    }
    if (payment.status() != PaymentStatus.PAID) {
      throw new LedgerException(Refusal.NOT_CANCELLABLE, payment.impUid());
    }
    return payment;
  }

  public Prepared prepare(Prepared value) {
    synchronized (lock) {
      if (prepared.containsKey(value.merchantUid())) {
        throw new LedgerException(Refusal.PREPARE_DUPLICATE, value.merchantUid());
      }
      prepared.put(value.merchantUid(), value);
      tell(new PreparedSaved(value));
      return value;
    }
  }

  public Prepared updatePrepared(Prepared value) {
    synchronized (lock) {
      if (!prepared.containsKey(value.merchantUid())) {
        throw new LedgerException(Refusal.PREPARE_NOT_FOUND, value.merchantUid());
      }
      prepared.put(value.merchantUid(), value);
      tell(new PreparedSaved(value));
      return value;
    }
  }

  public BillingKey registerBillingKey(BillingKey key) {
    synchronized (lock) {
      billingKeys.put(key.customerUid(), key);
      tell(new BillingKeySaved(key));
      return key;
    }
  }

  public BillingKey deleteBillingKey(String customerUid) {
    synchronized (lock) {
      BillingKey removed = billingKeys.remove(customerUid);
      if (removed == null) {
        throw new LedgerException(Refusal.CUSTOMER_NOT_FOUND, customerUid);
      }
      tell(new BillingKeyDeleted(customerUid));
      return removed;
    }
  }

  /**
   * Books every schedule or none: each merchant_uid must be new, to this call and to the ledger.
   */
  public List<Schedule> book(String customerUid, List<Schedule.Draft> drafts, long now) {
    synchronized (lock) {
      if (!billingKeys.containsKey(customerUid)) {
        throw new LedgerException(Refusal.NO_CUSTOMER_FOR_SCHEDULE, customerUid);
      }
      List<String> seen = new ArrayList<>();
      for (Schedule.Draft draft : drafts) {
        if (isMerchantUidTaken(draft.merchantUid()) || seen.contains(draft.merchantUid())) {
          throw new LedgerException(Refusal.MERCHANT_UID_ALREADY_USED, draft.merchantUid());
        }
        if (draft.scheduleAt() <= now) {
          throw new LedgerException(Refusal.SCHEDULE_IN_PAST, draft.merchantUid());
        }
        seen.add(draft.merchantUid());
      }
      BillingKey key = billingKeys.get(customerUid);
      List<Schedule> booked = new ArrayList<>();
      for (Schedule.Draft draft : drafts) {
        Schedule schedule = draft.toSchedule(++sequence, customerUid, key);
        schedules.put(schedule.merchantUid(), schedule);
        booked.add(schedule);
      }
      tell(booked.stream().map(ScheduleSaved::new).toArray(BooksChange[]::new));
      return booked;
    }
  }

  /** Revokes pending schedules of a customer: those named, or all when none are named. */
  public List<Schedule> revoke(String customerUid, List<String> merchantUids, long now) {
    synchronized (lock) {
      List<Schedule> revoked = new ArrayList<>();
      for (Schedule schedule : schedules(s -> s.customerUid().equals(customerUid))) {
        boolean named = merchantUids.isEmpty() || merchantUids.contains(schedule.merchantUid());
        if (named && schedule.status() == ScheduleStatus.SCHEDULED) {
          Schedule after = schedule.revoked(now);
          schedules.put(after.merchantUid(), after);
          revoked.add(after);
        }
      }
      if (revoked.isEmpty()) {
        throw new LedgerException(Refusal.NOTHING_TO_UNSCHEDULE, customerUid);
      }
      tell(revoked.stream().map(ScheduleSaved::new).toArray(BooksChange[]::new));
      return revoked;
    }
  }

  /**
   * Turns a due schedule into a payment, once: returns empty when it was already run or revoked.
   * The charge is decided under the lock, so an armed outcome is used only by a charge that
   * happens.
   */
  public Optional<Payment> execute(Schedule due, ChargeDecision decide, long at) {
    synchronized (lock) {
      Schedule current = schedules.get(due.merchantUid());
      if (current == null || current.status() != ScheduleStatus.SCHEDULED) {
        return Optional.empty();
      }
      Payment payment = insert(decide.draft(), "imps_");
      Schedule executed = current.executed(payment, at);
      schedules.put(current.merchantUid(), executed);
      // One step: a payment kept without its executed schedule would be charged again.
      tell(new PaymentSaved(payment), new ScheduleSaved(executed));
      return Optional.of(payment);
    }
  }

  public void clear() {
    synchronized (lock) {
      payments.clear();
      index.clear();
      impUidsByMerchantUid.clear();
      prepared.clear();
      billingKeys.clear();
      schedules.clear();
      tell(new BooksCleared());
    }
  }

  /** Everything in the books, for tests that prove a refused request changed nothing. */
  public String fingerprint() {
    synchronized (lock) {
      return List.of(
              new java.util.TreeMap<>(payments),
              new java.util.TreeMap<>(prepared),
              new java.util.TreeMap<>(billingKeys),
              new java.util.TreeMap<>(schedules))
          .toString();
    }
  }

  /** Builds the payment a charge produces, given that the merchant_uid was free. */
  @FunctionalInterface
  public interface ChargeDecision {
    Payment.Builder draft();
  }
}
