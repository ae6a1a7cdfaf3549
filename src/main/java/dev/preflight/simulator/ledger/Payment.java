package dev.preflight.simulator.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * A payment as the gateway keeps it. Immutable: every change (a cancel, a confirmation) puts a new
 * value in the ledger, so readers never see half an update.
 *
 * @param sequence creation order within the ledger, the tie-breaker for sorting
 */
public record Payment(
    long sequence,
    String impUid,
    String merchantUid,
    String payMethod,
    String channel,
    String pgProvider,
    String pgTid,
    String pgId,
    String name,
    long amount,
    long cancelAmount,
    long taxFree,
    String currency,
    String buyerName,
    String buyerEmail,
    String buyerTel,
    String buyerAddr,
    String buyerPostcode,
    String userAgent,
    String customData,
    PaymentStatus status,
    long startedAt,
    long paidAt,
    long failedAt,
    long cancelledAt,
    String failReason,
    String cancelReason,
    String receiptUrl,
    String applyNum,
    String customerUid,
    String customerUidUsage,
    boolean escrow,
    List<CancelEntry> cancelHistory) {

  public Payment {
    cancelHistory = List.copyOf(cancelHistory);
  }

  /** What can still be refunded: the {@code checksum} a partial cancel must quote. */
  public long cancellableAmount() {
    return amount - cancelAmount;
  }

  /** The latest moment anything happened to this payment, for {@code sorting=-updated}. */
  public long updatedAt() {
    return Math.max(Math.max(startedAt, paidAt), Math.max(failedAt, cancelledAt));
  }

  /** This payment after one more refund, in the status the cancel policy gives it. */
  public Payment withCancel(CancelEntry entry) {
    List<CancelEntry> history = new ArrayList<>(cancelHistory);
    history.add(entry);
    long cancelled = cancelAmount + entry.amount();
    return new Payment(
        sequence,
        impUid,
        merchantUid,
        payMethod,
        channel,
        pgProvider,
        pgTid,
        pgId,
        name,
        amount,
        cancelled,
        taxFree,
        currency,
        buyerName,
        buyerEmail,
        buyerTel,
        buyerAddr,
        buyerPostcode,
        userAgent,
        customData,
        CancelPolicy.statusAfterCancel(amount - cancelled),
        startedAt,
        paidAt,
        failedAt,
        entry.cancelledAt(),
        failReason,
        entry.reason(),
        receiptUrl,
        applyNum,
        customerUid,
        customerUidUsage,
        escrow,
        history);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this payment's identity and request, to settle a payment that is still {@code
   * ready}; refunds are not carried over, as a ready payment has none.
   */
  public Builder toBuilder() {
    return new Builder()
        .sequence(sequence)
        .impUid(impUid)
        .merchantUid(merchantUid)
        .payMethod(payMethod)
        .channel(channel)
        .pgProvider(pgProvider)
        .pgTid(pgTid)
        .pgId(pgId)
        .name(name)
        .amount(amount)
        .taxFree(taxFree)
        .currency(currency)
        .buyer(new Buyer(buyerName, buyerEmail, buyerTel, buyerAddr, buyerPostcode))
        .userAgent(userAgent)
        .customData(customData)
        .startedAt(startedAt)
        .customer(customerUid, customerUidUsage)
        .escrow(escrow)
        .status(status);
  }

  /** Assembles a new payment; fields not set keep the gateway's "not applicable" values. */
  public static final class Builder {
    private long sequence;
    private String impUid;
    private String merchantUid;
    private String payMethod = "point";
    private String channel = "pc";
    private String pgProvider = "naverpay";
    private String pgTid;
    private String pgId;
    private String name;
    private long amount;
    private long taxFree;
    private String currency = "KRW";
    private String buyerName;
    private String buyerEmail;
    private String buyerTel;
    private String buyerAddr;
    private String buyerPostcode;
    private String userAgent;
    private String customData;
    private PaymentStatus status = PaymentStatus.READY;
    private long startedAt;
    private long paidAt;
    private long failedAt;
    private String failReason;
    private String applyNum;
    private String customerUid;
    private String customerUidUsage;
    private boolean escrow;

    public Builder sequence(long value) {
      sequence = value;
      return this;
    }

    public Builder impUid(String value) {
      impUid = value;
      return this;
    }

    public Builder merchantUid(String value) {
      merchantUid = value;
      return this;
    }

    public Builder payMethod(String value) {
      if (value != null) {
        payMethod = value;
      }
      return this;
    }

    public Builder channel(String value) {
      channel = value;
      return this;
    }

    public Builder pgProvider(String value) {
      if (value != null) {
        pgProvider = value;
      }
      return this;
    }

    public Builder pgTid(String value) {
      pgTid = value;
      return this;
    }

    public Builder pgId(String value) {
      pgId = value;
      return this;
    }

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder amount(long value) {
      amount = value;
      return this;
    }

    public Builder taxFree(long value) {
      taxFree = value;
      return this;
    }

    public Builder currency(String value) {
      if (value != null) {
        currency = value;
      }
      return this;
    }

    public Builder buyer(Buyer buyer) {
      buyerName = buyer.name();
      buyerEmail = buyer.email();
      buyerTel = buyer.tel();
      buyerAddr = buyer.addr();
      buyerPostcode = buyer.postcode();
      return this;
    }

    public Builder userAgent(String value) {
      userAgent = value;
      return this;
    }

    public Builder customData(String value) {
      customData = value;
      return this;
    }

    public Builder startedAt(long value) {
      startedAt = value;
      return this;
    }

    /** Marks the payment paid at the given time. */
    public Builder paid(long at, String approvalNumber) {
      status = PaymentStatus.PAID;
      paidAt = at;
      applyNum = approvalNumber;
      return this;
    }

    /** Marks the payment failed at the given time, for the given reason. */
    public Builder failed(long at, String reason) {
      status = PaymentStatus.FAILED;
      failedAt = at;
      failReason = reason;
      return this;
    }

    public Builder status(PaymentStatus value) {
      status = value;
      return this;
    }

    public Builder customer(String uid, String usage) {
      customerUid = uid;
      customerUidUsage = usage;
      return this;
    }

    public Builder escrow(boolean value) {
      escrow = value;
      return this;
    }

    public Payment build() {
      long cancelled = status == PaymentStatus.CANCELLED ? amount : 0;
      return new Payment(
          sequence,
          impUid,
          merchantUid,
          payMethod,
          channel,
          pgProvider,
          pgTid,
          pgId,
          name,
          amount,
          cancelled,
          taxFree,
          currency,
          buyerName,
          buyerEmail,
          buyerTel,
          buyerAddr,
          buyerPostcode,
          userAgent,
          customData,
          status,
          startedAt,
          paidAt,
          failedAt,
          status == PaymentStatus.CANCELLED ? Math.max(paidAt, startedAt) : 0,
          failReason,
          null,
          null,
          applyNum,
          customerUid,
          customerUidUsage,
          escrow,
          List.of());
    }
  }
}
