// The vouchers a Voucherify customer holds in the mock: one of every value kind and every
// status the API knows, with codes of their own, in an order that is NOT soonest-expiry
// first (the element sorts). Shared by the three Voucherify endpoints.
import { DAY, HOUR, MANY_COUNT, MIXED_CASE, SPECIAL, hourFrom, isoDate, randomFor, soonExpiry } from './demo-data.js';

/** @typedef {'ACTIVE' | 'USED' | 'DISABLED' | 'NOT_ACTIVE_YET' | 'EXPIRED' | 'NO_BALANCE'} RedeemableStatus */

/**
 * @typedef {object} VoucherSpec
 * @property {string} id `v_…`
 * @property {string} holderRecordId `rh_…`, the redeemable-holder record (the list cursor)
 * @property {string} code
 * @property {string} campaign
 * @property {'DISCOUNT_COUPONS' | 'GIFT_VOUCHERS' | 'LOYALTY_PROGRAM' | 'REFERRAL_PROGRAM'} campaignType
 * @property {'DISCOUNT_VOUCHER' | 'GIFT_VOUCHER' | 'LOYALTY_CARD'} type
 * @property {Record<string, unknown> | null} discount
 * @property {{ amount: number, subtracted_amount: number, balance: number, effect: string } | null} gift
 * @property {Record<string, unknown> | null} loyaltyCard
 * @property {number | null} startsAt epoch ms
 * @property {number | null} expiresAt epoch ms
 * @property {boolean} active
 * @property {string | null} additionalInfo
 * @property {{ quantity: number | null, redeemed_quantity: number, redeemed_amount?: number, redeemed_points?: number }} redemption
 * @property {number} createdAt epoch ms
 */

/**
 * @typedef {object} Kind
 * @property {string} campaign
 * @property {VoucherSpec['campaignType']} [campaignType]
 * @property {(random: import('./demo-data.js').Random) => Record<string, unknown>} [discount]
 * @property {(random: import('./demo-data.js').Random) => NonNullable<VoucherSpec['gift']>} [gift]
 * @property {(now: number) => Record<string, unknown>} [loyaltyCard]
 * @property {(now: number) => number | null} expires
 * @property {(now: number) => number} [starts]
 * @property {boolean} [disabled]
 * @property {VoucherSpec['redemption']} [redemption]
 * @property {string} [info]
 */

const amountOff = (/** @type {number[]} */ cents) => (/** @type {import('./demo-data.js').Random} */ r) =>
  ({ type: 'AMOUNT', amount_off: r.pick(cents), effect: 'APPLY_TO_ORDER' });
const percentOff = (/** @type {number[]} */ percents) => (/** @type {import('./demo-data.js').Random} */ r) =>
  ({ type: 'PERCENT', percent_off: r.pick(percents), amount_limit: 5000, effect: 'APPLY_TO_ORDER' });
const ahead = (/** @type {number} */ ms) => (/** @type {number} */ now) => hourFrom(now, ms);

/** @type {Kind[]} */
const KINDS = [
  { campaign: 'Weekend Deals', discount: percentOff([10, 15, 25]), expires: ahead(6 * HOUR), info: 'Valid on the whole order, up to 50.00 off.' },
  { campaign: 'Gift Cards', campaignType: 'GIFT_VOUCHERS', expires: ahead(90 * DAY),
    gift: (r) => ({ amount: 5000, subtracted_amount: 0, balance: 5000 - r.pick([1750, 2500]), effect: 'APPLY_TO_ORDER' }) },
  { campaign: 'Flash Sale', discount: amountOff([500, 1000, 1500]), expires: soonExpiry, info: 'Flash sale: gone in a couple of minutes.' },
  { campaign: 'Loyalty Program', campaignType: 'LOYALTY_PROGRAM', expires: () => null,
    loyaltyCard: (now) => ({ points: 1240, balance: 980, next_expiration_date: isoDate(hourFrom(now, 45 * DAY)), next_expiration_points: 120 }),
    redemption: { quantity: null, redeemed_quantity: 2, redeemed_points: 260 } },
  { campaign: 'Free Mug', discount: () => ({ type: 'UNIT', unit_off: 1, unit_type: 'prod_0a9f9aeddb019a42db', effect: 'ADD_MISSING_ITEMS' }),
    expires: ahead(3 * DAY), info: 'A free mug with any order.' },
  { campaign: 'Spring Sale', discount: amountOff([500]), expires: ahead(-2 * DAY), info: 'This sale has ended.' },
  { campaign: 'Free Shipping', discount: () => ({ type: 'UNIT', unit_off: 1, unit_type: 'prod_5h1pp1ng', effect: 'ADD_MISSING_ITEMS' }),
    expires: ahead(10 * DAY) },
  { campaign: 'Welcome Offer', discount: percentOff([20]), expires: ahead(20 * DAY),
    redemption: { quantity: 1, redeemed_quantity: 1 }, info: 'Already used on your first order.' },
  { campaign: 'Refer a Friend', campaignType: 'REFERRAL_PROGRAM', discount: amountOff([2000]), expires: ahead(30 * DAY) },
  { campaign: 'Black Friday', discount: amountOff([2500]), starts: ahead(2 * DAY), expires: ahead(32 * DAY),
    info: 'Opens in two days.' },
  { campaign: 'Staff Discount', discount: percentOff([30]), disabled: true, expires: ahead(15 * DAY) },
  { campaign: 'Gift Cards', campaignType: 'GIFT_VOUCHERS', expires: ahead(60 * DAY),
    gift: () => ({ amount: 2500, subtracted_amount: 0, balance: 0, effect: 'APPLY_TO_ORDER' }),
    redemption: { quantity: null, redeemed_quantity: 3, redeemed_amount: 2500 } },
];

