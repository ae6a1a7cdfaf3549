#!/usr/bin/env node
/*
 * Drives the official i'mport Node client (iamport-rest-client-nodejs, pinned in package.json)
 * against a running simulator, through the client's public API only, and prints one JSON line per
 * check: {"name", "ok", "details"}. Exits 1 when any check fails, 2 on bad arguments.
 *
 *   node official-client.js <baseUrl> --imp-uid=<paid naverpay imp_uid>
 *        --customer-uid=<billing key> --second-customer-uid=<another billing key>
 *        [--imp-key=preflight_key] [--imp-secret=preflight_secret]
 *        [--schedule-at=<unix s in the simulator's future>] [--run-id=<suffix for merchant_uids>]
 *
 * The payment and the billing keys must exist beforehand (OfficialNodeClientTest seeds them through
 * /__sim/payments and /__sim/billing-keys): the client itself cannot create either. Both billing
 * keys are deleted by the run.
 */
'use strict';

const { Iamport, Request } = require('iamport-rest-client-nodejs');

const { Authenticate, Payments, NaverPay, Prepare, Subscribe, Customers } = Request;

const PAYMENT_NOT_FOUND = '존재하지 않는 결제정보입니다.';

function parseArgs(argv) {
  const baseUrl = argv[2];
  const options = {};
  for (const arg of argv.slice(3)) {
    const match = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (!match) {
      usage(`unrecognised argument: ${arg}`);
    }
    options[match[1]] = match[2];
  }
  if (!baseUrl || !/^https?:\/\//.test(baseUrl)) {
    usage('the first argument must be the simulator base URL, e.g. http://127.0.0.1:8080');
  }
  for (const required of ['imp-uid', 'customer-uid', 'second-customer-uid']) {
    if (!options[required]) {
      usage(`--${required} is required`);
    }
  }
  return {
    // The client appends paths such as "/payments/…" itself, so a trailing slash would double up.
    baseUrl: baseUrl.replace(/\/+$/, ''),
    impKey: options['imp-key'] || 'preflight_key',
    impSecret: options['imp-secret'] || 'preflight_secret',
    impUid: options['imp-uid'],
    customerUid: options['customer-uid'],
    secondCustomerUid: options['second-customer-uid'],
    scheduleAt: Number(options['schedule-at'] || Math.floor(Date.now() / 1000) + 3600),
    runId: options['run-id'] || String(Date.now()),
  };
}

function usage(problem) {
  process.stderr.write(`${problem}\nusage: node official-client.js <baseUrl> --imp-uid=… ` +
    '--customer-uid=… --second-customer-uid=… [--imp-key=…] [--imp-secret=…] [--schedule-at=…] ' +
    '[--run-id=…]\n');
  process.exit(2);
}

/** Thrown by a check body to fail with details, without a stack trace in the output. */
class CheckFailed extends Error {
  constructor(message, details) {
    super(message);
    this.details = details;
  }
}

function expect(condition, message, details) {
  if (!condition) {
    throw new CheckFailed(message, details);
  }
}

/**
 * What a rejection carried. The client rejects with an axios error for non-2xx statuses and with
 * a bare {response: {data}} when HTTP was 2xx but the envelope's code was not 0, so read both.
 */
function describeError(error) {
  if (error instanceof CheckFailed) {
    return { failure: error.message, details: error.details };
  }
  if (error && error.response) {
    return { http_status: error.response.status, body: error.response.data };
  }
  return { error: error && error.message ? error.message : String(error) };
}

/** Asserts that a promise rejects; returns what the rejection carried. */
async function rejection(promise) {
  try {
    const result = await promise;
    throw new CheckFailed('expected a rejection, got a success', result.data);
  } catch (error) {
    if (error instanceof CheckFailed) {
      throw error;
    }
    expect(error && error.response, 'rejected without an HTTP response', describeError(error));
    // A 2xx answer whose code is not 0 rejects without a status: the client keeps only the body.
    const status = error.response.status === undefined ? 'HTTP 2xx' : error.response.status;
    return { status, data: error.response.data };
  }
}

const results = [];

