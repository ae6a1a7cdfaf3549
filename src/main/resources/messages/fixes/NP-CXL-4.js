const cancellable = payment.amount - payment.cancel_amount; // before this cancel
await axios.post("https://api.iamport.kr/payments/cancel",
  { imp_uid: impUid, amount: 3000, checksum: cancellable, reason: "부분 환불",
    extra: { requester: "admin" } },
  { headers: { Authorization: accessToken } });
