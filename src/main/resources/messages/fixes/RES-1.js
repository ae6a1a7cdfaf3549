try {
  payment = await lookUp(impUid);
} catch (lookupFailed) {
  await markPending(order); // neither paid nor failed
  return res.json({ status: "pending", message: "결제를 확인하고 있습니다. 잠시 후 주문 내역에서 확인해 주세요." });
}
