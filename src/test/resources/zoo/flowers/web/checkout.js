/* 꽃길 플라워 주문서: 동의 확인 후 네이버페이 결제창(리디렉션 방식)을 엽니다. */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('pay-data').textContent);
  var button = document.getElementById('npay-button');
  var warning = document.getElementById('checkout-warning');

  IMP.init(data.userCode);

  function value(id) {
    return (document.getElementById(id).value || '').trim();
  }

  function copy(object) {
    return JSON.parse(JSON.stringify(object));
  }

  function isPhone() {
    return /Mobi|Android|iPhone|iPad/i.test(navigator.userAgent);
  }

  function returnQuery(rsp) {
    var failed = rsp.error_code != null || rsp.success === false || rsp.imp_success === false;
    var parts = [
      'imp_uid=' + encodeURIComponent(rsp.imp_uid || ''),
      'merchant_uid=' + encodeURIComponent(rsp.merchant_uid || ''),
      'imp_success=' + (failed ? 'false' : 'true')
    ];
    if (failed) {
      parts.push('error_code=' + encodeURIComponent(rsp.error_code || ''));
      parts.push('error_msg=' + encodeURIComponent(rsp.error_msg || ''));
    }
    return parts.join('&');
  }

  button.addEventListener('click', function () {
    warning.textContent = '';
    if (!document.getElementById('agree').checked) {
      warning.textContent = '구매조건 확인 및 결제진행에 동의해 주세요.';
      return;
    }
    var name = value('buyer-name');
    var tel = value('buyer-tel');
    var addr = value('buyer-addr');
    if (!name || !/^01[0-9]-?[0-9]{3,4}-?[0-9]{4}$/.test(tel)) {
      warning.textContent = '주문하시는 분의 이름과 휴대폰 번호를 확인해 주세요.';
      return;
    }
    if (data.needsAddress && !addr) {
      warning.textContent = '꽃을 받으실 주소를 입력해 주세요.';
      return;
    }
    var params = copy(data.params);
    params.buyer_name = name;
    params.buyer_tel = tel;
    if (addr) {
      params.buyer_addr = addr;
    }
    if (data.popupOnMobile && isPhone()) {
      // violation popup-on-mobile: the PC sample's popup, copied onto phones
      params.naverPopupMode = true;
      IMP.request_pay(params, function (rsp) {
        window.location.href = '/pay/return?' + returnQuery(rsp);
      });
      return;
    }
    // 리디렉션 방식: 결과는 m_redirect_url(/pay/return)로 돌아옵니다.
    IMP.request_pay(params);
  });
})();
