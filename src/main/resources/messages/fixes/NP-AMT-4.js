// Server (Node.js): before opening the window
await axios.post("https://api.iamport.kr/payments/prepare",
  { merchant_uid: order.merchantUid, amount: order.amount },
  { headers: { Authorization: accessToken } });
