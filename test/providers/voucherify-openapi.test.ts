// Voucherify's own OpenAPI description: every response example of Get Voucher, List Vouchers
// and List Customer's Redeemables, and the shapes its schemas allow that no example shows.
import { expect } from '@open-wc/testing';
import { voucherifyAdapter } from '../../src/providers/voucherify/redeemables.js';
import { voucherifyVouchersAdapter } from '../../src/providers/voucherify/list-vouchers.js';
import { mapVoucherifyVoucher } from '../../src/providers/voucherify/voucher.js';
import redeemablesExample from '../fixtures/voucherify-openapi/customer-redeemables-example.json';
import getVoucherExamples from '../fixtures/voucherify-openapi/get-voucher-examples.json';
import listVouchersExample from '../fixtures/voucherify-openapi/list-vouchers-example.json';
import shapes from '../fixtures/voucherify-openapi/shapes.json';
import { copyOf, expectTrayError, fakeRequest } from './fake-request.js';

const examples = getVoucherExamples as Record<string, Record<string, unknown>>;
/** The end of 31 Dec 2023 on the shopper's clock: the sample's points are gone then. */
const END_OF_2023 = new Date(2024, 0, 1).getTime();

describe('Voucherify OpenAPI examples', () => {
  it('Get Voucher: each example with the value, status and validity the provider means', async () => {
    const codes = Object.values(examples).map((example) => String(example.code));
    const byCode = new Map(Object.values(examples).map((example) => [example.code, example]));
    const request = fakeRequest((path) => byCode.get(decodeURIComponent(path.split('/').pop()!)), { codes });
    const vouchers = await voucherifyAdapter.fetchVouchers(request);
    const shown = Object.fromEntries(vouchers.map((v) => [v.code, { value: v.value, status: v.status, validity: v.validity }]));
    expect(shown).to.deep.equal({
      'VT-LOYALTY-100': { value: { kind: 'points', points: 100, expiringPoints: 100, expiringAt: END_OF_2023 }, status: 'active', validity: undefined },
      'VT-GIFT-550': { value: { kind: 'balance', amount: 447, total: 550 }, status: 'active', validity: undefined },
      // The discount examples are all worked out by formula: no fixed number is promised.
      VT_AMOUNT_FORMULA: { value: { kind: 'computed', basis: 'amount' }, status: 'active', validity: { days: [1, 2, 3, 4, 5] } },
      VT_PERCENT_FORMULA: { value: { kind: 'computed', basis: 'percent' }, status: 'active', validity: undefined },
      VT_FIXED_FORMULA: { value: { kind: 'computed', basis: 'fixed-price' }, status: 'active', validity: undefined },
      VT_UNIT_FORMULA: { value: { kind: 'computed', basis: 'units' }, status: 'active', validity: undefined },
      VT_UNITS_FORMULA: { value: { kind: 'computed', basis: 'units' }, status: 'active', validity: undefined },
      VT_FREE_SHIPPING: { value: { kind: 'free-shipping' }, status: 'active', validity: undefined },
    });
    // Unlimited redemptions (`quantity: null`) say nothing about uses left.
    expect(vouchers.every((v) => v.usesLeft === undefined && v.role === undefined)).to.equal(true);
  });

  it('List Vouchers: the example', async () => {
    const vouchers = await voucherifyVouchersAdapter.fetchVouchers(fakeRequest([listVouchersExample]));
    expect(vouchers.map((v) => [v.code, v.value?.kind, v.status, v.validity])).to.deep.equal([
      ['VT-LOYALTY-100', 'points', 'active', undefined],
      ['VT_AMOUNT_WEEKDAYS', 'computed', 'active', { days: [1, 2, 3, 4, 5] }],
    ]);
  });

  it('List Customer’s Redeemables: the example, its referral code marked as one to share', async () => {
    const vouchers = await voucherifyAdapter.fetchVouchers(fakeRequest([redeemablesExample]));
    expect(vouchers.map((v) => [v.code, v.value, v.status, v.role])).to.deep.equal([
      ['VT_OWNED_10', { kind: 'amount', amount: 10 }, 'active', undefined],
      ['VT_REFER_888', { kind: 'amount', amount: 888 }, 'active', 'referrer'],
    ]);
  });
});

