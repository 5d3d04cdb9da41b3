import type { Voucher } from '../model/voucher.js';
import { epochSecondsToMs } from './dates.js';
import { VoucherTrayError } from './errors.js';
import { asArray, asNumber, asObject, asText } from '../model/json.js';
import type { ProviderAdapter } from './types.js';

/**
 * CleverTap Fetch Voucher (`GET /1/promo/vouchers?identity=…`): the codes a shopper was
 * given by Partner Voucher Campaigns. Region accounts live on `{region}.api.clevertap.com`;
 * pick one with `api-base` or the token response's `api_base`.
 */
export const clevertapAdapter: ProviderAdapter = {
  defaultApiBase: 'https://api.clevertap.com',

  async fetchVouchers(request) {
    const body = await request.getJson('/1/promo/vouchers', { identity: request.identity });
    return parseFetchVoucherBody(body);
  },

  errorMessage: clevertapErrorMessage,

  // CleverTap reports a refused credential in the body, sometimes with HTTP 200.
  sessionExpired: (body) => asObject(body)?.status === 'fail' && httpStatus(asObject(body)?.code) === 401,
};

/** The `error` text of a `{status:"fail", error, code}` body. */
function clevertapErrorMessage(body: unknown): string | undefined {
  return asText(asObject(body)?.error);
}

function parseFetchVoucherBody(body: unknown): Voucher[] {
  const json = asObject(body);
  // CleverTap reports failures in the body, sometimes with HTTP 200.
  if (json?.status === 'fail') {
    throw new VoucherTrayError(
      'http',
      clevertapErrorMessage(json) ?? 'CleverTap could not fetch the vouchers',
      httpStatus(json.code),
    );
  }
  const records = asArray(json?.records);
  if (json?.status !== 'success' || !records) {
    throw new VoucherTrayError('parse', 'CleverTap answered with an unexpected body');
  }
  // A repeated record keeps its id, and the loader's guard keeps one entry per id.
  return records.map(mapRecord).filter((voucher): voucher is Voucher => voucher !== undefined);
}

function mapRecord(value: unknown): Voucher | undefined {
  const record = asObject(value);
  const code = asText(record?.voucherCode);
  if (!record || !code) return undefined;
  // The same voucher list (externalVoucherId) can feed several campaigns, so all three
  // parts are needed for an id that stays unique and stable.
  const campaign = asText(record.campaignId) ?? '';
  const list = asText(record.externalVoucherId) ?? '';
  return {
    id: `clevertap:${campaign}:${list}:${code}`,
    code,
    provider: 'clevertap',
    // `listName` is the title, and `listTag` is never shown, not even as a fallback. The docs
    // disagree on which holds what: their field table gives `listName` the sample "summersale"
    // and `listTag` "FLAT1000", their response sample the other way round (and carries an
    // editor's open question about tags). The meaning both agree on decides: `listName` is
    // the name of the list the code is drawn from, which is what names the offer; a tag groups
    // lists for the marketer. The response sample bears it out: its `listName` ("FLAT1000",
    // "FLAT20%") matches its `listDescription`, its `listTag` ("summersale") is a campaign label.
    title: asText(record.listName),
    description: asText(record.listDescription),
    brand: asText(record.partner),
    expiresAt: epochSecondsToMs(record.listExpiry),
    status: 'active',
  };
}

/** The body's `code` when it is an HTTP status (it mirrors one, e.g. 400). */
function httpStatus(value: unknown): number | undefined {
  const status = asNumber(value);
  return status !== undefined && Number.isInteger(status) && status >= 100 && status <= 599
    ? status
    : undefined;
}
