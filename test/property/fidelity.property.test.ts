// Schema-shaped answers (fast-check arbitraries following Voucherify's OpenAPI schemas and
// Spaaza's documented fields): nothing usable is hidden, nothing unusable is shown, and every
// value, role, count and window is the one the answer holds. A fixed `NOW`: no clock involved.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatValue } from '../../src/format/value.js';
import { englishStrings } from '../../src/i18n/en-list.js';
import { isUsableNow, visibleVouchers, type Voucher } from '../../src/model/voucher.js';
import { checkedVouchers } from '../../src/model/guard.js';
import { spaazaAdapter } from '../../src/providers/spaaza.js';
import { voucherifyAdapter } from '../../src/providers/voucherify/redeemables.js';
import { fakeRequest } from '../providers/fake-request.js';
import { RUNS } from './arbitraries.js';

const NOW = Date.UTC(2026, 5, 10, 9);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const cents = fc.integer({ min: 0, max: 1_000_000 });
const iso = fc.integer({ min: NOW - 400 * 86_400_000, max: NOW + 400 * 86_400_000 }).map((t) => new Date(t).toISOString());
const formula = nullable(fc.constantFrom('CUSTOMER_METADATA("age")', 'IF(ORDER_AMOUNT > 100;10;5)'));
const unitType = fc.constantFrom('prod_5h1pp1ng', 'sku_0b661e41fc8d35a8f7', 'prod_0a9f9aeddb019a42db', 'car wash');
const weekdays = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 });
const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

