import type { VoucherStatus } from '../../model/voucher.js';
import { asNumber, asObject, type JsonObject } from '../../model/json.js';
import { nonNegative } from './value.js';

const REDEEMABLE_STATUS: ReadonlyMap<unknown, VoucherStatus> = new Map([
  ['ACTIVE', 'active'],
  // Not usable yet, whatever its start_date says (the campaign may not have started): shown
  // muted, with its start when it has one.
  ['NOT_ACTIVE_YET', 'scheduled'],
  ['USED', 'used'],
  ['EXPIRED', 'expired'],
  ['DISABLED', 'disabled'],
  ['NO_BALANCE', 'no-balance'],
]);

/**
 * The redeemable's own `status` when the endpoint gives one, else what the voucher says of
 * itself: switched off, redeemed as often as it may be, an empty gift card.
 */
export function voucherStatus(voucher: JsonObject, redeemableStatus: unknown): VoucherStatus {
  const stated = REDEEMABLE_STATUS.get(redeemableStatus);
  if (stated && stated !== 'active' && stated !== 'scheduled') return stated;
  if (voucher.active === false) return 'disabled';
  if (stated) return stated;
  // No redeemable status (Get Voucher, List Vouchers): work it out from the voucher itself.
  if (usesLeft(voucher) === 0) return 'used';
  const giftCounts = voucher.type === 'GIFT_VOUCHER' || voucher.type == null;
  if (giftCounts && asNumber(asObject(voucher.gift)?.balance) === 0) return 'no-balance';
  return 'active';
}

/** `redemption.quantity - redeemed_quantity` when limited (`quantity: null` = unlimited). */
export function usesLeft(voucher: JsonObject): number | undefined {
  const redemption = asObject(voucher.redemption);
  const quantity = nonNegative(redemption?.quantity);
  if (quantity === undefined || !Number.isSafeInteger(quantity)) return undefined;
  const redeemed = nonNegative(redemption?.redeemed_quantity) ?? 0;
  return Math.max(0, Math.floor(quantity - redeemed));
}

/**
 * A referral code the shopper is to share: the redeemable's `holder_role: REFERRER`, or, where
 * no role is given (Get Voucher, List Vouchers by holder), a referral code the shopper holds.
 */
export function isReferrer(voucher: JsonObject, holderRole: unknown): boolean {
  if (holderRole === 'REFERRER') return true;
  return holderRole == null && voucher.is_referral_code === true;
}
