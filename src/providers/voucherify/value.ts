import type { VoucherValue } from '../../model/voucher.js';
import { asArray, asLabel, asNumber, asObject, asString, type JsonObject } from '../../model/json.js';

// Voucherify's reserved unit type for free shipping.
const FREE_SHIPPING_UNIT = 'prod_5h1pp1ng';
const PRODUCT_ID = /^(prod|sku)_/;

/**
 * What a Voucherify voucher is worth. Its `type` decides which object counts (a discount
 * voucher's stray `gift` is not its value); without a type, the one present is taken.
 */
export function voucherValue(voucher: JsonObject): VoucherValue | undefined {
  const discount = asObject(voucher.discount);
  const gift = asObject(voucher.gift);
  const card = asObject(voucher.loyalty_card);
  switch (voucher.type) {
    case 'DISCOUNT_VOUCHER':
      return discount && discountValue(discount);
    case 'GIFT_VOUCHER':
      return gift && giftValue(gift);
    case 'LOYALTY_CARD':
      return card && loyaltyValue(card);
  }
  if (discount) return discountValue(discount);
  return (gift && giftValue(gift)) ?? (card && loyaltyValue(card));
}

/** A gift card's balance, out of what was loaded onto it (cents). */
function giftValue(gift: JsonObject): VoucherValue | undefined {
  const balance = nonNegative(gift.balance);
  if (balance === undefined) return undefined;
  const total = nonNegative(gift.amount);
  return total !== undefined && total >= balance
    ? { kind: 'balance', amount: balance / 100, total: total / 100 }
    : { kind: 'balance', amount: balance / 100 };
}

/** Points available, and the next ones to expire (at the end of their day, on the shopper's clock). */
function loyaltyValue(card: JsonObject): VoucherValue | undefined {
  const points = nonNegative(card.balance);
  if (points === undefined) return undefined;
  const expiringPoints = nonNegative(card.next_expiration_points);
  const expiringAt = endOfLocalDay(card.next_expiration_date);
  return expiringPoints && expiringAt !== undefined
    ? { kind: 'points', points, expiringPoints, expiringAt }
    : { kind: 'points', points };
}

function endOfLocalDay(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null;
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  // Date rolls Feb 30 over into March: such a date is refused, not moved.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return date.setDate(day + 1);
}

/** A formula (or `is_dynamic`) means the amount is worked out at checkout: no number is promised. */
const isComputed = (discount: JsonObject, field: string) =>
  discount.is_dynamic === true || asString(discount[`${field}_formula`]) !== undefined;

/** Money is in cents (1000 = 10.00), in the project's currency (the `currency` attribute). */
function discountValue(discount: JsonObject): VoucherValue | undefined {
  switch (discount.type) {
    case 'AMOUNT': {
      if (isComputed(discount, 'amount_off')) return { kind: 'computed', basis: 'amount' };
      const cents = nonNegative(discount.amount_off);
      return cents === undefined ? undefined : { kind: 'amount', amount: cents / 100 };
    }
    case 'FIXED': {
      if (isComputed(discount, 'fixed_amount')) return { kind: 'computed', basis: 'fixed-price' };
      const cents = nonNegative(discount.fixed_amount);
      return cents === undefined ? undefined : { kind: 'fixed-price', amount: cents / 100 };
    }
    case 'PERCENT': {
      if (isComputed(discount, 'percent_off')) return { kind: 'computed', basis: 'percent' };
      const percent = nonNegative(discount.percent_off);
      if (percent === undefined || percent > 100) return undefined;
      const limit = nonNegative(discount.amount_limit);
      return limit ? { kind: 'percent', percent, maxAmount: limit / 100 } : { kind: 'percent', percent };
    }
    case 'UNIT':
      return asArray(discount.units) ? manyUnitsValue(discount) : unitValue(discount);
    default:
      return undefined;
  }
}

type Units = { units: number; unitType?: string } | 'free-shipping' | 'computed' | undefined;

/** One unit discount (`unit_off` of `unit_type`), or one entry of `units[]`. */
function oneUnit(unit: JsonObject): Units {
  const type = asString(unit.unit_type);
  if (type === FREE_SHIPPING_UNIT) return 'free-shipping';
  if (isComputed(unit, 'unit_off')) return 'computed';
  const units = nonNegative(unit.unit_off);
  if (units === undefined) return undefined;
  // A product or SKU id (`prod_…`, `sku_…`) means nothing to a shopper: its name if given, else
  // "2 free items". Shown beside the number, so only visible characters.
  const named = type && !PRODUCT_ID.test(type) ? type : (asString(asObject(unit.sku)?.name) ?? asString(asObject(unit.product)?.name));
  const unitType = asLabel(named, 80);
  return unitType ? { units, unitType } : { units };
}

function unitValue(discount: JsonObject): VoucherValue | undefined {
  const unit = oneUnit(discount);
  if (unit === 'free-shipping') return { kind: 'free-shipping' };
  if (unit === 'computed') return { kind: 'computed', basis: 'units' };
  return unit && { kind: 'units', ...unit };
}

/** `units[]` (ADD_MANY_ITEMS): the free items counted together, free shipping among them kept. */
function manyUnitsValue(discount: JsonObject): VoucherValue | undefined {
  const entries = asArray(discount.units)!.map((entry) => asObject(entry));
  const parts = entries.map((entry) => entry && oneUnit(entry));
  const shipping = parts.includes('free-shipping');
  const items = parts.filter((part) => part !== 'free-shipping');
  if (items.includes('computed')) return { kind: 'computed', basis: 'units' };
  if (items.length === 0) return shipping ? { kind: 'free-shipping' } : undefined;
  // One unreadable entry makes the count unknown: no number rather than a wrong one.
  if (items.includes(undefined)) return shipping ? { kind: 'free-shipping' } : undefined;
  const counted = items as { units: number; unitType?: string }[];
  const units = counted.reduce((sum, item) => sum + item.units, 0);
  const unitType = counted.every((item) => item.unitType !== undefined && item.unitType === counted[0]!.unitType) ? counted[0]!.unitType : undefined;
  return { kind: 'units', units, ...(unitType ? { unitType } : {}), ...(shipping ? { freeShipping: true } : {}) };
}

export function nonNegative(value: unknown): number | undefined {
  const n = asNumber(value);
  return n !== undefined && n >= 0 ? n : undefined;
}
