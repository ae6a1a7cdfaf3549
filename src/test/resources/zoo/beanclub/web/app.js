// 빈클럽 커피 SPA: 해시 라우터와 화면들
import { $, $$, api, ask, config, dateTime, esc, initDialogs, quirk, showAlert, toast, won } from './ui.js';
import { payOrder, subscribe } from './checkout.js';

const STATUS = {
  ready: '결제대기',
  paid: '결제완료',
  checking: '결제 확인중',
  failed: '결제실패',
  refused: '결제취소(금액 불일치)',
  cancelled: '취소완료',
  pending: '등록 대기',
  active: '이용중',
  past_due: '결제 실패',
  scheduled: '결제 예정',
  revoked: '예약 취소',
};
const SUB_STATUS = { ...STATUS, cancelled: '해지됨' };
const badge = (status, id = '', labels = STATUS) =>
  `<span class="badge" ${id ? `id="${id}"` : ''} data-status="${esc(status)}">${esc(labels[status] ?? status)}</span>`;

let productsCache;
const products = async () => (productsCache ??= await api('/api/products'));

// ------------------------------------------------------------------ 라우터

const routes = [
  [/^\/$/, home],
  [/^\/cart$/, cart],
  [/^\/orders$/, orders],
  [/^\/orders\/([^/]+)$/, orderDetail],
  [/^\/subscribe$/, subscribePage],
  [/^\/subscription\/([^/]+)$/, subscription],
  [/^\/admin$/, admin],
];

let renderId = 0;

function currentRoute() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, qs = ''] = raw.split('?');
  return { path, query: new URLSearchParams(qs) };
}

async function render() {
  const id = ++renderId;
  const { path, query } = currentRoute();
  const view = $('#view');
  $$('[data-nav]').forEach((a) => a.classList.toggle('active', a.dataset.nav === path));
  const ctx = { view, query, isCurrent: () => id === renderId, rerender: render };
  for (const [pattern, handler] of routes) {
    const m = path.match(pattern);
    if (!m) continue;
    view.innerHTML = '<p class="empty">불러오는 중…</p>';
    try {
      await handler(ctx, ...m.slice(1).map(decodeURIComponent));
    } catch (e) {
      if (ctx.isCurrent()) view.innerHTML = `<p class="notice error">${esc(e.message)}</p>`;
    }
    return;
  }
  view.innerHTML = '<p class="empty">페이지를 찾을 수 없습니다. <a href="#/">처음으로</a></p>';
}

// ------------------------------------------------------------------ 원두 목록

async function home({ view, isCurrent }) {
  const list = await products();
  if (!isCurrent()) return;
  view.innerHTML = `
    <h1>이번 주 로스팅 원두</h1>
    <div class="grid">
      ${list
        .map(
          (p) => `
        <div class="card" data-product="${esc(p.id)}">
          <h3>${esc(p.name)}</h3>
          <div class="note">${esc(p.origin)} · ${esc(p.note)}</div>
          <div class="price">${won(p.price)}</div>
          <label>수량 <input type="number" min="0" max="99" value="0" data-qty="${esc(p.id)}"></label>
        </div>`,
        )
        .join('')}
    </div>
    <p class="pay-row"><button class="btn primary" id="to-cart">장바구니 보기</button></p>`;
  $('#to-cart', view).addEventListener('click', () => {
    const items = $$('[data-qty]', view)
      .map((input) => [input.dataset.qty, parseInt(input.value, 10) || 0])
      .filter(([, n]) => n > 0)
      .map(([id, n]) => `${id}:${n}`)
      .join(',');
    if (!items) {
      showAlert('담을 원두의 수량을 선택해주세요.');
      return;
    }
    location.hash = `#/cart?items=${encodeURIComponent(items)}`;
  });
}

// ------------------------------------------------------------------ 장바구니 / 결제

function parseItems(text, list) {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [id, n] = s.split(':');
      const product = list.find((p) => p.id === id);
      return product ? { product, count: Math.max(1, parseInt(n, 10) || 1) } : null;
    })
    .filter(Boolean);
}

