// 네이버페이 결제 (아임포트 v1 SDK, PC 팝업 모드)
import { api, config, quirk, showAlert, setAlertText, toast } from './ui.js';

let initialized = false;
function imp() {
  if (!initialized) {
    window.IMP.init(config.userCode);
    initialized = true;
  }
  return window.IMP;
}

/** IMP.request_pay 콜백을 Promise 로 */
const requestPay = (params) => new Promise((resolve) => imp().request_pay(params, resolve));

const failed = (rsp) => rsp.error_code != null || rsp.success === false;

/** 결제 실패: 네이버페이가 준 error_msg 를 그대로 보여준다 */
function showFailure(rsp) {
  let text = rsp.error_msg;
  if (quirk('error-code-in-dialog')) {
    text = `${rsp.error_msg} (${rsp.error_code})`; // error-code-in-dialog: 에러코드를 덧붙임
  }
  showAlert(text);
  if (quirk('generic-failure-after-second')) {
    // generic-failure-after-second: 1초 뒤 알기 쉬운 문구로 바꿈
    setTimeout(() => setAlertText('결제에 실패했습니다'), 1000);
  }
}

/**
 * 장바구니 결제. lines: [{id, count}]
 * onPaid(merchantUid): 결제 확인 후 호출
 */
export async function payOrder(lines, { stillHere }) {
  const order = await api('/api/orders', { method: 'POST', body: { items: lines } });
  const { buyer } = config;

  const params = {
    pg: 'naverpay',
    pay_method: 'card',
    merchant_uid: order.merchant_uid,
    name: order.lines[0].name, // 네이버페이가 "외 N건"을 알아서 붙임
    amount: order.amount,
    buyer_name: buyer.name,
    buyer_email: buyer.email,
    buyer_tel: buyer.tel,
    naverPopupMode: true,
    naverProducts: order.lines.map((l) => ({
      categoryType: l.category_type,
      categoryId: l.category_id,
      uid: l.id,
      name: l.name,
      // product-count-zero: 화면 모델의 qty 필드를 읽어서(서버 응답엔 count 뿐) 0 이 됨
      count: quirk('product-count-zero') ? Number(l.qty) || 0 : l.count,
    })),
  };

  const rsp = await requestPay(params);

  if (quirk('optimistic-toast')) {
    toast('결제가 완료되었습니다', 'paid'); // optimistic-toast: 서버 확인 전에 먼저 띄움
  }

  if (failed(rsp)) {
    if (quirk('min-amount-unchecked') && rsp.error_code === 'UnderMinimumAmount') {
      // min-amount-unchecked: 샘플 0원 전환 예정이라 최소금액 오류는 일단 무시 (TODO)
      console.warn('최소 결제 금액 미만', rsp);
      return;
    }
    showFailure(rsp);
    return;
  }

  // 결제 검증은 서버에서 (아임포트 결제 조회 + 금액 비교)
  const result = await api('/api/payments/complete', {
    method: 'POST',
    body: { imp_uid: rsp.imp_uid, merchant_uid: rsp.merchant_uid },
  });

  if (result.status === 'paid') {
    if (!quirk('optimistic-toast')) toast('결제가 완료되었습니다', 'paid');
    setTimeout(() => {
      if (stillHere()) location.hash = `#/orders/${encodeURIComponent(result.merchant_uid)}`;
    }, 3000);
  } else if (result.status === 'checking') {
    location.hash = `#/orders/${encodeURIComponent(result.merchant_uid)}`;
  } else {
    showAlert(result.message);
  }
}

/** 정기구독: 빌링키 등록 → 서버가 첫 달 결제 + 다음 달 예약 */
export async function subscribe({ name, email, phone }) {
  const reg = await api('/api/subscriptions', { method: 'POST', body: { name, email, phone } });

  const params = {
    pg: 'naverpay',
    pay_method: 'card',
    merchant_uid: reg.merchant_uid,
    customer_uid: reg.customer_uid,
    name: reg.plan_name,
    amount: reg.amount, // 등록 시에는 표시용 (실제 결제 없음)
    buyer_name: name,
    buyer_email: email,
    buyer_tel: phone,
    naverPopupMode: true,
    naverProductCode: reg.product_code,
  };
  if (quirk('registration-without-tel')) delete params.buyer_tel; // registration-without-tel
  if (quirk('no-product-code')) delete params.naverProductCode; // no-product-code

  const rsp = await requestPay(params);
  if (failed(rsp)) {
    showFailure(rsp);
    return;
  }

  const sub = await api(`/api/subscriptions/${encodeURIComponent(reg.customer_uid)}/activate`, {
    method: 'POST',
    body: { imp_uid: rsp.imp_uid, merchant_uid: rsp.merchant_uid },
  });
  toast('구독이 시작되었습니다. 첫 달 결제가 완료되었습니다.', 'sub');
  location.hash = `#/subscription/${encodeURIComponent(sub.customer_uid)}`;
}
