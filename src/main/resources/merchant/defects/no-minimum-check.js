// Defect: no minimum-amount check, and Naver's refusal of a small amount gets the shop's words.
Shop.tooSmall = function () {
  return false;
};
Shop.showFailure = (function (shown) {
  return function (rsp) {
    if (rsp.error_code === 'UnderMinimumAmount') {
      Shop.showMessage('결제할 수 없는 주문입니다. 고객센터에 문의해주세요.');
    } else {
      shown(rsp);
    }
  };
})(Shop.showFailure);
