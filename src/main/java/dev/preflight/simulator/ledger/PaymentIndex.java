package dev.preflight.simulator.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The ledger's payments kept sorted, per status and per customer, so that a listing costs the page
 * it returns rather than a pass over the whole ledger. Updated by the ledger under its own lock,
 * each change as one step: a reader never sees a payment between two statuses (paid → cancelled
 * moves it from one bucket to another), nor missing while its sort keys change.
 *
 * <p>A listing whose time window holds every payment of its status (the usual case: the default
 * window is the last 90 days) costs {@code O(log n + offset + limit)}. A narrower window costs in
 * proportion to the payments inside it, never to those outside.
 */
final class PaymentIndex {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Bucket all = new Bucket(PaymentOrder.entered(null));
  private final Map<PaymentStatus, Bucket> byStatus = new EnumMap<>(PaymentStatus.class);
  private final Map<String, TreeSet<Payment>> byCustomer = new HashMap<>();

  PaymentIndex() {
    for (PaymentStatus status : PaymentStatus.values()) {
      byStatus.put(status, new Bucket(PaymentOrder.entered(status)));
    }
  }

  /** Replaces {@code before} (null for a new payment) with {@code after}. */
  void put(Payment before, Payment after) {
    lock.writeLock().lock();
    try {
      if (before != null) {
        all.remove(before);
        byStatus.get(before.status()).remove(before);
        customer(before, false);
      }
      all.add(after);
      byStatus.get(after.status()).add(after);
      customer(after, true);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void customer(Payment payment, boolean add) {
    if (payment.customerUid() == null) {
      return;
    }
    if (add) {
      byCustomer
          .computeIfAbsent(
              payment.customerUid(), uid -> new TreeSet<>(PaymentOrder.STARTED.ascending()))
          .add(payment);
    } else {
      TreeSet<Payment> set = byCustomer.get(payment.customerUid());
      if (set != null) {
        set.remove(payment);
      }
    }
  }

  void clear() {
    lock.writeLock().lock();
    try {
      all.clear();
      byStatus.values().forEach(Bucket::clear);
      byCustomer.clear();
    } finally {
      lock.writeLock().unlock();
    }
  }

  PaymentPage page(PaymentQuery query, long offset, int limit) {
    Bucket bucket = query.status() == null ? all : byStatus.get(query.status());
    lock.readLock().lock();
    try {
      return bucket.page(query, offset, limit);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** A customer's payments, newest start first. */
  PaymentPage ofCustomer(String customerUid, long offset, int limit) {
    lock.readLock().lock();
    try {
      TreeSet<Payment> set = byCustomer.get(customerUid);
      if (set == null) {
        return new PaymentPage(0, List.of());
      }
      if (offset >= set.size()) {
        return new PaymentPage(set.size(), List.of());
      }
      return new PaymentPage(set.size(), slice(set.descendingSet(), null, 0, 0, offset, limit));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The payments of one status (or all) in each order a listing may sort or window them by: the
   * three sortings, and the moment the payment entered the status.
   */
  private static final class Bucket {
    private final Map<PaymentOrder, TreeSet<Payment>> sets = new EnumMap<>(PaymentOrder.class);

    Bucket(PaymentOrder window) {
      for (PaymentOrder order :
          List.of(PaymentOrder.STARTED, PaymentOrder.PAID, PaymentOrder.UPDATED, window)) {
        sets.computeIfAbsent(order, o -> new TreeSet<>(o.ascending()));
      }
    }

    void add(Payment payment) {
      sets.values().forEach(set -> set.add(payment));
    }

    void remove(Payment payment) {
      sets.values().forEach(set -> set.remove(payment));
    }

    void clear() {
      sets.values().forEach(TreeSet::clear);
    }

    PaymentPage page(PaymentQuery query, long offset, int limit) {
      PaymentOrder window = query.window();
      TreeSet<Payment> byWindow = sets.get(window);
      TreeSet<Payment> bySort = sets.get(query.sort());
      if (byWindow == null || bySort == null) {
        throw new IllegalArgumentException("no index of " + query.status() + " by " + window);
      }
      if (byWindow.isEmpty() || query.from() > query.to()) {
        return new PaymentPage(0, List.of());
      }
      boolean whole =
          window.of(byWindow.first()) >= query.from() && window.of(byWindow.last()) <= query.to();
      NavigableSet<Payment> inWindow =
          whole
              ? byWindow
              : byWindow.subSet(
                  probe(query.from(), Long.MIN_VALUE),
                  true,
                  probe(query.to(), Long.MAX_VALUE),
                  true);
      long total = inWindow.size();
      NavigableSet<Payment> ordered = query.sort() == window ? inWindow : bySort;
      if (query.descending()) {
        ordered = ordered.descendingSet();
      }
      if (offset >= total) {
        return new PaymentPage(total, List.of());
      }
      // Sorted by another moment than the window's: skip those outside the window as we go.
      PaymentOrder filter = whole || query.sort() == window ? null : window;
      return new PaymentPage(
          total, slice(ordered, filter, query.from(), query.to(), offset, limit));
    }
  }

  /**
   * Up to {@code limit} payments after skipping {@code offset}, in the set's order; with a {@code
   * window}, only those whose moment lies within {@code from}–{@code to}.
   */
  private static List<Payment> slice(
      NavigableSet<Payment> ordered,
      PaymentOrder window,
      long from,
      long to,
      long offset,
      long limit) {
    List<Payment> page = new ArrayList<>();
    long skipped = 0;
    Iterator<Payment> it = ordered.iterator();
    while (page.size() < limit && it.hasNext()) {
      Payment payment = it.next();
      if (window != null && (window.of(payment) < from || window.of(payment) > to)) {
        continue;
      }
      if (skipped < offset) {
        skipped++;
      } else {
        page.add(payment);
      }
    }
    return page;
  }

  /**
   * A stand-in payment whose every moment is {@code at}, to bound a range of a sorted set: with
   * {@code Long.MIN_VALUE} or {@code MAX_VALUE} as its sequence it sorts before or after every real
   * payment of that moment.
   */
  private static Payment probe(long at, long sequence) {
    return new Payment(
        sequence, null, null, null, null, null, null, null, null, 0, 0, 0, null, null, null, null,
        null, null, null, null, null, at, at, at, at, null, null, null, null, null, null, false,
        List.of());
  }
}