async function cart({ view, query, isCurrent, rerender }) {
  const lines = parseItems(query.get('items'), await products());
  if (!isCurrent()) return;
  if (!lines.length) {
    view.innerHTML = '<h1>장바구니</h1><p class="empty">장바구니가 비어 있습니다. <a href="#/">원두 보러 가기</a></p>';
    return;
  }
  const total = lines.reduce((sum, l) => sum + l.product.price * l.count, 0);
  // min-amount-unchecked: 최소 금액 확인을 빼먹음 (버튼 활성, 안내 없음)
  const underMin = !quirk('min-amount-unchecked') && total < config.minAmount;

  view.innerHTML = `
    <h1>장바구니</h1>
    <table>
      <thead><tr><th>상품</th><th class="num">가격</th><th class="num">수량</th><th class="num">금액</th></tr></thead>
      <tbody>
        ${lines
          .map(
            (l) => `<tr data-item="${esc(l.product.id)}">
              <td>${esc(l.product.name)}</td><td class="num">${won(l.product.price)}</td>
              <td class="num">${l.count}</td><td class="num">${won(l.product.price * l.count)}</td></tr>`,
          )
          .join('')}
      </tbody>
    </table>
    <p class="total">결제 금액 <span id="cart-total">${won(total)}</span></p>
    <div class="pay-row">
      ${underMin ? `<span class="min-notice" id="min-notice">최소 결제 금액은 ${won(config.minAmount)}입니다</span>` : ''}
      <button id="npay-btn" class="npay" ${underMin ? 'disabled' : ''}>N pay 네이버페이 결제</button>
    </div>`;

  const button = $('#npay-btn', view);
  const route = location.hash;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await payOrder(
        lines.map((l) => ({ id: l.product.id, count: l.count })),
        { stillHere: () => location.hash === route },
      );
    } catch (e) {
      showAlert(e.message);
    } finally {
      if (button.isConnected && location.hash === route) rerender(); // 버튼 상태 초기화
    }
  });
}

// ------------------------------------------------------------------ 주문내역 (구매자)

function orderRows(list, action) {
  if (!list.length) return '<p class="empty">주문 내역이 없습니다.</p>';
  return `
    <table>
      <thead><tr><th>주문번호</th><th>상품</th><th class="num">금액</th><th>상태</th><th></th></tr></thead>
      <tbody>
      ${list
        .map(
          (o) => `<tr data-merchant-uid="${esc(o.merchant_uid)}">
            <td><a href="#/orders/${encodeURIComponent(o.merchant_uid)}">${esc(o.merchant_uid)}</a></td>
            <td>${esc(o.lines[0].name)}${o.lines.length > 1 ? ` 외 ${o.lines.length - 1}건` : ''}</td>
            <td class="num">${won(o.amount)}</td>
            <td>${badge(o.status)}</td>
            <td>${o.status === 'paid' ? action(o) : ''}</td>
          </tr>`,
        )
        .join('')}
      </tbody>
    </table>`;
}

async function cancelFlow(merchantUid, url, question, rerender) {
  if (!(await ask(question))) return;
  try {
    await api(url, { method: 'POST' });
    toast('주문이 취소되었습니다.');
  } catch (e) {
    showAlert(e.message);
  }
  rerender();
}

async function orders({ view, isCurrent, rerender }) {
  // 결제창까지 가지 않은(결제대기) 주문은 구매자에게 보이지 않음
  const list = (await api('/api/orders')).filter((o) => o.status !== 'ready');
  if (!isCurrent()) return;
  view.innerHTML = `<h1>주문내역</h1>${orderRows(
    list,
    (o) => `<button class="btn danger cancel-order" data-id="${esc(o.merchant_uid)}">주문취소</button>`,
  )}`;
  $$('.cancel-order', view).forEach((b) =>
    b.addEventListener('click', () =>
      cancelFlow(
        b.dataset.id,
        `/api/orders/${encodeURIComponent(b.dataset.id)}/cancel`,
        '주문을 취소하시겠습니까?\n결제하신 금액은 네이버페이로 환불됩니다.',
        rerender,
      ),
    ),
  );
}

async function orderDetail({ view, isCurrent }, merchantUid) {
  const o = await api(`/api/orders/${encodeURIComponent(merchantUid)}`);
  if (!isCurrent()) return;
  view.innerHTML = `
    <h1>주문 상세</h1>
    <p>주문번호 <strong>${esc(o.merchant_uid)}</strong> ${badge(o.status, 'order-status')}</p>
    ${o.note ? `<p class="notice">${esc(o.note)}</p>` : ''}
    <table>
      <thead><tr><th>상품</th><th class="num">수량</th><th class="num">금액</th></tr></thead>
      <tbody>${o.lines
        .map((l) => `<tr><td>${esc(l.name)}</td><td class="num">${l.count}</td><td class="num">${won(l.price * l.count)}</td></tr>`)
        .join('')}</tbody>
    </table>
    <p class="total">합계 ${won(o.amount)}</p>
    <p><a href="#/orders">주문내역으로</a></p>`;
}

