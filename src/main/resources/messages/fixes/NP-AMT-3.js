// Server (Node.js): after the payment, before fulfilling the order
const { data } = await axios.get(`https://api.iamport.kr/payments/${impUid}`, {
  headers: { Authorization: accessToken },
});
const payment = data.response;
if (payment.status !== "paid" || payment.amount !== order.amount) {
  await axios.post("https://api.iamport.kr/payments/cancel",
    { imp_uid: impUid, reason: "amount mismatch", extra: { requester: "admin" } },
    { headers: { Authorization: accessToken } });
  return res.status(400).json({ message: "결제 금액이 주문과 달라 결제를 취소했습니다." });
}
await fulfil(order);
