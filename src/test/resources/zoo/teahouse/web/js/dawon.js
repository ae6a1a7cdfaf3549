/*
 * 다원 찻집 공통 스크립트
 * - 네이버페이 결제 (아임포트 iamport.payment-1.1.8.js, 팝업 방식)
 * - 주문내역 취소
 */
var DW_BUG = window.DW_BUG || {};

/* 서버 통신 (XMLHttpRequest). async 가 false 이면 결과를 바로 돌려준다. */
function dwAjax(url, data, async, done) {
	var xhr = new XMLHttpRequest();
	xhr.open('POST', url, async);
	xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
	xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
	if (async) {
		xhr.onreadystatechange = function () {
			if (xhr.readyState === 4) {
				done(dwParse(xhr));
			}
		};
	}
	xhr.send(data);
	if (!async) {
		return dwParse(xhr);
	}
	return null;
}

function dwParse(xhr) {
	var res = null;
	if (xhr.status === 200) {
		try {
			res = JSON.parse(xhr.responseText);
		} catch (e) {
			res = null;
		}
	}
	if (!res || !res.result) {
		res = { result: 'fail', message: '일시적인 오류가 발생했습니다. 잠시 후 다시 시도해주세요.' };
	}
	return res;
}

function dwParam(obj) {
	var parts = [];
	for (var key in obj) {
		if (obj.hasOwnProperty(key)) {
			parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(obj[key] == null ? '' : obj[key]));
		}
	}
	return parts.join('&');
}

/* 주문서: 네이버페이 결제 버튼 */
function goNaverPay() {
	if (!confirm('네이버페이로 결제하시겠습니까?')) {
		return false;
	}
	// 주문서 생성 + 금액 사전등록 (팝업이 막히지 않도록 동기 호출)
	var res = dwAjax('/order/create', '', false);
	if (res.result !== 'ok') {
		alert(res.message);
		return false;
	}
	var param = res.pay;
	param.pg = 'naverpay';
	param.pay_method = 'card';
	param.naverPopupMode = true;
	IMP.request_pay(param, naverPayCallback);
	return false;
}

function naverPayCallback(rsp) {
	if (rsp.success) {
		if (DW_BUG.alertBeforeVerify) {
			alert('결제가 완료되었습니다.'); // [alert-before-verify] told before the server looked it up
		}
		var data = dwParam({ imp_uid: rsp.imp_uid, merchant_uid: rsp.merchant_uid, paid_amount: rsp.paid_amount });
		dwAjax('/order/pay-result', data, true, function (res) {
			if (res.result === 'ok') {
				if (!DW_BUG.alertBeforeVerify) {
					alert('결제가 완료되었습니다.');
				}
				location.href = '/order/complete?no=' + encodeURIComponent(res.no);
			} else if (res.result === 'pending') {
				alert(res.message);
				location.href = '/mypage/orders';
			} else {
				alert(res.message);
			}
		});
	} else {
		// 네이버페이 검수: 실패 메시지(error_msg)는 받은 그대로 보여준다
		if (DW_BUG.prefixedFailAlert) {
			alert('결제에 실패하였습니다.\n' + rsp.error_msg); // [prefixed-fail-alert]
		} else if (DW_BUG.genericCancelAlert) {
			alert('결제가 취소되었습니다.'); // [generic-cancel-alert]
		} else {
			alert(rsp.error_msg);
		}
	}
}

/* 주문내역: 취소 버튼 */
function cancelOrder(no) {
	if (!confirm('주문을 취소하시겠습니까?')) {
		return false;
	}
	dwAjax('/mypage/orders/cancel', dwParam({ no: no }), true, function (res) {
		alert(res.message);
		if (res.result === 'ok') {
			location.reload();
		}
	});
	return false;
}