// ------------------------------------------------------------------ 관리자

async function admin({ view, isCurrent, rerender }) {
  const list = await api('/api/admin/orders');
  if (!isCurrent()) return;
  view.innerHTML = `<h1>관리자 · 주문 관리</h1>${orderRows(
    list,
    (o) => `<button class="btn danger admin-cancel" data-id="${esc(o.merchant_uid)}">전체취소</button>`,
  )}`;
  $$('.admin-cancel', view).forEach((b) =>
    b.addEventListener('click', () =>
      cancelFlow(
        b.dataset.id,
        `/api/admin/orders/${encodeURIComponent(b.dataset.id)}/cancel`,
        `${b.dataset.id} 주문을 전체취소할까요?`,
        rerender,
      ),
    ),
  );
}

// ------------------------------------------------------------------ 정기구독

async function subscribePage({ view }) {
  const { plan } = config;
  view.innerHTML = `
    <h1>${esc(plan.name)}</h1>
    <p>매달 갓 볶은 원두 200g 두 봉을 보내드립니다. 월 <strong>${won(plan.price)}</strong>, 언제든 해지할 수 있습니다.</p>
    <form class="form" id="subscribe-form" novalidate>
      <label>이름 <input name="name" id="sub-name" autocomplete="name" required></label>
      <label>이메일 <input name="email" id="sub-email" type="email" autocomplete="email" required></label>
      <label>휴대폰 번호 <input name="phone" id="sub-phone" type="tel" placeholder="010-0000-0000" autocomplete="tel" required></label>
      <button type="submit" class="npay" id="subscribe-btn">네이버페이로 구독하기</button>
    </form>`;
  const form = $('#subscribe-form', view);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    if (!data.name.trim() || !data.email.trim() || !data.phone.trim()) {
      showAlert('이름, 이메일, 휴대폰 번호를 모두 입력해주세요.');
      return;
    }
    const button = $('#subscribe-btn', form);
    button.disabled = true;
    try {
      await subscribe(data);
    } catch (e) {
      showAlert(e.message);
    } finally {
      button.disabled = false;
    }
  });
}

async function subscription({ view, isCurrent, rerender }, customerUid) {
  const s = await api(`/api/subscriptions/${encodeURIComponent(customerUid)}`);
  if (!isCurrent()) return;
  const canCancel = s.status === 'active' || s.status === 'past_due';
  view.innerHTML = `
    <h1>내 구독</h1>
    <p>${esc(s.plan_name)} · 월 ${won(s.amount)} ${badge(s.status, 'sub-status', SUB_STATUS)}</p>
    ${s.note ? `<p class="notice ${s.status === 'past_due' ? 'error' : ''}" id="sub-note">${esc(s.note)}</p>` : ''}
    <h2>결제 내역</h2>
    <table id="charges">
      <thead><tr><th>주문번호</th><th>일시</th><th class="num">금액</th><th>상태</th><th>사유</th></tr></thead>
      <tbody>${s.charges
        .map(
          (c) => `<tr data-merchant-uid="${esc(c.merchant_uid)}" data-status="${esc(c.status)}">
            <td>${esc(c.merchant_uid)}</td><td>${dateTime(c.at)}</td><td class="num">${won(c.amount)}</td>
            <td>${badge(c.status)}</td><td class="fail-reason">${esc(c.fail_reason ?? '')}</td></tr>`,
        )
        .join('')}</tbody>
    </table>
    ${canCancel ? '<p class="pay-row"><button class="btn danger" id="unsubscribe-btn">구독 해지</button></p>' : ''}`;
  $('#unsubscribe-btn', view)?.addEventListener('click', async () => {
    if (!(await ask('구독을 해지하시겠습니까?\n예약된 다음 달 결제도 함께 취소됩니다.'))) return;
    try {
      await api(`/api/subscriptions/${encodeURIComponent(customerUid)}/cancel`, { method: 'POST' });
      toast('구독이 해지되었습니다.');
    } catch (e) {
      showAlert(e.message);
    }
    rerender();
  });
}

// ------------------------------------------------------------------ 시작

initDialogs();
window.addEventListener('hashchange', render);
render();
