IMP.request_pay({ pg: "naverpay", pay_method: "card", /* ... */ naverPopupMode: true }, function (rsp) {
  if (rsp.success) {
    verifyOnServer(rsp.imp_uid, rsp.merchant_uid);
  } else {
    alert(rsp.error_msg); // as it came: no prefix, no suffix, no translation
  }
});
