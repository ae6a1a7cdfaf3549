package dev.preflight.simulator.iamport;

import dev.preflight.simulator.ledger.LedgerException;
import dev.preflight.web.Excerpt;

/**
 * The gateway's answer to each refusal: HTTP status, envelope code and the exact Korean message.
 * Messages marked unconfirmed were not settled by any primary source (see iamport-v1-facts.md);
 * they live here so that a correction is a one-line change.
 */
public final class Messages {
  public static final String PAYMENT_NOT_FOUND = "존재하지 않는 결제정보입니다.";
  public static final String NOTHING_TO_CANCEL = "취소할 결제건이 존재하지 않습니다.";
  public static final String ALREADY_FULLY_CANCELLED = "이미 전액취소된 주문입니다.";
  public static final String UNSUPPORTED_STATUS = "지원되지 않는 상태값입니다.";
  public static final String PAYMENTS_NOT_FOUND = "해당되는 결제건을 찾지 못하였습니다.";
  public static final String PREPARE_DUPLICATE = "결제정보 사전등록에 실패하였습니다(이미 등록된 merchant_uid입니다).";
  public static final String PREPARE_NOT_FOUND = "사전등록된 결제정보가 존재하지 않습니다.";
  public static final String UNKNOWN_CUSTOMER = "등록되지 않은 구매자입니다.";
  public static final String NO_CUSTOMER_FOR_SCHEDULE = "등록된 고객정보가 없습니다.";
  public static final String NOTHING_TO_UNSCHEDULE = "취소할 예약결제 기록이 존재하지 않습니다.";
  public static final String CUSTOMER_NOT_FOUND = "요청하신 customer_uid(%s)로 등록된 정보를 찾을 수 없습니다.";
  public static final String MERCHANT_UID_ALREADY_USED = "이미 결제가 이루어진 거래건입니다.";
  public static final String CANCEL_TARGET_MISSING = "imp_uid 또는 merchant_uid 중 하나를 지정해주셔야합니다.";
  public static final String NO_BILLING_MODULE = "비인증결제모듈 사용정보를 찾을 수 없습니다.";
  public static final String UNAUTHORIZED = "Unauthorized";

  // Unconfirmed wording: the real gateway's text for these cases is not public.
  public static final String NOT_CANCELLABLE = "결제완료 상태가 아닌 결제건은 취소할 수 없습니다.";
  public static final String CANCEL_OVER_BALANCE = "결제취소에 실패하였습니다.(요청하신 취소금액이 취소가능금액보다 큽니다.)";
  public static final String CHECKSUM_MISMATCH =
      "취소가능금액(checksum)이 일치하지 않아 취소하지 않았습니다. 결제정보를 다시 조회해주세요.";
  public static final String TAX_FREE_OVER_CANCEL = "면세 취소금액(tax_free)이 취소요청금액보다 큽니다.";
  public static final String PREPARED_AMOUNT_MISMATCH = "사전등록된 결제금액과 요청하신 결제금액이 일치하지 않습니다.";
  public static final String SCHEDULE_IN_PAST = "예약결제 시각(schedule_at)은 현재 시각 이후여야 합니다.";
  public static final String SCHEDULE_NOT_FOUND = "요청하신 merchant_uid(%s)로 등록된 예약결제 정보를 찾을 수 없습니다.";
  public static final String NOT_NAVERPAY = "네이버페이 결제형(naverpay) 결제건이 아닙니다.";
  public static final String NAVER_REFUSED = "네이버페이 처리에 실패하였습니다. 결제완료 상태의 결제건만 처리할 수 있습니다.";
  public static final String BAD_CREDENTIALS = "imp_key, imp_secret 정보가 올바르지 않습니다.";
  public static final String ROUTE_NOT_FOUND = "요청하신 API(%s %s)가 존재하지 않습니다.";
  public static final String METHOD_NOT_ALLOWED = "요청하신 API는 %s 메소드를 지원하지 않습니다.";
  public static final String BODY_TOO_LARGE = "요청 본문이 너무 큽니다. (최대 %d bytes)";
  public static final String MALFORMED_JSON = "요청 본문을 JSON으로 해석할 수 없습니다: %s";
  public static final String UNREADABLE_BODY =
      "요청 본문을 읽을 수 없습니다. (잘못된 chunked 인코딩이나 multipart 형식, 또는 끊긴 연결)";
  public static final String BAD_REQUEST = "요청을 해석할 수 없습니다. (잘못된 URI, 헤더 또는 인코딩)";
  public static final String INTERNAL_ERROR = "시뮬레이터 내부 오류가 발생했습니다. 저널(/__sim/journal)을 확인해주세요.";

  private Messages() {}

  public static ApiException toApi(LedgerException refusal) {
    String subject = refusal.subject();
    return switch (refusal.refusal()) {
      case PAYMENT_NOT_FOUND -> new ApiException(404, -1, PAYMENT_NOT_FOUND);
      case NOTHING_TO_CANCEL -> new ApiException(200, 1, NOTHING_TO_CANCEL);
      case ALREADY_FULLY_CANCELLED -> new ApiException(200, 1, ALREADY_FULLY_CANCELLED);
      case NOT_CANCELLABLE -> new ApiException(200, 1, NOT_CANCELLABLE);
      case CANCEL_OVER_BALANCE -> new ApiException(200, 1, CANCEL_OVER_BALANCE);
      case CHECKSUM_MISMATCH -> new ApiException(200, 1, CHECKSUM_MISMATCH);
      case TAX_FREE_OVER_CANCEL -> new ApiException(200, 1, TAX_FREE_OVER_CANCEL);
      case PREPARE_DUPLICATE -> new ApiException(200, 1, PREPARE_DUPLICATE);
      case PREPARE_NOT_FOUND -> new ApiException(404, -1, PREPARE_NOT_FOUND);
      case PREPARED_AMOUNT_MISMATCH -> new ApiException(200, 1, PREPARED_AMOUNT_MISMATCH);
      case MERCHANT_UID_ALREADY_USED -> new ApiException(200, 1, MERCHANT_UID_ALREADY_USED);
      case UNKNOWN_CUSTOMER -> new ApiException(200, -1, UNKNOWN_CUSTOMER);
      case NO_CUSTOMER_FOR_SCHEDULE -> new ApiException(200, 1, NO_CUSTOMER_FOR_SCHEDULE);
      case SCHEDULE_IN_PAST -> new ApiException(200, 1, SCHEDULE_IN_PAST);
      case NOTHING_TO_UNSCHEDULE -> new ApiException(200, 1, NOTHING_TO_UNSCHEDULE);
      case SCHEDULE_NOT_FOUND ->
          new ApiException(404, -1, String.format(SCHEDULE_NOT_FOUND, Excerpt.of(subject)));
      case CUSTOMER_NOT_FOUND ->
          new ApiException(404, -1, String.format(CUSTOMER_NOT_FOUND, Excerpt.of(subject)));
      case NOT_NAVERPAY -> new ApiException(400, -1, NOT_NAVERPAY);
      case NAVER_REFUSED -> new ApiException(500, -1, NAVER_REFUSED);
    };
  }
}
