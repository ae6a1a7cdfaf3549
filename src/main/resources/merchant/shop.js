/*
 * 네이버페이 결제 (i'mport v1) — the shop's checkout script.
 *
 * The page sets CHECKOUT (the request_pay parameters the server prepared, and where to confirm).
 * On PC the window opens as a popup and the result comes back to onResult; on mobile the page
 * moves to the window and comes back to m_redirect_url, which the server handles.
 */
var Shop = {
  // Naver requires error_msg to reach the buyer exactly as sent: set it as text, never as HTML.
  showMessage: function (text) {
    document.getElementById('result').textContent = text;
  },

  showFailure: function (rsp) {
    Shop.showMessage(rsp.error_msg);
  },

  tooSmall: function () {
    return CHECKOUT.amount < CHECKOUT.minimumAmount;
  },

  pay: function () {
    if (Shop.tooSmall()) {
      Shop.showMessage('네이버페이 최소 결제 금액은 ' + CHECKOUT.minimumAmount + '원입니다.');
      return;
    }
    if (CHECKOUT.popup) {
      IMP.request_pay(CHECKOUT.params, Shop.onResult);
    } else {
      IMP.request_pay(CHECKOUT.params);
    }
  },

  onResult: function (rsp) {
    if (rsp.error_code != null) {
      Shop.showFailure(rsp);
      return;
    }
    Shop.confirm(rsp);
  },

  // The browser's word is not proof of payment: the server looks the payment up and compares.
  confirm: function (rsp) {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', CHECKOUT.confirmUrl);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onload = function () {
      var answer = JSON.parse(xhr.responseText);
      if (answer.ok) {
        window.location.href = answer.next;
      } else {
        Shop.showMessage(answer.message);
      }
    };
    xhr.onerror = function () {
      Shop.showMessage('결제 확인 중 통신 오류가 발생했습니다. 주문 내역을 확인해주세요.');
    };
    xhr.send(JSON.stringify({
      imp_uid: rsp.imp_uid,
      merchant_uid: rsp.merchant_uid,
      paid_amount: rsp.paid_amount
    }));
  }
};

IMP.init(CHECKOUT.userCode);
document.getElementById('naverpay').onclick = function () {
  Shop.pay();
};
