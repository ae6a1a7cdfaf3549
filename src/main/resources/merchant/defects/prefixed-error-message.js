// Defect: wraps Naver's message, which the review rejects.
Shop.showFailure = function (rsp) {
  Shop.showMessage('결제에 실패하였습니다. 실패 사유: ' + rsp.error_msg);
};
