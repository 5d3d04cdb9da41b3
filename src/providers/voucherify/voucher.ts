import type { Voucher, VoucherStatus, VoucherValue } from '../../model/voucher.js';
import { parseIsoTime } from '../dates.js';
import { asArray, asHttpsUrl, asLabel, asNumber, asObject, asText, type JsonObject } from '../../model/json.js';

/** Where Voucherify's API lives unless the token response or `api-base` says otherwise. */
export const VOUCHERIFY_API_BASE = 'https://api.voucherify.io';
/** The most a Voucherify list endpoint returns per page. */
export const PAGE_SIZE = 100;

/**
 * The Voucherify voucher object, shared by Get Voucher, List Vouchers and List Customer
 * Redeemables (`data[].redeemable.voucher`), into a `Voucher`. Undefined when it has no
 * code. `redeemableStatus` is the redeemable's own `status`, when the endpoint gives one.
 */
export function mapVoucherifyVoucher(
  json: unknown,
  redeemableStatus?: unknown,
  provider = 'voucherify',
): Voucher | undefined {
  const voucher = asObject(json);
  // Codes are strings; a number here is more likely an error body's `code: 404`.
  const code = typeof voucher?.code === 'string' ? asText(voucher.code) : undefined;
  if (!voucher || !code) return undefined;
  const metadata = asObject(voucher.metadata);
  const assets = asObject(voucher.assets);
  return {
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

const REDEEMABLE_STATUS: ReadonlyMap<unknown, VoucherStatus> = new Map([
  ['ACTIVE', 'active'],
  // Shown as usable, with its `startsAt`, so the shopper knows it is coming.
  ['NOT_ACTIVE_YET', 'active'],
  ['USED', 'used'],
  ['EXPIRED', 'expired'],
  ['DISABLED', 'disabled'],
  ['NO_BALANCE', 'no-balance'],
]);

// Voucherify's reserved unit type for free shipping.
const FREE_SHIPPING_UNIT = 'prod_5h1pp1ng';
const PRODUCT_ID = /^(prod|sku)_/;

function voucherStatus(voucher: JsonObject, redeemableStatus: unknown): VoucherStatus {
  const stated = REDEEMABLE_STATUS.get(redeemableStatus);
  if (stated && stated !== 'active') return stated;
  if (voucher.active === false) return 'disabled';
  if (stated) return stated;
  // No redeemable status (Get Voucher, List Vouchers): work it out from the voucher itself.
  const redemption = asObject(voucher.redemption);
  const quantity = asNumber(redemption?.quantity);
  const redeemed = asNumber(redemption?.redeemed_quantity);
  if (quantity !== undefined && redeemed !== undefined && redeemed >= quantity) return 'used';
  if (asNumber(asObject(voucher.gift)?.balance) === 0) return 'no-balance';
  return 'active';
}

function voucherValue(voucher: JsonObject): VoucherValue | undefined {
  const discount = asObject(voucher.discount);
  if (discount) return discountValue(discount);
  const giftBalance = nonNegative(asObject(voucher.gift)?.balance);
  if (giftBalance !== undefined) return { kind: 'balance', amount: giftBalance / 100 };
  const points = nonNegative(asObject(voucher.loyalty_card)?.balance);
  if (points !== undefined) return { kind: 'points', points };
  return undefined;
}

/** Money is in cents (1000 = 10.00), in the project's currency (the `currency` attribute). */
function discountValue(discount: JsonObject): VoucherValue | undefined {
  switch (discount.type) {
    case 'AMOUNT': {
      const cents = nonNegative(discount.amount_off);
      return cents === undefined ? undefined : { kind: 'amount', amount: cents / 100 };
    }
    case 'FIXED': {
      const cents = nonNegative(discount.fixed_amount);
      return cents === undefined ? undefined : { kind: 'fixed-price', amount: cents / 100 };
    }
    case 'PERCENT': {
      const percent = nonNegative(discount.percent_off);
      return percent === undefined || percent > 100 ? undefined : { kind: 'percent', percent };
    }
    case 'UNIT': {
      // Shown beside the number of units, so only visible characters.
      const unitType = asLabel(discount.unit_type, 80);
      if (unitType === FREE_SHIPPING_UNIT) return { kind: 'free-shipping' };
      const units = nonNegative(discount.unit_off);
      if (units === undefined) return undefined;
      // A product or SKU id (`prod_…`, `sku_…`) means nothing to a shopper: "2 free items" instead.
      return unitType && !PRODUCT_ID.test(unitType) ? { kind: 'units', units, unitType } : { kind: 'units', units };
    }
    default:
      return undefined;
  }
}

function nonNegative(value: unknown): number | undefined {
  const n = asNumber(value);
  return n !== undefined && n >= 0 ? n : undefined;
}

function firstCategoryName(voucher: JsonObject): string | undefined {
  return asText(asObject(asArray(voucher.categories)?.[0])?.name);
}
