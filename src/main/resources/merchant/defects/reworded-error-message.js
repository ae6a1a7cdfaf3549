// Defect: replaces Naver's message with the shop's own.
Shop.showFailure = function () {
  Shop.showMessage('결제가 정상적으로 처리되지 않았습니다. 다시 시도해주세요.');
};
