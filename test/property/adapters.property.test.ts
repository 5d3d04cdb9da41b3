import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clevertapAdapter } from '../../src/providers/clevertap.js';
import { checkedVouchers } from '../../src/model/guard.js';
import { spaazaAdapter } from '../../src/providers/spaaza.js';
import type { ProviderAdapter } from '../../src/providers/types.js';
import { voucherifyAdapter } from '../../src/providers/voucherify/redeemables.js';
import { voucherifyVouchersAdapter } from '../../src/providers/voucherify/list-vouchers.js';
import { fakeRequest } from '../providers/fake-request.js';
import { RUNS, anyString, expectVouchersOrTypedError, fieldValue, getJsonError, objectWith, orAnything } from './arbitraries.js';

const maybe = (value: string) => fc.oneof(fc.constant(value), fieldValue);
const list = <T>(item: fc.Arbitrary<T>, maxLength = 6) => orAnything(fc.array(item, { maxLength }));

const voucherifyVoucher = objectWith(
  ['id', 'code', 'type', 'campaign', 'category', 'categories', 'additional_info', 'discount', 'gift', 'loyalty_card', 'start_date', 'expiration_date', 'active', 'metadata', 'assets', 'redemption', 'is_referral_code', 'validity_day_of_week', 'validity_hours', 'validity_timeframe'],
  {
    code: fc.oneof(anyString, fieldValue),
    type: fc.oneof(fc.constantFrom('DISCOUNT_VOUCHER', 'GIFT_VOUCHER', 'LOYALTY_CARD'), fieldValue),
    discount: orAnything(
      objectWith(['type', 'amount_off', 'percent_off', 'fixed_amount', 'unit_off', 'unit_type', 'amount_limit', 'amount_off_formula', 'is_dynamic', 'units', 'sku'], {
        type: fc.constantFrom('AMOUNT', 'PERCENT', 'FIXED', 'UNIT', 'x'),
        units: list(objectWith(['unit_off', 'unit_type', 'unit_off_formula', 'product'], { product: objectWith(['name']) }), 3),
      }),
    ),
    gift: orAnything(objectWith(['balance', 'amount'])),
    loyalty_card: orAnything(objectWith(['balance', 'next_expiration_date', 'next_expiration_points'], { next_expiration_date: fc.oneof(fc.constantFrom('2023-12-31', '2026-02-30', '0099-01-01'), fieldValue) })),
    validity_day_of_week: list(fc.oneof(fc.integer({ min: -1, max: 8 }), fieldValue), 8),
    validity_hours: orAnything(objectWith(['daily'], { daily: list(objectWith(['start_time', 'expiration_time', 'days_of_week'], { start_time: fc.constantFrom('12:00', '24:00', '23:59:59', '9:00'), expiration_time: fc.constantFrom('14:00', '00:00', '99:99') }), 3) })),
    validity_timeframe: orAnything(objectWith(['duration', 'interval'], { duration: fc.constantFrom('PT1H', 'P2D', 'P1M', 'PT0S', 'P'), interval: fc.constantFrom('P2D', 'P1W', 'PT1H') })),
    metadata: orAnything(objectWith(['image_url', 'image'])),
    assets: orAnything(objectWith(['qr', 'barcode'], { qr: objectWith(['url']), barcode: objectWith(['url']) })),
    redemption: orAnything(objectWith(['quantity', 'redeemed_quantity'])),
    categories: list(objectWith(['name']), 2),
  },
);

/** Per adapter: the body shape its provider answers with, filled with anything. */
const BODIES: Record<string, fc.Arbitrary<unknown>> = {
  clevertap: objectWith(['status', 'records', 'error', 'code'], {
    status: maybe('success'),
    records: list(objectWith(['voucherCode', 'listName', 'listDescription', 'partner', 'listExpiry', 'campaignId', 'externalVoucherId'])),
  }),
  voucherify: objectWith(['data', 'has_more', 'more_starting_after'], {
    data: fc.oneof(fc.constant(null), list(objectWith(['id', 'redeemable_object', 'holder_role', 'redeemable'], { redeemable_object: maybe('voucher'), holder_role: fc.oneof(fc.constantFrom('OWNER', 'REFERRER', 'REFEREE'), fieldValue), redeemable: objectWith(['status', 'voucher'], { status: fc.oneof(fc.constantFrom('ACTIVE', 'NOT_ACTIVE_YET', 'USED'), fieldValue), voucher: voucherifyVoucher }) }))),
    has_more: fc.oneof(fc.boolean(), fieldValue),
  }),
  'voucherify-vouchers': objectWith(['vouchers', 'total'], { vouchers: fc.oneof(fc.constant(null), list(voucherifyVoucher)) }),
  spaaza: objectWith(['result', 'results', 'error'], {
    result: orAnything(objectWith(['status', 'code'])),
    results: objectWith(['basket_vouchers', 'honour_vouchers', 'var_price_vouchers'], {
      basket_vouchers: list(
        objectWith(['voucher_id', 'voucher_key', 'voucher_honour_code', 'voucher_title', 'campaign_title', 'voucher_description', 'voucher_text', 'voucher_amount', 'voucher_amount_original', 'voucher_amount_redeemed', 'voucher_locked', 'voucher_currency_symbol', 'voucher_expiry_datetime_utc', 'voucher_status', 'voucher_image_url']),
      ),
    }),
  }),
};

