// Browser: hand the result to your server, and show completion only on its answer
fetch("/payments/complete", {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ imp_uid: rsp.imp_uid, merchant_uid: rsp.merchant_uid }),
}).then(function (res) { return res.json(); })
  .then(function (order) { if (order.status === "paid") { location.href = "/orders/" + order.id; } });

// Server (Node.js): GET /payments/{imp_uid}, then compare status and amount with the order
const { data } = await axios.get(`https://api.iamport.kr/payments/${impUid}`, {
  headers: { Authorization: accessToken },
});
const paid = data.response.status === "paid" && data.response.amount === order.amount;
