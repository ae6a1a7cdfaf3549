IMP.request_pay({
  pg: "naverpay",
  pay_method: "card",
  merchant_uid: "order-20240501-0001",
  name: cart.items[0].name, // the first product's name, no "외 N개"
  amount: 14000,
  naverProducts: cart.items.map(function (item) {
    return {
      categoryType: "PRODUCT",
      categoryId: "GENERAL",
      uid: item.id,
      name: item.name,
      count: item.quantity,
    };
  }),
}, callback);
