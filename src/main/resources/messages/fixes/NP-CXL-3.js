// requester says who asked for the cancel
const requester = cancelledByBuyer ? "customer" : "admin";
await axios.post("https://api.iamport.kr/payments/cancel",
  { imp_uid: impUid, reason, extra: { requester } },
  { headers: { Authorization: accessToken } });
