// 빈클럽 공용 UI 도구: DOM, 대화상자, 토스트, API 호출
export const config = window.BEANCLUB ?? { quirks: [] };
export const quirk = (name) => config.quirks.includes(name);

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** 템플릿 리터럴에 데이터를 넣을 때 반드시 사용 */
export const esc = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ESC[c]);

export const won = (n) => `${Number(n).toLocaleString('ko-KR')}원`;

export const dateTime = (unixSeconds) =>
  unixSeconds ? new Date(unixSeconds * 1000).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul' }) : '-';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------ API

export class ApiError extends Error {
  constructor(message, status, data) {
    super(message);
    this.status = status;
    this.data = data;
  }
}

export async function api(path, { method = 'GET', body } = {}) {
  const res = await fetch(path, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(data.message ?? `요청에 실패했습니다. (${res.status})`, res.status, data);
  return data;
}

// ------------------------------------------------------------------ 알림 대화상자 (<dialog>)

const alertDialog = () => $('#alert-dialog');

export function setAlertText(text) {
  const msg = $('.dialog-msg', alertDialog());
  if (quirk('error-msg-innerhtml')) {
    msg.innerHTML = text; // error-msg-innerhtml: 줄바꿈 살리려고 innerHTML 사용
  } else {
    msg.textContent = text;
  }
}

/** 메시지를 모달로 보여주고, 닫히면 resolve */
export function showAlert(text) {
  const dialog = alertDialog();
  setAlertText(text);
  if (!dialog.open) dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(), { once: true }));
}

/** 확인/취소 모달. 확인이면 true */
export function ask(text) {
  const dialog = $('#confirm-dialog');
  $('.dialog-msg', dialog).textContent = text;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) =>
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true }),
  );
}

export function initDialogs() {
  // 닫힌 대화상자에 지난 메시지가 남지 않게
  alertDialog().addEventListener('close', () => {
    $('.dialog-msg', alertDialog()).textContent = '';
  });
}

// ------------------------------------------------------------------ 토스트

export function toast(text, kind = 'info', ms = 3000) {
  const el = document.createElement('div');
  el.className = `toast toast-${kind}`;
  el.setAttribute('role', 'status');
  el.textContent = text;
  $('#toasts').append(el);
  setTimeout(() => el.remove(), ms);
  return el;
}
