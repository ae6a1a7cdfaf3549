// 아틀리에 모노 — one page, routed on location.pathname with the History API.
// Views re-render from `state` (innerHTML), some on a timer, so handlers are delegated from #app.
(() => {
  'use strict';

  const settings = window.__ATELIER__;
  const mistake = (name) => settings.mistakes.includes(name);
  const app = document.getElementById('app');
  const MOBILE = /Android|iPhone|iPad|Mobile/i.test(navigator.userAgent);
  const REFRESH_MS = 1500;
  const CART_KEY = 'atelier.cart';

  const state = {
    products: [],
    me: { buyer: null, admin: false },
    cart: readCart(),
    agreed: false,
    paying: false,
    orders: [],
    adminOrders: [],
    drafts: {}, // per merchant_uid: { reason, amount } typed in the back office
    result: null, // the last payment's outcome, for /payment/complete
    timer: null,
  };

  IMP.init(settings.userCode);

  // ---------------------------------------------------------------- helpers

  const won = (n) => Number(n).toLocaleString('ko-KR') + '원';

  function esc(text) {
    return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  async function api(method, url, body) {
    const response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(data.message || '요청을 처리하지 못했습니다.');
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function readCart() {
    try {
      return JSON.parse(localStorage.getItem(CART_KEY)) || [];
    } catch (e) {
      return [];
    }
  }

  function saveCart() {
    localStorage.setItem(CART_KEY, JSON.stringify(state.cart));
    const count = state.cart.reduce((n, line) => n + line.count, 0);
    document.getElementById('cart-badge').textContent = String(count);
  }

  const product = (id) => state.products.find((p) => p.id === id);
  const cartTotal = () => state.cart.reduce((sum, line) => sum + (product(line.id) ? product(line.id).price * line.count : 0), 0);

  // Writes a message into an element. The redirect page's mistake puts it in as HTML.
  function say(element, message, asHtml) {
    if (asHtml) {
      element.innerHTML = message;
    } else {
      element.textContent = message;
    }
  }

  let toastTimer = null;
  // kind: 'error' (something did not go through) or 'info'; the two look different.
  function toast(message, asHtml, kind = 'error') {
    let box = document.getElementById('toast');
    if (!box) {
      box = document.createElement('div');
      box.id = 'toast';
      box.setAttribute('role', 'status');
      box.innerHTML = '<span class="toast-text"></span>';
      document.body.appendChild(box);
    }
    box.dataset.kind = kind;
    say(box.querySelector('.toast-text'), message, asHtml);
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => box.remove(), 3000);
  }

  function every(ms, fn) {
    clearInterval(state.timer);
    state.timer = setInterval(fn, ms);
  }

  // ---------------------------------------------------------------- routing

  const routes = [
    [/^\/(shop)?$/, viewShop],
    [/^\/goods\/([^/]+)$/, viewGoods],
    [/^\/cart$/, viewCart],
    [/^\/orders$/, viewOrders],
    [/^\/admin$/, viewAdmin],
    [/^\/payment\/complete$/, viewComplete],
  ];

  function go(url, replace) {
    history[replace ? 'replaceState' : 'pushState']({}, '', url);
    route();
  }

  function route() {
    clearInterval(state.timer);
    state.timer = null;
    closeLogin();
    for (const [pattern, view] of routes) {
      const match = location.pathname.match(pattern);
      if (match) {
        view(...match.slice(1));
        return;
      }
    }
    app.innerHTML = '<h1>페이지를 찾을 수 없습니다</h1><p><a href="/shop" data-link>상점으로</a></p>';
  }

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-link]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    go(link.getAttribute('href'));
  });
  window.addEventListener('popstate', route);

  // ---------------------------------------------------------------- login modal

  function closeLogin() {
    const modal = document.getElementById('login-modal');
    if (modal) {
      modal.remove();
    }
  }

  // A div over the page; the session cookie (HttpOnly) comes back from POST /api/login.
  function askLogin(role, then) {
    closeLogin();
    const modal = document.createElement('div');
    modal.id = 'login-modal';
    modal.className = 'modal-backdrop';
    modal.innerHTML = `
      <div class="modal" role="dialog" aria-modal="true" aria-labelledby="login-title">
        <h2 id="login-title">${role === 'admin' ? '관리자 로그인' : '로그인'}</h2>
        <form id="login-form">
          <label for="login-email">이메일</label>
          <input id="login-email" type="email" autocomplete="username">
          <label for="login-password">비밀번호</label>
          <input id="login-password" type="password" autocomplete="current-password">
          <p class="error" id="login-error"></p>
          <button class="primary" id="login-submit" type="submit">로그인</button>
        </form>
      </div>`;
    document.body.appendChild(modal);
    modal.querySelector('#login-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api('POST', '/api/login', {
          role,
          email: modal.querySelector('#login-email').value,
          password: modal.querySelector('#login-password').value,
        });
        state.me = await api('GET', '/api/me');
        closeLogin();
        then();
      } catch (error) {
        modal.querySelector('#login-error').textContent = error.message;
      }
    });
    modal.querySelector('#login-email').focus();
  }

  // ---------------------------------------------------------------- shop and goods

  function viewShop() {
    app.innerHTML = `
      <h1>아틀리에 모노</h1>
      <p class="muted">작은 작업실에서 만든 물건들</p>
      <div class="grid">
        ${state.products.map((p) => `
          <a class="card" href="/goods/${encodeURIComponent(p.id)}" data-link data-product="${esc(p.id)}">
            <strong>${esc(p.name)}</strong>
            <p class="muted">${esc(p.blurb)}</p>
            <span class="price">${won(p.price)}</span>
          </a>`).join('')}
      </div>`;
  }

  function viewGoods(id) {
    const p = product(decodeURIComponent(id));
    if (!p) {
      app.innerHTML = '<h1>없는 상품입니다</h1><p><a href="/shop" data-link>상점으로</a></p>';
      return;
    }
    // The options carry no value attribute: their text is the quantity.
    app.innerHTML = `
      <article class="goods" data-product="${esc(p.id)}">
        <h1>${esc(p.name)}</h1>
        <p>${esc(p.blurb)}</p>
        <p class="price">${won(p.price)}</p>
        <label>수량
          <select id="qty">${[1, 2, 3, 4, 5].map((n) => `<option>${n}</option>`).join('')}</select>
        </label>
        <button class="primary" id="add-to-cart" type="button">장바구니 담기</button>
        <p class="added" id="added"></p>
      </article>`;
    app.querySelector('#add-to-cart').addEventListener('click', () => {
      const count = Number(app.querySelector('#qty').value);
      const line = state.cart.find((l) => l.id === p.id);
      if (line) {
        line.count += count;
      } else {
        state.cart.push({ id: p.id, count });
      }
      saveCart();
      app.querySelector('#added').textContent = `장바구니에 ${count}개 담았습니다.`;
      app.querySelector('#added').dataset.count = String(count);
    });
  }

  // ---------------------------------------------------------------- cart and payment

  function viewCart() {
    renderCart();
    every(REFRESH_MS, renderCart);
  }

  function renderCart() {
    const lines = state.cart.filter((l) => product(l.id));
    if (!lines.length) {
      app.innerHTML = '<section id="cart-view"><h1>장바구니</h1><p id="cart-empty">장바구니가 비어 있습니다.</p></section>';
      return;
    }
    app.innerHTML = `
      <section id="cart-view">
        <h1>장바구니</h1>
        <table id="cart-table">
          <thead><tr><th>상품</th><th>수량</th><th>금액</th><th></th></tr></thead>
          <tbody>
            ${lines.map((l) => `
              <tr data-product="${esc(l.id)}">
                <td class="name">${esc(product(l.id).name)}</td>
                <td class="count">${l.count}</td>
                <td class="amount">${won(product(l.id).price * l.count)}</td>
                <td><button type="button" class="remove" data-id="${esc(l.id)}">삭제</button></td>
              </tr>`).join('')}
          </tbody>
        </table>
        <div class="summary"><span>결제 예정 금액</span><strong id="cart-total">${won(cartTotal())}</strong></div>
        <label class="agree"><input type="checkbox" id="agree" ${state.agreed ? 'checked' : ''}>
          주문 내용을 확인했으며 결제에 동의합니다.</label>
        <button type="button" class="npay" id="npay-button" ${state.paying ? 'disabled' : ''}>N pay 네이버페이로 결제하기</button>
      </section>`;
  }

  app.addEventListener('change', (event) => {
    if (event.target.id === 'agree') {
      state.agreed = event.target.checked;
    }
  });

  app.addEventListener('click', (event) => {
    const target = event.target;
    if (target.id === 'npay-button') {
      pay();
    } else if (target.classList.contains('remove')) {
      state.cart = state.cart.filter((l) => l.id !== target.dataset.id);
      saveCart();
      renderCart();
    }
  });

  function naverProducts(order) {
    return order.lines.map((line) => {
      const item = {
        categoryType: line.categoryType,
        categoryId: line.categoryId,
        uid: line.id,
        name: line.name,
        count: line.count,
      };
      if (line.day) {
        item.startDate = line.day;
        item.endDate = line.day;
      } else if (mistake('dates-on-every-item')) {
        item.startDate = today();
        item.endDate = today();
      }
      return item;
    });
  }

  function today() {
    const d = new Date();
    return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
  }

  function paymentRequest(order) {
    const items = naverProducts(order);
    const request = {
      pg: 'naverpay',
      pay_method: 'card',
      merchant_uid: order.merchant_uid,
      name: items[0].name,
      amount: order.amount,
      buyer_name: order.buyer.name,
      buyer_tel: order.buyer.tel,
      buyer_email: order.buyer.email,
      naverProducts: items,
      naverPopupMode: !MOBILE,
    };
    if (MOBILE) {
      request.m_redirect_url = `${location.origin}/payment/complete`;
    }
    if (mistake('user-key-is-email')) {
      request.naverMerchantUserKey = order.buyer.email;
    }
    return request;
  }

  async function pay() {
    if (state.paying) {
      return;
    }
    if (!state.agreed) {
      toast('주문 내용 확인 및 결제 동의에 체크해주세요.');
      return;
    }
    if (cartTotal() < settings.minimum) {
      toast(`네이버페이는 최소 ${settings.minimum}원부터 결제할 수 있습니다.`);
      return;
    }
    state.paying = true;
    renderCart();
    try {
      const order = await api('POST', '/api/orders', { items: state.cart });
      const request = paymentRequest(order);
      if (MOBILE) {
        // Redirect mode: the window comes back to /payment/complete with the result in the query.
        IMP.request_pay(request);
        return;
      }
      const rsp = await new Promise((resolve) => IMP.request_pay(request, resolve));
      if (rsp.error_code || rsp.success === false || rsp.imp_success === false) {
        failed(rsp.merchant_uid || order.merchant_uid, rsp.error_msg);
      } else {
        await confirmPayment(rsp.imp_uid, rsp.merchant_uid || order.merchant_uid);
      }
    } catch (error) {
      if (error.status === 401) {
        askLogin('buyer', () => go('/cart', true));
      } else {
        failed(null, error.message);
      }
    } finally {
      state.paying = false;
    }
  }

  function firstSentence(message) {
    const cut = message.search(/[.!?](\s|$)/);
    return cut < 0 ? message : message.slice(0, cut + 1);
  }

  // Naver's error_msg, as Naver sent it (a mistake shortens it), in the panel and a toast.
  function failed(merchantUid, message, asHtml) {
    let text = message || '결제가 완료되지 않았습니다.';
    if (mistake('error-msg-first-sentence')) {
      text = firstSentence(text);
    }
    state.result = { merchantUid, kind: 'failed', message: text, asHtml: !!asHtml };
    go('/payment/complete' + (merchantUid ? `?order=${encodeURIComponent(merchantUid)}` : ''), true);
    toast(text, asHtml);
  }

  async function confirmPayment(impUid, merchantUid) {
    state.result = { merchantUid, kind: 'checking' };
    go(`/payment/complete?order=${encodeURIComponent(merchantUid)}`, true);
    try {
      const order = await api('POST', '/api/payments/complete', { imp_uid: impUid, merchant_uid: merchantUid });
      state.cart = [];
      saveCart();
      state.result = { merchantUid, kind: 'paid', order };
      renderResult();
      toast('결제가 완료되었습니다.', false, 'info');
    } catch (error) {
      state.result = { merchantUid, kind: 'failed', message: error.message };
      renderResult();
      toast(error.message);
    }
  }

  // ---------------------------------------------------------------- /payment/complete

  // The hand-written parser of the redirect mistake: '+' stays a '+'.
  function queryByHand(search) {
    const out = {};
    search.replace(/^\?/, '').split('&').filter(Boolean).forEach((pair) => {
      const [key, value = ''] = pair.split('=');
      out[decodeURIComponent(key)] = decodeURIComponent(value);
    });
    return out;
  }

  function viewComplete() {
    const query = new URLSearchParams(location.search);
    if (query.has('imp_uid') || query.has('imp_success') || query.has('error_msg')) {
      const back = mistake('redirect-plus-in-message') ? queryByHand(location.search) : Object.fromEntries(query);
      const merchantUid = back.merchant_uid;
      if (back.error_msg || back.error_code || back.imp_success === 'false') {
        failed(merchantUid, back.error_msg, mistake('redirect-error-innerhtml'));
      } else {
        confirmPayment(back.imp_uid, merchantUid);
      }
      return;
    }
    const merchantUid = query.get('order');
    if (state.result && state.result.merchantUid === merchantUid) {
      renderResult();
      return;
    }
    // A reload: what the server knows of the order.
    app.innerHTML = '<section id="result-panel" data-state="loading"><p>주문을 불러오는 중입니다…</p></section>';
    api('GET', `/api/my/orders/${encodeURIComponent(merchantUid || '')}`)
      .then((order) => {
        state.result = order.status === 'paid'
          ? { merchantUid, kind: 'paid', order }
          : { merchantUid, kind: 'other', order };
        renderResult();
      })
      .catch((error) => {
        if (error.status === 401) {
          askLogin('buyer', viewComplete);
        } else {
          state.result = { merchantUid, kind: 'failed', message: error.message };
          renderResult();
        }
      });
  }

  function renderResult() {
    const result = state.result || { kind: 'other', order: null };
    if (location.pathname !== '/payment/complete') {
      return;
    }
    if (result.kind === 'checking') {
      app.innerHTML = '<section id="result-panel" data-state="checking"><h1>결제 확인</h1><p>결제 내역을 확인하고 있습니다…</p></section>';
    } else if (result.kind === 'paid') {
      const o = result.order;
      app.innerHTML = `
        <section id="result-panel" data-state="paid">
          <h1>주문이 완료되었습니다</h1>
          <p>주문번호 <span id="order-number">${esc(o.merchant_uid)}</span></p>
          <p>${esc(o.title)} · ${won(o.amount)}</p>
          <p><a href="/orders" data-link>주문 내역 보기</a></p>
        </section>`;
    } else if (result.kind === 'failed') {
      app.innerHTML = `
        <section id="result-panel" data-state="failed">
          <h1>결제 결과</h1>
          <p class="result-message"></p>
          <p><a href="/cart" data-link>장바구니로 돌아가기</a></p>
        </section>`;
      say(app.querySelector('.result-message'), result.message, result.asHtml);
    } else {
      const o = result.order;
      app.innerHTML = `
        <section id="result-panel" data-state="${o ? esc(o.status) : 'unknown'}">
          <h1>주문 상태</h1>
          <p>${o ? `${esc(o.title)} · ${esc(o.status_label)}` : '주문을 찾을 수 없습니다.'}</p>
        </section>`;
    }
  }

  // ---------------------------------------------------------------- buyer's orders

  function viewOrders() {
    if (!state.me.buyer) {
      app.innerHTML = '<section id="orders-locked"><h1>주문 내역</h1><p class="muted">로그인하면 주문 내역을 볼 수 있습니다.</p></section>';
      askLogin('buyer', viewOrders);
      return;
    }
    app.innerHTML = '<section id="orders-view"><h1>주문 내역</h1><div id="orders-list"><p class="muted">불러오는 중…</p></div></section>';
    const refresh = () =>
      api('GET', '/api/my/orders')
        .then((orders) => {
          state.orders = orders;
          renderOrders();
        })
        .catch(() => {});
    refresh();
    every(REFRESH_MS, refresh);
  }

  function renderOrders() {
    const list = document.getElementById('orders-list');
    if (!list) {
      return;
    }
    if (!state.orders.length) {
      list.innerHTML = '<p class="muted">주문 내역이 없습니다.</p>';
      return;
    }
    list.innerHTML = `
      <table>
        <thead><tr><th>주문번호</th><th>상품</th><th>금액</th><th>상태</th><th></th></tr></thead>
        <tbody>
          ${state.orders.map((o) => `
            <tr data-uid="${esc(o.merchant_uid)}">
              <td>${esc(o.merchant_uid)}</td>
              <td>${esc(o.title)}</td>
              <td>${won(o.amount)}</td>
              <td><span class="status" data-status="${esc(o.status)}">${esc(o.status_label)}</span></td>
              <td>${o.status === 'paid' ? `<button type="button" class="cancel-order" data-uid="${esc(o.merchant_uid)}">주문 취소</button>` : ''}</td>
            </tr>`).join('')}
        </tbody>
      </table>`;
  }

  app.addEventListener('click', async (event) => {
    const button = event.target.closest('button.cancel-order');
    if (!button) {
      return;
    }
    const merchantUid = button.dataset.uid;
    if (!confirm('주문을 취소하시겠습니까?')) {
      return;
    }
    try {
      const order = await api('POST', `/api/my/orders/${encodeURIComponent(merchantUid)}/cancel`, {});
      state.orders = state.orders.map((o) => (o.merchant_uid === merchantUid ? order : o));
      renderOrders();
      toast('주문이 취소되었습니다.', false, 'info');
    } catch (error) {
      toast(`주문 취소에 실패했습니다. ${error.message}`);
    }
  });

  // ---------------------------------------------------------------- back office

  function viewAdmin() {
    if (!state.me.admin) {
      app.innerHTML = '<section id="admin-locked"><h1>관리</h1><p class="muted">관리자만 볼 수 있습니다.</p></section>';
      askLogin('admin', viewAdmin);
      return;
    }
    app.innerHTML = '<section id="admin-view"><h1>주문 관리</h1><div id="admin-orders"><p class="muted">불러오는 중…</p></div></section>';
    const refresh = () =>
      api('GET', '/api/admin/orders')
        .then((orders) => {
          state.adminOrders = orders;
          renderAdmin();
        })
        .catch(() => {});
    refresh();
    every(REFRESH_MS, refresh);
  }

  const REASONS = ['고객 변심', '상품 품절', '배송 지연', '결제 오류'];

  function draft(merchantUid) {
    if (!state.drafts[merchantUid]) {
      state.drafts[merchantUid] = { reason: REASONS[0], amount: '' };
    }
    return state.drafts[merchantUid];
  }

  function renderAdmin() {
    const box = document.getElementById('admin-orders');
    if (!box) {
      return;
    }
    // Whatever field has focus keeps its place: the table is rebuilt, the drafts are not.
    const focused = document.activeElement && document.activeElement.closest('tr[data-uid]')
      ? [document.activeElement.closest('tr[data-uid]').dataset.uid, document.activeElement.className]
      : null;
    box.innerHTML = `
      <table>
        <thead><tr><th>주문번호</th><th>구매자</th><th>상품</th><th>결제</th><th>취소됨</th><th>상태</th><th>취소</th></tr></thead>
        <tbody>
          ${state.adminOrders.map((o) => {
            const d = draft(o.merchant_uid);
            const open = o.status === 'paid' || o.status === 'partial';
            return `
              <tr data-uid="${esc(o.merchant_uid)}">
                <td>${esc(o.merchant_uid)}</td>
                <td>${esc(o.buyer)}</td>
                <td>${esc(o.title)}</td>
                <td>${won(o.amount)}</td>
                <td>${won(o.cancelled)}</td>
                <td><span class="status" data-status="${esc(o.status)}">${esc(o.status_label)}</span></td>
                <td>${open ? `
                  <select class="reason">${REASONS.map((r) => `<option${r === d.reason ? ' selected' : ''}>${r}</option>`).join('')}</select>
                  <button type="button" class="full-cancel">전체 취소</button>
                  <input class="partial-amount" inputmode="numeric" placeholder="금액" size="7" value="${esc(d.amount)}">
                  <button type="button" class="partial-cancel">부분 취소</button>` : ''}</td>
              </tr>`;
          }).join('')}
        </tbody>
      </table>`;
    if (focused) {
      const row = box.querySelector(`tr[data-uid="${CSS.escape(focused[0])}"]`);
      const field = row && focused[1] ? row.querySelector('.' + focused[1].split(' ')[0]) : null;
      if (field) {
        field.focus();
        if (field.setSelectionRange && field.value) {
          field.setSelectionRange(field.value.length, field.value.length);
        }
      }
    }
  }

  app.addEventListener('input', (event) => {
    const row = event.target.closest('#admin-orders tr[data-uid]');
    if (row && event.target.classList.contains('partial-amount')) {
      draft(row.dataset.uid).amount = event.target.value;
    }
  });

  app.addEventListener('change', (event) => {
    const row = event.target.closest('#admin-orders tr[data-uid]');
    if (row && event.target.classList.contains('reason')) {
      draft(row.dataset.uid).reason = event.target.value;
    }
  });

  app.addEventListener('click', async (event) => {
    const button = event.target.closest('#admin-orders button');
    if (!button) {
      return;
    }
    const merchantUid = button.closest('tr[data-uid]').dataset.uid;
    const d = draft(merchantUid);
    const body = { reason: d.reason };
    if (button.classList.contains('partial-cancel')) {
      if (!d.amount.trim()) {
        toast('부분 취소할 금액을 적어주세요.');
        return;
      }
      body.amount = d.amount.trim();
    }
    try {
      const order = await api('POST', `/api/admin/orders/${encodeURIComponent(merchantUid)}/cancel`, body);
      delete state.drafts[merchantUid];
      state.adminOrders = state.adminOrders.map((o) => (o.merchant_uid === merchantUid ? { ...o, ...order } : o));
      renderAdmin();
      toast(body.amount ? `${won(body.amount)} 환불되었습니다.` : '주문이 취소되었습니다.', false, 'info');
    } catch (error) {
      if (error.status === 401) {
        askLogin('admin', viewAdmin);
      } else {
        toast(`취소에 실패했습니다. ${error.message}`);
      }
    }
  });

  // ---------------------------------------------------------------- start

  Promise.all([api('GET', '/api/products'), api('GET', '/api/me')])
    .then(([products, me]) => {
      state.products = products;
      state.me = me;
      saveCart();
      route();
    })
    .catch(() => {
      app.innerHTML = '<p>상점을 불러오지 못했습니다. 새로고침해주세요.</p>';
    });
})();
