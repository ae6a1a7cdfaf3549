await axios.post("https://api.iamport.kr/payments/cancel",
  { imp_uid: impUid, reason: "구매자 요청", extra: { requester: "customer" } },
  { headers: { Authorization: accessToken } });
