IMP.request_pay({ /* ... */ amount: Number(order.total) }, callback); // 14000, not "14000"
