// Defect: opens the popup but gives request_pay nothing to call with the result.
Shop.pay = function () {
  IMP.request_pay(CHECKOUT.params);
};