/**
 * The filler that brings `many` up to 230 vouchers: usable, alternating amount and percent.
 * @param {number} i
 * @returns {Kind}
 */
function fillerKind(i) {
  return {
    campaign: 'Mega Voucher Drop',
    discount: i % 2 ? amountOff([300, 700, 1200]) : percentOff([5, 10]),
    expires: ahead((i + 1) * 7 * HOUR),
  };
}

/** @param {Kind} kind @param {import('./demo-data.js').Random} random */
function codeFor(kind, random) {
  const code = random.chars(8, MIXED_CASE);
  return kind.loyaltyCard ? `LOYALTY-CARD-${code}` : code;
}

/**
 * Every voucher the customer holds, in a fixed order for that customer.
 * @param {string} identity
 * @param {number} now
 * @returns {VoucherSpec[]}
 */
export function vouchersOf(identity, now) {
  if (identity === SPECIAL.nobody) return [];
  const random = randomFor(identity, 'voucherify');
  const count = identity === SPECIAL.many ? MANY_COUNT : KINDS.length;
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i] ?? fillerKind(i);
    const gift = kind.gift?.(random) ?? null;
    const spent = gift ? gift.amount - gift.subtracted_amount - gift.balance : 0;
    return {
      id: `v_${random.chars(32, MIXED_CASE)}`,
      holderRecordId: `rh_${random.chars(18, '0123456789abcdef')}`,
      code: codeFor(kind, random),
      campaign: kind.campaign,
      campaignType: kind.campaignType ?? 'DISCOUNT_COUPONS',
      type: kind.gift ? 'GIFT_VOUCHER' : kind.loyaltyCard ? 'LOYALTY_CARD' : 'DISCOUNT_VOUCHER',
      discount: kind.discount?.(random) ?? null,
      gift,
      loyaltyCard: kind.loyaltyCard?.(now) ?? null,
      startsAt: kind.starts?.(now) ?? null,
      expiresAt: kind.expires(now),
      active: !kind.disabled,
      additionalInfo: kind.info ?? null,
      redemption: kind.redemption ??
        (spent > 0
          ? { quantity: null, redeemed_quantity: 1, redeemed_amount: spent }
          : { quantity: null, redeemed_quantity: 0 }),
      createdAt: hourFrom(now, -(i + 1) * 2 * DAY),
    };
  });
}

/**
 * The redeemable status Voucherify would report for the voucher at `now`.
 * @param {VoucherSpec} spec
 * @param {number} now
 * @returns {RedeemableStatus}
 */
export function statusOf(spec, now) {
  const { quantity, redeemed_quantity: redeemed } = spec.redemption;
  if (!spec.active) return 'DISABLED';
  if (spec.expiresAt !== null && spec.expiresAt <= now) return 'EXPIRED';
  if (quantity !== null && redeemed >= quantity) return 'USED';
  if (spec.startsAt !== null && spec.startsAt > now) return 'NOT_ACTIVE_YET';
  if (spec.gift && spec.gift.balance <= 0) return 'NO_BALANCE';
  return 'ACTIVE';
}

/**
 * Voucherify's customer id for the shopper: the identity itself when it is one (`cust_…`),
 * else a stable one derived from it (the identity was a source_id).
 * @param {string} identity
 */
export function customerIdOf(identity) {
  return identity.startsWith('cust_') ? identity : `cust_${randomFor(identity, 'customer').chars(24, MIXED_CASE)}`;
}

/** A stable campaign id for a campaign name, the same for every customer. @param {string} campaign */
export function campaignIdOf(campaign) {
  return `camp_${randomFor(campaign, 'campaign').chars(24, MIXED_CASE)}`;
}