// The five discount schemas: Amount, Unit, Unit Multiple, Percent, Fixed.
const discount = fc.oneof(
  fc.record({ type: fc.constant('AMOUNT'), amount_off: cents, amount_off_formula: formula, effect: fc.constant('APPLY_TO_ORDER') }),
  fc.record({ type: fc.constant('UNIT'), unit_off: fc.integer({ min: 0, max: 20 }), unit_off_formula: formula, unit_type: unitType, effect: fc.constant('ADD_NEW_ITEMS') }),
  fc.record({
    type: fc.constant('UNIT'),
    effect: fc.constant('ADD_MANY_ITEMS'),
    units: fc.array(fc.record({ unit_off: fc.integer({ min: 0, max: 20 }), unit_off_formula: formula, unit_type: unitType, effect: fc.constant('ADD_MISSING_ITEMS') }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('PERCENT'), percent_off: fc.integer({ min: 0, max: 100 }), percent_off_formula: formula, amount_limit: nullable(cents), effect: fc.constant('APPLY_TO_ORDER') }),
  fc.record({ type: fc.constant('FIXED'), fixed_amount: cents, fixed_amount_formula: formula, effect: fc.constant('APPLY_TO_ITEMS') }),
);

const voucher = fc.record({
  id: fc.uuid().map((u) => `v_${u}`),
  code: fc.stringMatching(/^[A-Z0-9-]{4,12}$/),
  campaign: nullable(fc.constantFrom('Summer', 'Loyalty')),
  type: fc.constantFrom('DISCOUNT_VOUCHER', 'GIFT_VOUCHER', 'LOYALTY_CARD'),
  discount: nullable(discount),
  gift: nullable(fc.record({ amount: cents, balance: cents, effect: fc.constant('APPLY_TO_ORDER') })),
  loyalty_card: nullable(fc.record({ points: cents, balance: cents, next_expiration_date: nullable(fc.constantFrom('2026-06-30', '2025-01-31')), next_expiration_points: nullable(fc.integer({ min: 0, max: 500 })) })),
  start_date: nullable(iso),
  expiration_date: nullable(iso),
  validity_day_of_week: nullable(weekdays),
  validity_hours: nullable(fc.record({ daily: fc.array(fc.record({ start_time: hhmm, expiration_time: hhmm, days_of_week: weekdays }), { maxLength: 2 }) })),
  active: nullable(fc.boolean()),
  is_referral_code: nullable(fc.boolean()),
  redemption: nullable(fc.record({ quantity: nullable(fc.integer({ min: 1, max: 5 })), redeemed_quantity: fc.integer({ min: 0, max: 6 }) })),
});

const redeemable = fc.record({
  redeemable_object: fc.constant('voucher'),
  holder_role: nullable(fc.constantFrom('OWNER', 'REFERRER', 'REFEREE')),
  redeemable: fc.record({ type: fc.constant('voucher'), status: nullable(fc.constantFrom('ACTIVE', 'USED', 'DISABLED', 'NOT_ACTIVE_YET', 'EXPIRED', 'NO_BALANCE')), voucher }),
});

type Entry = { holder_role: string | null; redeemable: { status: string | null; voucher: Record<string, any> } };
const UNUSABLE = new Set(['USED', 'DISABLED', 'EXPIRED', 'NO_BALANCE']);

/** What the provider means: shown by default (usable now or later) or not. */
function meantShown(entry: Entry): boolean {
  const { status, voucher: v } = entry.redeemable;
  if (status && UNUSABLE.has(status)) return false;
  if (v.active === false) return false;
  if (v.expiration_date && Date.parse(v.expiration_date) <= NOW) return false;
  if (!status) {
    const q = v.redemption?.quantity;
    if (typeof q === 'number' && v.redemption.redeemed_quantity >= q) return false;
    if (v.type === 'GIFT_VOUCHER' && v.gift?.balance === 0) return false;
  }
  return true;
}

const hasFormula = (o: Record<string, any>, field: string) => typeof o[`${field}_formula`] === 'string';

/** The value the answer holds, as the tray should carry it. */
function meantValue(v: Record<string, any>): unknown {
  if (v.type === 'GIFT_VOUCHER') return v.gift ? { kind: 'balance', amount: v.gift.balance / 100, ...(v.gift.amount >= v.gift.balance ? { total: v.gift.amount / 100 } : {}) } : undefined;
  if (v.type === 'LOYALTY_CARD') return v.loyalty_card ? v.loyalty_card.balance : undefined;
  const d = v.discount;
  if (!d) return undefined;
  switch (d.type) {
    case 'AMOUNT': return hasFormula(d, 'amount_off') ? { kind: 'computed', basis: 'amount' } : { kind: 'amount', amount: d.amount_off / 100 };
    case 'FIXED': return hasFormula(d, 'fixed_amount') ? { kind: 'computed', basis: 'fixed-price' } : { kind: 'fixed-price', amount: d.fixed_amount / 100 };
    case 'PERCENT': return hasFormula(d, 'percent_off') ? { kind: 'computed', basis: 'percent' } : { kind: 'percent', percent: d.percent_off, ...(d.amount_limit ? { maxAmount: d.amount_limit / 100 } : {}) };
  }
  const units: Record<string, any>[] = d.units ?? [d];
  const items = units.filter((u) => u.unit_type !== 'prod_5h1pp1ng');
  const shipping = items.length < units.length;
  if (items.some((u) => hasFormula(u, 'unit_off'))) return { kind: 'computed', basis: 'units' };
  if (items.length === 0) return { kind: 'free-shipping' };
  return { units: items.reduce((sum, u) => sum + u.unit_off, 0), freeShipping: shipping || undefined };
}

async function load(entries: Entry[]): Promise<Voucher[]> {
  const body = { object: 'list', data_ref: 'data', data: entries, total: entries.length, has_more: false };
  return checkedVouchers(await voucherifyAdapter.fetchVouchers(fakeRequest([body])), 'voucherify', location.href);
}

describe('property: Voucherify answers shaped by its schemas', () => {
  it('nothing usable hidden, nothing unusable shown; NOT_ACTIVE_YET shown but never usable now', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(redeemable, { maxLength: 6, selector: (e) => e.redeemable.voucher.code }), async (entries) => {
        const shown = new Set(visibleVouchers(await load(entries as Entry[]), NOW).map((v) => v.code));
        for (const entry of entries as Entry[]) {
          const code = entry.redeemable.voucher.code;
          expect(shown.has(code), `${code} ${entry.redeemable.status} active=${entry.redeemable.voucher.active}`).to.equal(meantShown(entry));
        }
        for (const v of await load(entries as Entry[])) {
          const entry = (entries as Entry[]).find((e) => e.redeemable.voucher.code === v.code)!;
          if (entry.redeemable.status === 'NOT_ACTIVE_YET') expect(isUsableNow(v, NOW), v.code).to.equal(false);
        }
      }),
      RUNS,
    );
  });

  it('every value, role, use count and weekday is the answer’s own', async () => {
    await fc.assert(
      fc.asyncProperty(redeemable, async (entry) => {
        const [mapped] = await load([entry as Entry]);
        const v = (entry as Entry).redeemable.voucher;
        const meant = meantValue(v);
        if (typeof meant === 'number') expect(mapped?.value).to.deep.include({ kind: 'points', points: meant });
        else if (meant && 'units' in (meant as object)) {
          const { units, freeShipping } = meant as { units: number; freeShipping?: true };
          expect(mapped?.value).to.deep.include({ kind: 'units', units });
          expect((mapped?.value as { freeShipping?: boolean }).freeShipping).to.equal(freeShipping);
        } else expect(mapped?.value).to.deep.equal(meant);
        // A formula's result is never shown as a number.
        if (mapped?.value?.kind === 'computed') expect(formatValue(mapped.value, 'en', 'EUR', englishStrings)).to.not.match(/\d/);
        const role = entry.holder_role === 'REFERRER' || (entry.holder_role === null && v.is_referral_code === true) ? 'referrer' : undefined;
        expect(mapped?.role).to.equal(role);
        const q = v.redemption?.quantity;
        expect(mapped?.usesLeft).to.equal(typeof q === 'number' ? Math.max(0, q - v.redemption.redeemed_quantity) : undefined);
        const days = v.validity_day_of_week?.length ? [...v.validity_day_of_week].sort((a: number, b: number) => a - b) : undefined;
        expect(mapped?.validity?.days).to.deep.equal(days);
      }),
      RUNS,
    );
  });
});

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const spaazaVoucher = fc.record(
  {
    voucher_id: fc.integer({ min: 1, max: 1e6 }),
    voucher_key: hex64,
    voucher_honour_code: nullable(fc.stringMatching(/^[A-Za-z0-9]{4,10}$/)),
    voucher_amount: fc.integer({ min: 0, max: 100 }),
    voucher_amount_original: fc.integer({ min: 0, max: 100 }),
    voucher_amount_redeemed: fc.integer({ min: 0, max: 100 }),
    voucher_currency_symbol: fc.constantFrom('€', '£', '$'),
    voucher_expiry_datetime_utc: fc.constantFrom('2050-01-01 00:00:00', '2018-07-30 00:00:00'),
    voucher_locked: fc.boolean(),
    voucher_status: fc.constantFrom('generated', 'claimed', 'redeemed'),
  },
  { requiredKeys: ['voucher_id', 'voucher_key', 'voucher_amount', 'voucher_status'] },
);

