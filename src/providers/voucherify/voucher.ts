import type { Voucher } from '../../model/voucher.js';
import { parseIsoTime } from '../dates.js';
import { asArray, asHttpsUrl, asObject, asText, type JsonObject } from '../../model/json.js';
import { isReferrer, usesLeft, voucherStatus } from './status.js';
import { voucherValidity } from './validity.js';
import { voucherValue } from './value.js';

/** Where Voucherify's API lives unless the token response or `api-base` says otherwise. */
export const VOUCHERIFY_API_BASE = 'https://api.voucherify.io';
/** The most a Voucherify list endpoint returns per page. */
export const PAGE_SIZE = 100;

/**
 * The Voucherify voucher object, shared by Get Voucher, List Vouchers and List Customer
 * Redeemables (`data[].redeemable.voucher`), into a `Voucher`. Undefined when it has no
 * code. `redeemableStatus` and `holderRole` are the redeemable's own `status` and
 * `holder_role`, when the endpoint gives them.
 */
export function mapVoucherifyVoucher(
  json: unknown,
  redeemableStatus?: unknown,
  provider = 'voucherify',
  holderRole?: unknown,
): Voucher | undefined {
  const voucher = asObject(json);
  // Codes are strings; a number here is more likely an error body's `code: 404`.
  const code = typeof voucher?.code === 'string' ? asText(voucher.code) : undefined;
  if (!voucher || !code) return undefined;
  const metadata = asObject(voucher.metadata);
  const assets = asObject(voucher.assets);
  const mapped: Voucher = {
    id: asText(voucher.id) ?? code,
    code,
    provider,
    // Without campaign or category the element names it from its value.
    title: asText(voucher.campaign) ?? asText(voucher.category) ?? firstCategoryName(voucher),
    description: asText(voucher.additional_info),
    value: voucherValue(voucher),
    startsAt: parseIsoTime(voucher.start_date),
    expiresAt: parseIsoTime(voucher.expiration_date),
    status: voucherStatus(voucher, redeemableStatus),
    image: asHttpsUrl(metadata?.image_url) ?? asHttpsUrl(metadata?.image),
    // The docs' samples carry a `{{internalVoucherifyURL}}` placeholder; asHttpsUrl drops it.
    qrUrl: asHttpsUrl(asObject(assets?.qr)?.url),
    barcodeUrl: asHttpsUrl(asObject(assets?.barcode)?.url),
  };
  // Only when there is something to say, so a plain voucher keeps its plain shape.
  const extra: Partial<Voucher> = {
    role: isReferrer(voucher, holderRole) ? 'referrer' : undefined,
    usesLeft: usesLeft(voucher),
    validity: voucherValidity(voucher),
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) (mapped as unknown as Record<string, unknown>)[key] = value;
  }
  return mapped;
}

/** `"message: details"` from a `{code, key, message, details, request_id}` error body. */
export function voucherifyErrorMessage(body: unknown): string | undefined {
  const json = asObject(body);
  const message = asText(json?.message);
  const details = asText(json?.details);
  if (message && details) return `${message}: ${details}`;
  return message ?? details;
}

/** Keeps the first voucher of each code (Get Voucher may be asked twice for one voucher). */
export function dedupeByCode(vouchers: readonly Voucher[]): Voucher[] {
  const seen = new Set<string>();
  return vouchers.filter((voucher) => {
    if (seen.has(voucher.code)) return false;
    seen.add(voucher.code);
    return true;
  });
}

function firstCategoryName(voucher: JsonObject): string | undefined {
  return asText(asObject(asArray(voucher.categories)?.[0])?.name);
}
