import type { Voucher, VoucherValue } from '../model/voucher.js';
import { parseSpaazaExpiry } from './dates.js';
import { VoucherTrayError } from './errors.js';
import { asArray, asHttpsUrl, asLabel, asNumber, asObject, asText, type JsonObject } from '../model/json.js';
import type { ProviderAdapter } from './types.js';

/**
 * Spaaza get-user-vouchers (`GET /get-user-vouchers?user_id=…`). The chain comes from the
 * token response's `params` (`chain_id`), which the request adds to the query.
 */
export const spaazaAdapter: ProviderAdapter = {
  defaultApiBase: 'https://api0.spaaza.com',

  async fetchVouchers(request) {
    const body = await request.getJson('/get-user-vouchers', { user_id: request.identity });
    return parseUserVouchersBody(body);
  },

  errorMessage: spaazaErrorMessage,

  // Spaaza reports errors in the body, often with HTTP 200, each named (`user_not_found`);
  // the names of an ended or invalid session all speak of the session or of being logged in.
  sessionExpired: (body) => /session|logged_?in|unauthori[sz]ed/i.test(asText(asObject(asObject(body)?.error)?.name) ?? ''),
};

/** `error.description` (else `error.name`) of a `{result:{status:"error"}, error}` body. */
function spaazaErrorMessage(body: unknown): string | undefined {
  const error = asObject(asObject(body)?.error);
  return asText(error?.description) ?? asText(error?.name);
}

// The voucher lists; `promotions` (hints, no code) and `wallet` (a balance) are not vouchers.
const VOUCHER_LISTS = ['basket_vouchers', 'honour_vouchers', 'var_price_vouchers'] as const;
// Redeemed through a basket (add-basket), where "only vouchers with a status of claimed can be
// redeemed"; honour vouchers are redeemed with their honour code in another system instead.
const BASKET_LISTS: ReadonlySet<string> = new Set(['basket_vouchers', 'var_price_vouchers']);

// Only symbols that name one currency; `$`, `kr`, `¥` … are left to the `currency` attribute.
const CURRENCY_BY_SYMBOL: ReadonlyMap<string, string> = new Map([
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
]);

function parseUserVouchersBody(body: unknown): Voucher[] {
  const json = asObject(body);
  const result = asObject(json?.result);
  // Spaaza reports failures in the body (`result.code` 2), sometimes with HTTP 200. Its
  // `error.code` is Spaaza's own numbering, not an HTTP status, so no status is given.
  if (result?.status === 'error' || result?.code === 2 || asObject(json?.error)) {
    throw new VoucherTrayError('http', spaazaErrorMessage(json) ?? 'Spaaza could not fetch the vouchers');
  }
  const results = asObject(json?.results);
  const lists = VOUCHER_LISTS.map((name) => asArray(results?.[name]));
  if (!results || lists.every((list) => list === undefined)) {
    throw new VoucherTrayError('parse', 'Spaaza answered with an unexpected body');
  }
  // A voucher in two lists keeps its id, and the loader's guard keeps one entry per id.
  return VOUCHER_LISTS.flatMap((name, i) => (lists[i] ?? []).map((entry) => mapVoucher(entry, BASKET_LISTS.has(name))))
    .filter((voucher): voucher is Voucher => voucher !== undefined);
}

function mapVoucher(json: unknown, redeemedInBasket: boolean): Voucher | undefined {
  const entry = asObject(json);
  if (!entry) return undefined;
  // The honour code is what the shopper shows. Without one, the docs name `voucher_key` or
  // `voucher_id` as what redeems it (sent by the till or app): the short id, never the
  // 64-character key, which no one could read out or type.
  const id = asText(entry.voucher_id);
  const code = asText(entry.voucher_honour_code) ?? id;
  if (!code) return undefined;
  const value = voucherValue(entry);
  const voucher: Voucher = {
    id: `spaaza:${id ?? code}`,
    code,
    provider: 'spaaza',
    title: asText(entry.voucher_title) ?? asText(entry.campaign_title),
    description: asText(entry.voucher_description) ?? asText(entry.voucher_text),
    value,
    expiresAt: parseSpaazaExpiry(entry.voucher_expiry_datetime_utc),
    status: voucherStatus(entry, value),
    image: asHttpsUrl(entry.voucher_image_url),
  };
  if (entry.voucher_locked === true) voucher.blocked = 'locked';
  else if (redeemedInBasket && entry.voucher_status === 'generated') voucher.blocked = 'unclaimed';
  return voucher;
}

function voucherStatus(entry: JsonObject, value: VoucherValue | undefined): Voucher['status'] {
  if (entry.voucher_status === 'redeemed') return 'used';
  if (entry.voucher_status === 'expired') return 'expired';
  // Partly redeemed down to nothing: spent, though not marked redeemed.
  return value?.kind === 'balance' && value.amount === 0 ? 'used' : 'active';
}

/**
 * `voucher_amount` is in major units (5 = €5). Once part is redeemed
 * (`voucher_amount_redeemed`), what is left of the original amount is what it is worth.
 */
function voucherValue(entry: JsonObject): VoucherValue | undefined {
  const amount = asNumber(entry.voucher_amount);
  if (amount === undefined || amount < 0) return undefined;
  // A sign shares the line with the amount: nothing invisible that could reorder its digits.
  const currencySymbol = asLabel(entry.voucher_currency_symbol, 8);
  const currency = currencySymbol ? CURRENCY_BY_SYMBOL.get(currencySymbol) : undefined;
  const redeemed = asNumber(entry.voucher_amount_redeemed);
  if (redeemed === undefined || redeemed <= 0) return { kind: 'amount', amount, currency, currencySymbol };
  const original = asNumber(entry.voucher_amount_original);
  const total = original !== undefined && original >= amount ? original : amount;
  const rest = total - redeemed;
  // Rounded to cents where cents exist: times 100, an absurdly large amount would be Infinity.
  const left = Math.max(0, Math.abs(rest) < 1e12 ? Math.round(rest * 100) / 100 : rest);
  return { kind: 'balance', amount: left, total, currency, currencySymbol };
}
