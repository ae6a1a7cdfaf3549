var MINIMUM = 100; // won, unless your contract sets another minimum
if (order.amount < MINIMUM) {
  showMessage("네이버페이는 " + MINIMUM + "원 이상부터 결제할 수 있습니다.");
  return;
}
IMP.request_pay({ /* ... */ amount: order.amount }, callback);
