// Voucherify under /mock/voucherify: List Customer Redeemables (cursor pages of at most 3),
// List Vouchers (numbered pages, limit ≤ 100) and Get Voucher. Records are clones of the
// seed fixtures with the customer's own values written over them.
import { randomBytes } from 'node:crypto';
import { fixture, isoTime, randomFor } from './demo-data.js';
import { campaignIdOf, customerIdOf, statusOf, vouchersOf } from './voucherify-catalog.js';

/** @typedef {import('./voucherify-catalog.js').VoucherSpec} VoucherSpec */
/** @typedef {import('./http.js').MockAnswer} MockAnswer */

/** The mock hands out redeemables three at a time, whatever `limit` asks for. */
const REDEEMABLES_PAGE_MAX = 3;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Voucherify's `key` and `message` per status; `details` says what exactly went wrong. */
const ERRORS = /** @type {Record<number, [key: string, message: string]>} */ ({
  400: ['invalid_query_params', 'Invalid query params'],
  401: ['unauthorized', 'Unauthorized'],
  404: ['not_found', 'Resource not found'],
  405: ['method_not_allowed', 'Method not allowed'],
  500: ['internal_server_error', 'Internal server error'],
});

/**
 * Voucherify's error body (`{code, key, message, details, request_id}`).
 * @param {number} status
 * @param {string} details
 */
function errorBody(status, details) {
  const [key, message] = ERRORS[status] ?? ['error', 'Error'];
  return {
    ...fixture('voucherify-error'),
    code: status,
    key,
    message,
    details,
    request_id: `v-${randomBytes(9).toString('hex')}`,
  };
}

/** @param {string} details @returns {MockAnswer} */
const badQuery = (details) => ({ status: 400, body: errorBody(400, details) });

/**
 * `limit` as Voucherify reads it: 1–100, 10 when absent.
 * @param {string | null} raw
 * @returns {number | MockAnswer}
 */
function parseLimit(raw) {
  if (raw === null) return 10;
  const limit = Number(raw);
  return Number.isInteger(limit) && limit >= 1 && limit <= 100 ? limit : badQuery('limit must be an integer between 1 and 100');
}

/**
 * The fields a voucher object has in all three responses, for this customer.
 * @param {VoucherSpec} spec
 * @param {string} identity
 */
function voucherFields(spec, identity) {
  const assets = randomFor(spec.id, 'assets');
  const asset = () => ({ id: `U2FsdGVkX1${assets.chars(118, BASE64)}=`, url: '{{internalVoucherifyURL}}' });
  const code = encodeURIComponent(spec.code);
  const referral = spec.campaignType === 'REFERRAL_PROGRAM';
  return {
    id: spec.id,
    code: spec.code,
    campaign: spec.campaign,
    campaign_id: campaignIdOf(spec.campaign),
    category: null,
    category_id: null,
    categories: [],
    type: spec.type,
    discount: spec.discount,
    gift: spec.gift,
    loyalty_card: spec.loyaltyCard,
    start_date: spec.startsAt === null ? null : isoTime(spec.startsAt),
    expiration_date: spec.expiresAt === null ? null : isoTime(spec.expiresAt),
    validity_timeframe: null,
    validity_day_of_week: null,
    active: spec.active,
    additional_info: spec.additionalInfo,
    metadata: {},
    assets: { qr: asset(), barcode: asset() },
    is_referral_code: referral,
    created_at: isoTime(spec.createdAt),
    updated_at: isoTime(spec.createdAt + 7 * 60_000),
    holder_id: customerIdOf(identity),
    ...(referral ? { referrer_id: customerIdOf(identity) } : {}),
    redemption: { ...spec.redemption, object: 'list', url: `/v1/vouchers/${code}/redemptions?page=1&limit=10` },
    publish: { object: 'list', count: 1, url: `/v1/vouchers/${code}/publications?page=1&limit=10` },
    object: 'voucher',
  };
}

/**
 * One entry of List Customer Redeemables.
 * @param {VoucherSpec} spec
 * @param {string} identity
 * @param {number} now
 */
