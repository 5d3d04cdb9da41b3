import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { VoucherTrayError } from '../../src/providers/errors.js';
import type { Voucher } from '../../src/model/voucher.js';

/** Runs per property: enough to find shape bugs, few enough for three engines. */
// One seed for every run: CI must give the same answer for the same code. A fresh seed
// explores new inputs (set `seed` to Date.now() locally and run test/property/ a few times);
// what it finds becomes a test of its own beside the adapter's (see the Spaaza amount test).
export const RUNS = { numRuns: 200, seed: 20261201 };

/** Any UTF-16 code unit, lone surrogates and bidi controls included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
export const anyString = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: codeUnit, maxLength: 12 }));

/** Values a provider field might really hold, next to anything at all. */
export const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2, stringUnit: 'binary' }),
  anyString,
  fc.constantFrom('', '  ', 'null', '0', '1750789800', '-1', '1e400', 'NaN'),
  fc.constantFrom('2050-01-01 00:00:00', '2025-02-30 10:00:00', '2026-11-22T12:00:00.123456Z', '2026-13-01', '9999-12-31T23:59:59+23:59'),
  fc.constantFrom('https://cdn.invalid/a.png', 'http://x.invalid/a.png', 'javascript:alert(1)', '{{internalVoucherifyURL}}'),
  fc.constantFrom('\u202E€', 'kr\u2066', '\u0000', '\u200F', 'a\u2028b', '<b>x</b>', '\uD800', '€', 'prod_5h1pp1ng'),
  fc.double(),
  fc.integer({ min: -1e15, max: 1e17 }),
  fc.constantFrom('ACTIVE', 'USED', 'EXPIRED', 'NO_BALANCE', 'redeemed', 'claimed', 'AMOUNT', 'PERCENT', 'UNIT', 'FIXED'),
);

/** An object with any subset of `keys`, each holding a `fieldValue`, plus stray keys. */
export function objectWith(keys: readonly string[], nested: Record<string, fc.Arbitrary<unknown>> = {}) {
  const model = Object.fromEntries(keys.map((key) => [key, nested[key] ?? fieldValue]));
  return fc
    .tuple(fc.record(model, { requiredKeys: [] }), fc.dictionary(fc.string({ maxLength: 6 }), fieldValue, { maxKeys: 2 }))
    .map(([known, extra]) => ({ ...extra, ...known }));
}

/** Either a shaped value or anything at all, so both deep and shallow paths are tried. */
export const orAnything = <T>(shaped: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });

/** An error `getJson` might throw instead of answering. */
export const getJsonError = fc
  .tuple(fc.constantFrom('http', 'network', 'timeout', 'parse') as fc.Arbitrary<VoucherTrayError['kind']>, fc.constantFrom(400, 401, 404, 429, 500, 503))
  .map(([kind, status]) => new VoucherTrayError(kind, 'failed', kind === 'http' ? status : undefined));

const KINDS = ['token', 'network', 'http', 'parse', 'timeout', 'config'];
const STATUSES = ['active', 'used', 'expired', 'disabled', 'no-balance', 'scheduled'];
const MAX_TIME_MS = 8.64e15;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

function validTime(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_TIME_MS && !Number.isNaN(new Date(value).getTime()));
}

/** The property every adapter keeps: well-formed vouchers, or a typed error, nothing else. */
export async function expectVouchersOrTypedError(run: () => Promise<Voucher[]>): Promise<void> {
  let vouchers: Voucher[];
  try {
    vouchers = await run();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(VoucherTrayError);
    expect(KINDS).to.include((error as VoucherTrayError).kind);
    return;
  }
  expect(vouchers).to.be.an('array');
  for (const voucher of vouchers) {
    expect(voucher.code).to.be.a('string');
    expect(voucher.code.trim()).to.equal(voucher.code);
    expect(voucher.code).to.not.equal('');
    expect(voucher.id).to.be.a('string').and.not.equal('');
    expect(validTime(voucher.expiresAt), `expiresAt ${voucher.expiresAt}`).to.equal(true);
    expect(validTime(voucher.startsAt), `startsAt ${voucher.startsAt}`).to.equal(true);
    expect(STATUSES).to.include(voucher.status);
    for (const url of [voucher.image, voucher.qrUrl, voucher.barcodeUrl]) {
      if (url !== undefined) expect(new URL(url).protocol, url).to.equal('https:');
    }
    for (const text of [voucher.title, voucher.description, voucher.brand]) {
      if (text !== undefined) expect(text).to.be.a('string').and.not.equal('');
    }
    const value = voucher.value as Record<string, unknown> | undefined;
    for (const label of [value?.currencySymbol, value?.unitType]) {
      if (label !== undefined) expect(INVISIBLE.test(String(label)), `label ${JSON.stringify(label)}`).to.equal(false);
    }
    for (const amount of ['amount', 'percent', 'points', 'units', 'total', 'maxAmount', 'expiringPoints']) {
      if (value?.[amount] !== undefined) expect(Number.isFinite(value[amount]), amount).to.equal(true);
    }
    expect([undefined, 'referrer']).to.include(voucher.role);
    expect([undefined, 'locked', 'unclaimed']).to.include(voucher.blocked);
    if (voucher.usesLeft !== undefined) expect(Number.isSafeInteger(voucher.usesLeft) && voucher.usesLeft >= 0, 'usesLeft').to.equal(true);
    const validity = voucher.validity;
    for (const day of [...(validity?.days ?? []), ...(validity?.hours ?? []).flatMap((h) => h.days ?? [])]) {
      expect(Number.isInteger(day) && day >= 0 && day <= 6, `day ${day}`).to.equal(true);
    }
    for (const hours of validity?.hours ?? []) {
      expect(Number.isInteger(hours.from) && hours.from >= 0 && hours.from < 1440 && Number.isInteger(hours.to) && hours.to >= 0 && hours.to <= 1440, 'hours').to.equal(true);
    }
    if (validity?.every) expect(validity.every.durationMs >= 60_000 && validity.every.intervalMs >= 60_000 && validTime(validity.every.from), 'every').to.equal(true);
  }
}