async function check(name, body) {
  let line;
  try {
    const details = await body();
    line = { name, ok: true, details: details === undefined ? null : details };
  } catch (error) {
    line = { name, ok: false, details: describeError(error) };
  }
  results.push(line);
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function main() {
  const args = parseArgs(process.argv);
  const iamport = new Iamport({
    apiKey: args.impKey,
    apiSecret: args.impSecret,
    // The client's own option: without it every call goes to the real gateway.
    baseUrl: args.baseUrl,
  });
  // A stuck simulator should fail a check, not hang the run until the Java test kills it.
  iamport.getApiInstance().defaults.timeout = 10000;

  const prepareUid = `node_prepare_${args.runId}`;
  const againUid = `node_again_${args.runId}`;
  const scheduleUid = `node_schedule_${args.runId}`;
  let payment = null;

  await check('authenticate.getToken', async () => {
    const { data } = await Authenticate.getToken({
      imp_key: args.impKey,
      imp_secret: args.impSecret,
    }).request(iamport);
    const token = data.response;
    expect(/^[0-9a-f]{40}$/.test(token.access_token), 'access_token is not 40 hex chars', token);
    expect(token.expired_at instanceof Date && token.now instanceof Date,
      'now/expired_at did not convert to dates', token);
    return { expires_in: (token.expired_at - token.now) / 1000 };
  });

  // Every other request gets its token this way: getToken on first use, then "Bearer <token>".
  await check('iamport.getHeaders', async () => {
    const headers = await iamport.getHeaders();
    expect(/^Bearer [0-9a-f]{40}$/.test(headers.Authorization),
      'Authorization is not "Bearer <token>"', headers);
    return { user_agent: headers['User-Agent'] };
  });

  await check('payments.getByImpUid', async () => {
    const { data } = await Payments.getByImpUid({ imp_uid: args.impUid }).request(iamport);
    payment = data.response;
    expect(payment.imp_uid === args.impUid, 'wrong imp_uid', payment);
    expect(payment.status === 'paid', 'the seeded payment is not paid', payment);
    expect(typeof payment.amount === 'number' && payment.amount > 0, 'amount is not a number', payment);
    expect(payment.paid_at instanceof Date, 'paid_at did not convert to a date', payment);
    return { merchant_uid: payment.merchant_uid, amount: payment.amount, status: payment.status };
  });

  await check('payments.getByImpUid.unknown', async () => {
    const { status, data } = await rejection(
      Payments.getByImpUid({ imp_uid: 'imp_000000000000' }).request(iamport));
    expect(status === 404, 'expected HTTP 404', { status, data });
    expect(data.message === PAYMENT_NOT_FOUND, `expected message ${PAYMENT_NOT_FOUND}`, data);
    expect(data.code !== 0 && data.response === null, 'expected a failure envelope', data);
    return { status, code: data.code, message: data.message };
  });

  await check('payments.getByImpUids.partial', async () => {
    const unknown = 'imp_000000000001';
    const { status, data } = await Payments.getByImpUids({ imp_uid: [args.impUid, unknown] })
      .request(iamport);
    expect(status === 207, 'expected HTTP 207 for one found and one missing', { status, data });
    expect(data.response.length === 1 && data.response[0].imp_uid === args.impUid,
      'the list should hold only the payment found', data);
    // The client works out which ids failed from the 207 itself.
    expect(Array.isArray(data.failed) && data.failed.length === 1 && data.failed[0] === unknown,
      'the client did not attach the failed imp_uid', data);
    return { status, found: data.response.length, failed: data.failed };
  });

  await check('payments.getByMerchantUid', async () => {
    expect(payment, 'needs payments.getByImpUid');
    const { data } = await Payments.getByMerchantUid({
      merchant_uid: payment.merchant_uid,
      status: 'paid',
      sorting: '-started',
    }).request(iamport);
    expect(data.response.imp_uid === args.impUid, 'found another payment', data.response);
    return { imp_uid: data.response.imp_uid };
  });

  await check('payments.getByMerchantUids', async () => {
    expect(payment, 'needs payments.getByImpUid');
    const { data } = await Payments.getByMerchantUids({
      merchant_uid: payment.merchant_uid,
      status: 'all',
    }).request(iamport);
    const page = data.response;
    expect(page.total === 1 && page.next === 0 && page.list[0].imp_uid === args.impUid,
      'wrong page', page);
    return { total: page.total, previous: page.previous, next: page.next };
  });

  await check('payments.getByStatus', async () => {
    const { data } = await Payments.getByStatus({ status: 'paid', limit: 100 }).request(iamport);
    expect(data.response.list.some((p) => p.imp_uid === args.impUid),
      'the paid payment is not listed', data.response);
    return { total: data.response.total };
  });

  await check('naverpay.getCashAmount', async () => {
    const { data } = await NaverPay.getCashAmount({ imp_uid: args.impUid }).request(iamport);
    const cash = data.response;
    expect(typeof cash.amount_total === 'number' && cash.amount_total === payment.amount,
      'amount_total should be the paid amount', cash);
    expect(cash.amount_supply + cash.amount_vat === cash.amount_total, 'supply + vat != total', cash);
    return cash;
  });

  await check('payments.cancel.partial', async () => {
    expect(payment, 'needs payments.getByImpUid');
    const balance = payment.amount - payment.cancel_amount;
    const amount = Math.min(1000, balance - 1);
    expect(amount > 0, 'the seeded amount leaves nothing to cancel partially', payment);
    const { data } = await Payments.cancel({
      imp_uid: args.impUid,
      amount,
      checksum: balance,
      reason: '고객 요청 부분취소',
      extra: { requester: 'customer' },
    }).request(iamport);
    const after = data.response;
    expect(after.status === 'paid', 'a partial cancel should leave the payment paid', after);
    expect(after.cancel_amount === payment.cancel_amount + amount, 'wrong cancel_amount', after);
    expect(Array.isArray(after.cancel_history) && after.cancel_history.length >= 1,
      'no cancel_history entry', after);
    const last = after.cancel_history[after.cancel_history.length - 1];
    expect(last.amount === amount && last.reason === '고객 요청 부분취소', 'wrong cancel_history entry', last);
    payment = after;
    return { cancelled: amount, cancel_amount: after.cancel_amount, status: after.status };
  });

  await check('payments.cancel.staleChecksum', async () => {
    expect(payment, 'needs payments.getByImpUid');
    const stale = payment.amount; // the balance before the partial cancel above
    const { status, data } = await rejection(Payments.cancel({
      imp_uid: args.impUid,
      amount: 1,
      checksum: stale,
      reason: 'stale checksum',
    }).request(iamport));
    expect(status === 'HTTP 2xx' && data.code !== 0, 'expected HTTP 200 with code != 0',
      { status, data });
    return { status, code: data.code, message: data.message };
  });

  await check('prepare.postAmount', async () => {
    const { data } = await Prepare.postAmount({ merchant_uid: prepareUid, amount: 12300 })
      .request(iamport);
    expect(data.response.merchant_uid === prepareUid && data.response.amount === 12300,
      'wrong prepare echo', data.response);
    return data.response;
  });

  await check('prepare.getAmount', async () => {
    const { data } = await Prepare.getAmount({ merchant_uid: prepareUid }).request(iamport);
    expect(data.response.merchant_uid === prepareUid && data.response.amount === 12300,
      'wrong prepared amount', data.response);
    return data.response;
  });

  await check('subscribe.again', async () => {
    const { data } = await Subscribe.again({
      customer_uid: args.customerUid,
      merchant_uid: againUid,
      amount: 4900,
      name: '정기결제 테스트',
      buyer_tel: '010-1234-5678',
      extra: { naverUseCfm: '20300101' },
    }).request(iamport);
    const charged = data.response;
    expect(charged.status === 'paid', 'the charge is not paid', charged);
    expect(charged.merchant_uid === againUid && charged.amount === 4900, 'wrong charge', charged);
    expect(charged.customer_uid === args.customerUid, 'wrong customer_uid', charged);
    return {
      imp_uid: charged.imp_uid,
      channel: charged.channel,
      customer_uid_usage: charged.customer_uid_usage,
    };
  });

  await check('subscribe.schedule', async () => {
    const { data } = await Subscribe.schedule({
      customer_uid: args.customerUid,
      schedules: [{
        merchant_uid: scheduleUid,
        schedule_at: args.scheduleAt,
        amount: 4900,
        name: '정기결제 예약',
      }],
    }).request(iamport);
    expect(data.response.length === 1, 'expected one schedule', data.response);
    const booked = data.response[0];
    expect(booked.merchant_uid === scheduleUid && booked.schedule_status === 'scheduled',
      'wrong schedule', booked);
    expect(booked.schedule_at instanceof Date && booked.schedule_at.getTime() === args.scheduleAt * 1000,
      'wrong schedule_at', booked);
    return { merchant_uid: booked.merchant_uid, schedule_status: booked.schedule_status };
  });

  await check('subscribe.getScheduled', async () => {
    const { data } = await Subscribe.getScheduled({ merchant_uid: scheduleUid }).request(iamport);
    expect(data.response.merchant_uid === scheduleUid && data.response.schedule_status === 'scheduled',
      'wrong schedule', data.response);
    return { customer_uid: data.response.customer_uid, amount: data.response.amount };
  });

  await check('subscribe.getScheduleds', async () => {
    const { data } = await Subscribe.getScheduleds({
      customer_uid: args.customerUid,
      from: args.scheduleAt - 60,
      to: args.scheduleAt + 60,
    }).request(iamport);
    const list = data.response.list;
    expect(list.some((s) => s.merchant_uid === scheduleUid), 'the schedule is not listed', data.response);
    return { total: data.response.total, next: data.response.next };
  });

  await check('customers.getScheduleds', async () => {
    const { data } = await Customers.getScheduleds({
      customer_uid: args.customerUid,
      from: args.scheduleAt - 60,
      to: args.scheduleAt + 60,
    }).request(iamport);
    expect(data.response.list.some((s) => s.merchant_uid === scheduleUid),
      'the schedule is not listed', data.response);
    return { total: data.response.total };
  });

  await check('subscribe.unschedule', async () => {
    const { data } = await Subscribe.unschedule({
      customer_uid: args.customerUid,
      merchant_uid: [scheduleUid],
    }).request(iamport);
    expect(data.response.length === 1 && data.response[0].schedule_status === 'revoked',
      'the schedule was not revoked', data.response);
    expect(data.response[0].revoked_at instanceof Date, 'revoked_at is not a date', data.response[0]);
    return { merchant_uid: data.response[0].merchant_uid, schedule_status: 'revoked' };
  });

  await check('customers.getPayments', async () => {
    const { data } = await Customers.getPayments({ customer_uid: args.customerUid, page: 1 })
      .request(iamport);
    expect(data.response.list.some((p) => p.merchant_uid === againUid),
      'the billing-key charge is not listed', data.response);
    return { total: data.response.total };
  });

  await check('customers.getBillingKeys.partial', async () => {
    const unknown = `node_nobody_${args.runId}`;
    const { status, data } = await Customers.getBillingKeys({
      customer_uid: [args.customerUid, unknown],
    }).request(iamport);
    expect(status === 207, 'expected HTTP 207 for one found and one missing', { status, data });
    expect(data.response.length === 1 && data.response[0].customer_uid === args.customerUid,
      'the list should hold only the customer found', data.response);
    return { status, found: data.response.length };
  });

  await check('customers.getBillingKey', async () => {
    const { data } = await Customers.getBillingKey({ customer_uid: args.customerUid })
      .request(iamport);
    expect(data.response.customer_uid === args.customerUid, 'wrong customer', data.response);
    expect(data.response.inserted instanceof Date, 'inserted is not a date', data.response);
    return { customer_uid: data.response.customer_uid, customer_name: data.response.customer_name };
  });

  // The client's deleteBillingKey takes only customer_uid: it cannot send reason or
  // extra[requester], which Naver Pay's inspection asks for.
  await check('customers.deleteBillingKey', async () => {
    const { data } = await Customers.deleteBillingKey({ customer_uid: args.customerUid })
      .request(iamport);
    expect(data.response.customer_uid === args.customerUid, 'wrong customer deleted', data.response);
    return { customer_uid: data.response.customer_uid };
  });

  // The workaround: the request object's public `params` field becomes the query string, which
  // the client serialises in bracket form (extra[requester]=customer). The Java test confirms from
  // the simulator's journal that both arrived.
  await check('customers.deleteBillingKey.reasonViaParams', async () => {
    const request = Customers.deleteBillingKey({ customer_uid: args.secondCustomerUid });
    request.params = { reason: '정기결제 해지', extra: { requester: 'customer' } };
    const { data } = await request.request(iamport);
    expect(data.response.customer_uid === args.secondCustomerUid, 'wrong customer deleted',
      data.response);
    return { customer_uid: data.response.customer_uid, sent: request.params };
  });

  await check('customers.getBillingKey.afterDelete', async () => {
    const { status, data } = await rejection(
      Customers.getBillingKey({ customer_uid: args.customerUid }).request(iamport));
    expect(data.code !== 0 && data.response === null, 'expected a failure envelope', data);
    return { status, code: data.code, message: data.message };
  });

  const failed = results.filter((r) => !r.ok).length;
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