function redeemableOf(spec, identity, now) {
  const [template] = fixture('voucherify-customer-redeemables').data;
  return {
    ...template,
    id: spec.holderRecordId,
    created_at: isoTime(spec.createdAt + 7 * 60_000),
    redeemable_id: spec.id,
    customer_id: customerIdOf(identity),
    holder_role: spec.campaignType === 'REFERRAL_PROGRAM' ? 'REFERRER' : 'OWNER',
    campaign_id: campaignIdOf(spec.campaign),
    campaign_type: spec.campaignType,
    voucher_type: spec.type,
    redeemable: {
      ...template.redeemable,
      voucher: { ...template.redeemable.voucher, ...voucherFields(spec, identity) },
      status: statusOf(spec, now),
    },
  };
}

/**
 * @param {string} customer
 * @param {URLSearchParams} query
 * @returns {import('./http.js').MockRoute}
 */
function customerRedeemables(customer, query) {
  const limit = parseLimit(query.get('limit'));
  const after = query.get('starting_after_id');
  return {
    subject: customer,
    invalid: typeof limit === 'number' ? undefined : limit,
    answer(identity, now) {
      const all = vouchersOf(identity, now);
      const start = after === null ? 0 : all.findIndex((spec) => spec.holderRecordId === after) + 1;
      if (start === 0 && after !== null) return badQuery(`starting_after_id ${after} does not match any redeemable`);
      const page = all.slice(start, start + Math.min(Number(limit), REDEEMABLES_PAGE_MAX));
      const hasMore = start + page.length < all.length;
      const body = {
        ...fixture('voucherify-customer-redeemables'),
        data: page.map((spec) => redeemableOf(spec, identity, now)),
        total: page.length,
        has_more: hasMore,
        ...(hasMore ? { more_starting_after: page[page.length - 1]?.holderRecordId } : {}),
      };
      return { status: 200, body };
    },
  };
}

/**
 * @param {URLSearchParams} query
 * @returns {import('./http.js').MockRoute}
 */
function listVouchers(query) {
  const limit = parseLimit(query.get('limit'));
  const page = Number(query.get('page') ?? '1');
  const customer = query.get('customer') ?? '';
  const invalid =
    typeof limit !== 'number' ? limit
    : !Number.isInteger(page) || page < 1 || page > 99 ? badQuery('page must be an integer between 1 and 99')
    : customer === '' ? badQuery('this mock lists vouchers by customer only: customer is required')
    : undefined;
  return {
    subject: customer,
    invalid,
    answer(identity, now) {
      const all = vouchersOf(identity, now);
      const [template] = fixture('voucherify-list-vouchers').vouchers;
      const from = (page - 1) * Number(limit);
      const vouchers = all.slice(from, from + Number(limit)).map((spec) => ({ ...template, ...voucherFields(spec, identity) }));
      return { status: 200, body: { ...fixture('voucherify-list-vouchers'), vouchers, total: all.length } };
    },
  };
}

/**
 * @param {string} code
 * @returns {import('./http.js').MockRoute}
 */
function getVoucher(code) {
  return {
    subject: undefined,
    answer(identity, now) {
      const spec = vouchersOf(identity, now).find((v) => v.code === code);
      if (!spec) return { status: 404, body: errorBody(404, `Cannot find voucher with id ${code}`) };
      return { status: 200, body: { ...fixture('voucherify-get-voucher'), ...voucherFields(spec, identity) } };
    },
  };
}

/** @param {string} segment @returns {string | undefined} */
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** @type {import('./http.js').MockProvider} */
export const voucherify = {
  family: 'voucherify',
  errorBody,
  route(subpath, query) {
    if (subpath === '/v1/vouchers') return listVouchers(query);
    const redeemables = /^\/v1\/customers\/([^/]+)\/redeemables$/.exec(subpath);
    const single = /^\/v1\/vouchers\/([^/]+)$/.exec(subpath);
    const segment = decodeSegment(redeemables?.[1] ?? single?.[1] ?? '');
    if (segment === undefined || segment === '') return undefined;
    return redeemables ? customerRedeemables(segment, query) : getVoucher(segment);
  },
};

/**
 * The customer's voucher codes, in catalog order (a demo-page helper, see `/mock/_codes`).
 * @param {string} identity
 */
export function voucherifyCodesOf(identity) {
  return vouchersOf(identity, Date.now()).map((spec) => spec.code);
}