describe('property: Spaaza answers shaped by its documented fields', () => {
  it('the code is never the key; what is left is the original less what was redeemed; locked and unclaimed are held back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(spaazaVoucher, { maxLength: 4, selector: (v) => v.voucher_id }), fc.uniqueArray(spaazaVoucher, { maxLength: 3, selector: (v) => v.voucher_id }), async (basket, honour) => {
        const ids = new Set(basket.map((v) => v.voucher_id));
        const honourOnly = honour.filter((v) => !ids.has(v.voucher_id));
        const body = { result: { code: 1, status: 'ok' }, results: { basket_vouchers: basket, honour_vouchers: honourOnly } };
        const vouchers = await spaazaAdapter.fetchVouchers(fakeRequest([body]));
        for (const [list, entries] of [['basket', basket], ['honour', honourOnly]] as const) {
          for (const entry of entries) {
            const v = vouchers.find((x) => x.id === `spaaza:${entry.voucher_id}`)!;
            expect(v.code).to.not.equal(entry.voucher_key);
            expect(v.code).to.equal(entry.voucher_honour_code ?? String(entry.voucher_id));
            const blocked = entry.voucher_locked ? 'locked' : list === 'basket' && entry.voucher_status === 'generated' ? 'unclaimed' : undefined;
            expect(v.blocked).to.equal(blocked);
            if (entry.voucher_amount_redeemed) {
              const total = (entry.voucher_amount_original ?? -1) >= entry.voucher_amount ? entry.voucher_amount_original! : entry.voucher_amount;
              expect(v.value).to.deep.include({ kind: 'balance', amount: Math.max(0, total - entry.voucher_amount_redeemed), total });
            } else expect(v.value).to.deep.include({ kind: 'amount', amount: entry.voucher_amount });
            const shown = visibleVouchers([v], NOW).length === 1;
            const spent = entry.voucher_status === 'redeemed' || (v.value?.kind === 'balance' && v.value.amount === 0);
            expect(shown, JSON.stringify(entry)).to.equal(!spent && (entry.voucher_expiry_datetime_utc ?? '2050').startsWith('2050'));
            if (blocked) expect(isUsableNow(v, NOW)).to.equal(false);
          }
        }
      }),
      RUNS,
    );
  });
});
