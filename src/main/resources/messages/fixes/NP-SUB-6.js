await axios.delete(`https://api.iamport.kr/subscribe/customers/${customerUid}`, {
  data: { reason: "구독 해지", extra: { requester: "customer" } },
  headers: { Authorization: accessToken },
});