const ADAPTERS: Record<string, ProviderAdapter> = {
  clevertap: clevertapAdapter,
  voucherify: voucherifyAdapter,
  'voucherify-vouchers': voucherifyVouchersAdapter,
  spaaza: spaazaAdapter,
};

/** A run of answers (bodies, or errors getJson throws); the last one repeats. */
const answers = (body: fc.Arbitrary<unknown>) =>
  fc.array(fc.oneof({ weight: 6, arbitrary: orAnything(body) }, { weight: 1, arbitrary: getJsonError }), { minLength: 1, maxLength: 4 });

const respondWith = (queue: unknown[]) => {
  let next = 0;
  return () => queue[Math.min(next++, queue.length - 1)];
};

// Identities and codes reach adapters trimmed, non-empty and well-formed (the loader checks).
const identity = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '');

describe('property: adapters', () => {
  for (const [name, adapter] of Object.entries(ADAPTERS)) {
    it(`${name}: any JSON gives well-formed vouchers or a typed error`, async () => {
      await fc.assert(
        fc.asyncProperty(answers(BODIES[name]!), identity, async (queue, who) => {
          await expectVouchersOrTypedError(() => adapter.fetchVouchers(fakeRequest(respondWith(queue), { identity: who })));
        }),
        RUNS,
      );
    });

    it(`${name}: reads any error body without throwing`, () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 3 }), (body) => {
          const message = adapter.errorMessage?.(body);
          expect(message === undefined || typeof message === 'string').to.equal(true);
        }),
        RUNS,
      );
    });
  }

  for (const name of ['voucherify', 'voucherify-vouchers']) {
    it(`${name} with codes: any Get Voucher answers give well-formed vouchers or a typed error`, async () => {
      const codes = fc.array(identity, { minLength: 1, maxLength: 4 });
      await fc.assert(
        fc.asyncProperty(answers(voucherifyVoucher), codes, async (queue, asked) => {
          await expectVouchersOrTypedError(() => ADAPTERS[name]!.fetchVouchers(fakeRequest(respondWith(queue), { codes: asked })));
        }),
        RUNS,
      );
    });
  }

  it('the loader’s guard: whatever a registered adapter returns, well-formed vouchers or a typed error', async () => {
    const shaped = objectWith(['id', 'code', 'provider', 'title', 'description', 'brand', 'value', 'startsAt', 'expiresAt', 'status', 'image', 'qrUrl', 'barcodeUrl', 'role', 'usesLeft', 'validity', 'blocked'], {
      value: orAnything(
        objectWith(['kind', 'amount', 'total', 'currency', 'currencySymbol', 'percent', 'maxAmount', 'points', 'expiringPoints', 'expiringAt', 'units', 'unitType', 'freeShipping', 'basis'], {
          kind: fc.constantFrom('amount', 'balance', 'percent', 'points', 'units', 'free-shipping', 'computed'),
        }),
      ),
      validity: orAnything(objectWith(['days', 'hours', 'every'], { hours: list(objectWith(['from', 'to', 'days']), 3), every: objectWith(['from', 'durationMs', 'intervalMs']) })),
      role: fc.oneof(fc.constant('referrer'), fieldValue),
      blocked: fc.oneof(fc.constantFrom('locked', 'unclaimed'), fieldValue),
      startsAt: fc.oneof(fc.double(), fieldValue),
      expiresAt: fc.oneof(fc.double(), fieldValue),
    });
    await fc.assert(
      fc.asyncProperty(orAnything(fc.array(orAnything(shaped), { maxLength: 8 })), async (returned) => {
        await expectVouchersOrTypedError(async () => checkedVouchers(returned, 'test', 'https://shop.invalid/page'));
      }),
      RUNS,
    );
  });
});
