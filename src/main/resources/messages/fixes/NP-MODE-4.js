payButton.addEventListener("click", function () {
  // request_pay right here: after an await or a timer, browsers block the popup
  IMP.request_pay(params, callback);
});
