// The fakes' answers for the server tests and the end-to-end page: the seed fixtures, with
// each shopper's own codes written in, so that answers for two shoppers differ.
import { readFileSync } from 'node:fs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8'));

/** Voucherify customers: the id, the source_id the shop knows them by, and their codes. */
export const CUSTOMERS = [
  { id: 'cust_alice', sourceId: 'alice@example.com', codes: ['ALICE-1', 'ALICE-2', 'ALICE-3'] },
  { id: 'cust_bob', sourceId: 'bob', codes: ['BOB-1'] },
];
const REDEEMABLES_PAGE = 2;
const FAR_FUTURE = '2099-01-01T00:00:00.000Z';

const customerOf = (idOrSource) => CUSTOMERS.find((c) => c.id === idOrSource || c.sourceId === idOrSource);
const decode = (segment) => decodeURIComponent(segment);

function voucher(code, customer) {
  const [template] = fixture('voucherify-list-vouchers').vouchers;
  return { ...template, id: `v_${code}`, code, holder_id: customer.id, expiration_date: FAR_FUTURE, active: true };
}

function redeemables(customer, query) {
  const limit = Math.min(Number(query.get('limit') ?? 10), REDEEMABLES_PAGE);
  const after = query.get('starting_after_id');
  const start = after ? customer.codes.findIndex((code) => `rh_${code}` === after) + 1 : 0;
  const page = customer.codes.slice(start, start + limit);
  const more = start + page.length < customer.codes.length;
  const body = fixture('voucherify-customer-redeemables');
  const [template] = body.data;
  body.data = page.map((code) => ({
    ...template,
    id: `rh_${code}`,
    customer_id: customer.id,
    redeemable: { ...template.redeemable, voucher: voucher(code, customer), status: 'ACTIVE' },
  }));
  body.total = page.length;
  body.has_more = more;
  if (more) body.more_starting_after = `rh_${page[page.length - 1]}`;
  return { status: 200, body };
}

export const testData = {
  answer(family, path, query) {
    if (family === 'clevertap' && path === '/1/promo/vouchers') {
      const identity = query.get('identity') ?? '';
      if (!identity) return { status: 400, body: fixture('clevertap-error') };
      if (identity === 'nobody') return { status: 200, body: fixture('clevertap-empty') };
      const body = fixture('clevertap-fetch-voucher');
      body.records = body.records.map((r, i) => ({ ...r, voucherCode: `CT-${identity}-${i}`, listExpiry: 4070908800 }));
      return { status: 200, body };
    }
    if (family === 'spaaza' && path === '/get-user-vouchers') {
      const user = query.get('user_id') ?? '';
      const body = fixture('spaaza-get-user-vouchers');
      body.results.basket_vouchers = body.results.basket_vouchers.slice(0, 1).map((v) => ({
        ...v,
        voucher_honour_code: `SP-${user}`,
        voucher_status: 'claimed',
        voucher_expiry_datetime_utc: '2099-01-01 00:00:00',
      }));
      body.results.honour_vouchers = [];
      return { status: 200, body };
    }
    if (family !== 'voucherify') return undefined;
    let match;
    if ((match = /^\/v1\/customers\/([^/]+)\/redeemables$/.exec(path))) {
      const customer = customerOf(decode(match[1]));
      return customer ? redeemables(customer, query) : { status: 404, body: { code: 404, message: 'Resource not found' } };
    }
    if ((match = /^\/v1\/customers\/([^/]+)$/.exec(path))) {
      const customer = customerOf(decode(match[1]));
      return customer
        ? { status: 200, body: { id: customer.id, source_id: customer.sourceId, object: 'customer' } }
        : { status: 404, body: { code: 404, message: 'Resource not found' } };
    }
    if (path === '/v1/vouchers') {
      const customer = customerOf(query.get('customer') ?? '');
      const limit = Number(query.get('limit') ?? 10);
      const page = Number(query.get('page') ?? 1);
      const body = fixture('voucherify-list-vouchers');
      const all = customer ? customer.codes.map((code) => voucher(code, customer)) : [];
      body.vouchers = all.slice((page - 1) * limit, page * limit);
      body.total = all.length;
      return { status: 200, body };
    }
    if ((match = /^\/v1\/vouchers\/([^/]+)$/.exec(path))) {
      const code = decode(match[1]);
      const customer = CUSTOMERS.find((c) => c.codes.includes(code));
      return customer
        ? { status: 200, body: { ...fixture('voucherify-get-voucher'), ...voucher(code, customer) } }
        : { status: 404, body: { code: 404, message: 'Resource not found', details: `Cannot find voucher with id ${code}` } };
    }
    return undefined;
  },
};