/** A discount voucher of the Get Voucher "Free Shipping" example with `discount` replaced. */
const withDiscount = (discount: unknown) => mapVoucherifyVoucher({ ...copyOf(examples['Free Shipping']), discount })?.value;

describe('Voucherify schema shapes', () => {
  it('every discount shape', () => {
    const d = shapes.discounts;
    expect(withDiscount(d.amount)).to.deep.equal({ kind: 'amount', amount: 10 });
    expect(withDiscount(d['amount-dynamic'])).to.deep.equal({ kind: 'computed', basis: 'amount' });
    expect(withDiscount(d.percent)).to.deep.equal({ kind: 'percent', percent: 15 });
    expect(withDiscount(d['percent-with-amount-limit'])).to.deep.equal({ kind: 'percent', percent: 20, maxAmount: 50 });
    expect(withDiscount(d.fixed)).to.deep.equal({ kind: 'fixed-price', amount: 49.99 });
    expect(withDiscount(d.unit)).to.deep.equal({ kind: 'units', units: 2 });
    expect(withDiscount(d['unit-free-shipping'])).to.deep.equal({ kind: 'free-shipping' });
    expect(withDiscount(d.units)).to.deep.equal({ kind: 'units', units: 3 });
    expect(withDiscount(d['units-with-free-shipping'])).to.deep.equal({ kind: 'units', units: 2, freeShipping: true });
    expect(withDiscount(d['units-only-free-shipping'])).to.deep.equal({ kind: 'free-shipping' });
  });

  it('units[]: readable names kept when all agree, an unreadable entry gives no number', () => {
    const named = { type: 'UNIT', effect: 'ADD_MANY_ITEMS', units: [{ unit_off: 1, unit_type: 'sku_1', sku: { name: 'Espresso' } }, { unit_off: 2, unit_type: 'sku_2', sku: { name: 'Espresso' } }] };
    expect(withDiscount(named)).to.deep.equal({ kind: 'units', units: 3, unitType: 'Espresso' });
    const broken = { ...named, units: [...named.units, { unit_type: 'sku_3' }] };
    expect(withDiscount(broken)).to.equal(undefined);
    expect(withDiscount({ ...broken, units: [...broken.units, { unit_off: 1, unit_type: 'prod_5h1pp1ng' }] })).to.deep.equal({ kind: 'free-shipping' });
  });

  it('the voucher type decides which value object counts', () => {
    const mixed = { code: 'MIXED', discount: shapes.discounts.amount, gift: shapes.gift, loyalty_card: shapes.loyalty_card };
    expect(mapVoucherifyVoucher({ ...mixed, type: 'DISCOUNT_VOUCHER' })?.value).to.deep.equal({ kind: 'amount', amount: 10 });
    expect(mapVoucherifyVoucher({ ...mixed, type: 'GIFT_VOUCHER' })?.value).to.deep.equal({ kind: 'balance', amount: 447, total: 550 });
    expect(mapVoucherifyVoucher({ ...mixed, type: 'LOYALTY_CARD' })?.value).to.deep.equal({
      kind: 'points', points: 6970, expiringPoints: 100, expiringAt: new Date(2023, 4, 31).getTime(),
    });
    // A gift voucher whose gift is missing has no value, whatever else it carries.
    expect(mapVoucherifyVoucher({ ...mixed, type: 'GIFT_VOUCHER', gift: null })?.value).to.equal(undefined);
  });

  it('every redeemable status, and each holder role', async () => {
    const template = copyOf(redeemablesExample).data[0];
    const data = [
      ...shapes.redeemable_statuses.map((status, i) => ({ ...copyOf(template), id: `rh_s${i}`, redeemable: { ...copyOf(template.redeemable), status, voucher: { ...copyOf(template.redeemable.voucher), code: status, id: `v_${status}` } } })),
      ...shapes.holder_roles.map((role) => ({ ...copyOf(template), id: `rh_${role}`, holder_role: role, redeemable: { ...copyOf(template.redeemable), voucher: { ...copyOf(template.redeemable.voucher), code: role, id: `v_${role}` } } })),
    ];
    const vouchers = await voucherifyAdapter.fetchVouchers(fakeRequest([{ ...copyOf(redeemablesExample), data }]));
    expect(Object.fromEntries(vouchers.map((v) => [v.code, v.role ? `${v.status} ${v.role}` : v.status]))).to.deep.equal({
      ACTIVE: 'active',
      USED: 'used',
      DISABLED: 'disabled',
      NOT_ACTIVE_YET: 'scheduled',
      EXPIRED: 'expired',
      NO_BALANCE: 'no-balance',
      OWNER: 'active',
      REFERRER: 'active referrer',
      REFEREE: 'active',
    });
  });

  it('a referral code without a holder role (Get Voucher, List Vouchers) is the shopper’s to share', () => {
    const referral = { ...copyOf(examples['Free Shipping']), is_referral_code: true };
    expect(mapVoucherifyVoucher(referral)?.role).to.equal('referrer');
    expect(mapVoucherifyVoucher(referral, 'ACTIVE', 'voucherify', 'REFEREE')?.role).to.equal(undefined);
  });

  it('validity fields, as the schema gives them', () => {
    const voucher = mapVoucherifyVoucher({
      ...copyOf(examples['Free Shipping']),
      start_date: '2026-06-01T10:00:00Z',
      validity_timeframe: shapes.validity_timeframe,
      validity_day_of_week: shapes.validity_day_of_week,
      validity_hours: shapes.validity_hours,
    });
    expect(voucher?.validity).to.deep.equal({
      days: [1, 2, 3, 4, 5],
      hours: [{ from: 12 * 60, to: 14 * 60, days: [1, 2, 3, 4, 5] }],
      every: { from: Date.UTC(2026, 5, 1, 10), durationMs: 3_600_000, intervalMs: 2 * 86_400_000 },
    });
    // No start date to count from: the timeframe is left out rather than guessed.
    const unanchored = mapVoucherifyVoucher({ ...copyOf(examples['Free Shipping']), validity_timeframe: shapes.validity_timeframe });
    expect(unanchored?.validity).to.equal(undefined);
    // Months have no fixed length; odd times and days are dropped.
    const odd = mapVoucherifyVoucher({
      ...copyOf(examples['Free Shipping']),
      start_date: '2026-06-01T10:00:00Z',
      validity_timeframe: { duration: 'P1M', interval: 'P2M' },
      validity_day_of_week: [7, -1, '1', 1.5],
      validity_hours: { daily: [{ start_time: '25:00', expiration_time: '14:00' }, { start_time: '9:00', expiration_time: '10:00' }] },
    });
    expect(odd?.validity).to.equal(undefined);
  });

  it('uses left when redemptions are limited', () => {
    const limited = mapVoucherifyVoucher({ ...copyOf(examples['Free Shipping']), redemption: shapes.redemption_limited });
    expect(limited?.usesLeft).to.equal(2);
    expect(limited?.status).to.equal('active');
    const spent = mapVoucherifyVoucher({ ...copyOf(examples['Free Shipping']), redemption: { quantity: 3, redeemed_quantity: 3 } });
    expect([spent?.usesLeft, spent?.status]).to.deep.equal([0, 'used']);
  });

  it('data: null and vouchers: null are empty lists; a body without the list is still an error', async () => {
    expect(await voucherifyAdapter.fetchVouchers(fakeRequest([shapes.empty_lists['customer-redeemables']]))).to.deep.equal([]);
    expect(await voucherifyVouchersAdapter.fetchVouchers(fakeRequest([shapes.empty_lists['list-vouchers']]))).to.deep.equal([]);
    expect((await expectTrayError(voucherifyAdapter.fetchVouchers(fakeRequest([{ object: 'list' }])))).kind).to.equal('parse');
    expect((await expectTrayError(voucherifyVouchersAdapter.fetchVouchers(fakeRequest([{ object: 'list' }])))).kind).to.equal('parse');
  });
});
