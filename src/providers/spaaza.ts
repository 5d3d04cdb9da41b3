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
  return lists.flatMap((list) => list ?? []).map(mapVoucher).filter((voucher): voucher is Voucher => voucher !== undefined);
}

function mapVoucher(value: unknown): Voucher | undefined {
  const entry = asObject(value);
  if (!entry) return undefined;
  // The honour code is what the shopper shows; key and id are what a till sends.
  const code =
    asText(entry.voucher_honour_code) ?? asText(entry.voucher_key) ?? asText(entry.voucher_id);
  if (!code) return undefined;
  return {
    id: `spaaza:${asText(entry.voucher_id) ?? code}`,
    code,
    provider: 'spaaza',
    title: asText(entry.voucher_title) ?? asText(entry.campaign_title),
    description: asText(entry.voucher_description) ?? asText(entry.voucher_text),
    value: voucherValue(entry),
    expiresAt: parseSpaazaExpiry(entry.voucher_expiry_datetime_utc),
    status: entry.voucher_status === 'redeemed' ? 'used' : 'active',
    image: asHttpsUrl(entry.voucher_image_url),
  };
}

/** `voucher_amount` is in major units (5 = €5). */
function voucherValue(entry: JsonObject): VoucherValue | undefined {
  const amount = asNumber(entry.voucher_amount);
  if (amount === undefined || amount < 0) return undefined;
  // A sign shares the line with the amount: nothing invisible that could reorder its digits.
  const currencySymbol = asLabel(entry.voucher_currency_symbol, 8);
  const currency = currencySymbol ? CURRENCY_BY_SYMBOL.get(currencySymbol) : undefined;
  return { kind: 'amount', amount, currency, currencySymbol };
}
