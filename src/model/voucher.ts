import { isWithinValidity, nextValidStart, nextValidityChange } from './validity.js';

/**
 * The one shape every provider's voucher is normalised into. Adapters produce it; the
 * element shows it and hands it out in events. Times are epoch milliseconds (UTC).
 */
export interface Voucher {
  /** Stable id, unique within one load (provider id when there is one, else the code). */
  id: string;
  /** The code the shopper types or shows at the till. Never empty. */
  code: string;
  /** Which provider adapter produced it (`clevertap`, `voucherify`, `spaaza`, …). */
  provider: string;
  title?: string;
  description?: string;
  /** Brand, partner or campaign the voucher belongs to. */
  brand?: string;
  value?: VoucherValue;
  /** When it becomes usable; absent = already usable. */
  startsAt?: number;
  /** When it stops being usable; absent = never expires. */
  expiresAt?: number;
  /** What the provider says about it; expiry by time is derived separately (see `isExpired`). */
  status: VoucherStatus;
  /** An `https:` image for the voucher, when the provider has one. */
  image?: string;
  /** `https:` links to QR and barcode images of the code (Voucherify assets). */
  qrUrl?: string;
  barcodeUrl?: string;
  /**
   * `referrer`: a referral code the shopper shares with friends, who spend it; the shopper does
   * not. Absent: the shopper's own voucher to spend.
   */
  role?: 'referrer';
  /** How many more times it can be redeemed, when the provider limits it (absent = no limit). */
  usesLeft?: number;
  /**
   * Recurring windows it can be used in (days of the week, hours of the day, a repeating
   * period), read in the shopper's time zone. Absent = any time between start and expiry.
   */
  validity?: VoucherValidity;
  /**
   * Why the provider will not take it now though it is active: `locked` (held by the provider,
   * e.g. in a basket being paid), `unclaimed` (it has to be claimed before it can be redeemed).
   */
  blocked?: 'locked' | 'unclaimed';
}

/** When, within its start and expiry, a voucher can be used. Every part present must hold. */
export interface VoucherValidity {
  /** Days of the week, 0 = Sunday … 6 = Saturday. */
  days?: number[];
  /**
   * Hours of the day: from `from` to `to` minutes after local midnight (`to` excluded; a `to`
   * at or before `from` runs past midnight), on `days` (all days when absent). Any one may hold.
   */
  hours?: { from: number; to: number; days?: number[] }[];
  /** Usable for `durationMs`, every `intervalMs`, counted from `from` (epoch ms). */
  every?: { from: number; durationMs: number; intervalMs: number };
}

/**
 * `active`: usable (or will be, see `startsAt`). `used`: redeemed. `expired`: the provider
 * says so. `disabled`: switched off. `no-balance`: a gift card or wallet that is empty.
 * `scheduled`: the provider says it is not active yet (shown, not usable; `startsAt` tells when,
 * if the provider says).
 */
export type VoucherStatus = 'active' | 'used' | 'expired' | 'disabled' | 'no-balance' | 'scheduled';

/**
 * What the voucher is worth. `amount` is in major units (euros, not cents) for money kinds,
 * a number of points for `points`, and 0–100 for `percent`.
 */
export type VoucherValue =
  | { kind: 'amount'; amount: number; currency?: string; currencySymbol?: string }
  /** What is left; `total`, when given, is what it held at first (`amount` of `total` left). */
  | { kind: 'balance'; amount: number; total?: number; currency?: string; currencySymbol?: string }
  /** The order costs `amount` with it (Voucherify FIXED), as opposed to `amount` off. */
  | { kind: 'fixed-price'; amount: number; currency?: string; currencySymbol?: string }
  /** `maxAmount`: the most it takes off (major units, in `currency` or the tray's). */
  | { kind: 'percent'; percent: number; maxAmount?: number; currency?: string }
  /** `expiringPoints` of them expire at `expiringAt` (epoch ms), the next to go. */
  | { kind: 'points'; points: number; expiringPoints?: number; expiringAt?: number }
  /** `freeShipping`: shipping is free as well. */
  | { kind: 'units'; units: number; unitType?: string; freeShipping?: boolean }
  | { kind: 'free-shipping' }
  /**
   * Worked out by the provider when the order is made (a formula): no number is promised.
   * `basis` says what kind of discount it will be.
   */
  | { kind: 'computed'; basis: 'amount' | 'percent' | 'fixed-price' | 'units' };

/** True when the voucher can no longer be used at `now`, by time or by the provider's word. */
export function isExpired(voucher: Voucher, now: number): boolean {
  return voucher.expiresAt !== undefined && voucher.expiresAt <= now;
}

/**
 * Shown by default: usable by the provider's word, now or later (a `scheduled` one, one whose
 * start or window is ahead, a locked or unclaimed one: shown muted, with when or why), and not
 * past its expiry.
 */
export function isUsable(voucher: Voucher, now: number): boolean {
  return (voucher.status === 'active' || voucher.status === 'scheduled') && !isExpired(voucher, now);
}

/**
 * Redeemable at `now` as it stands: active, started, not expired, inside its validity
 * windows and not held back (locked, unclaimed). A referral code counts (friends spend it now).
 */
export function isUsableNow(voucher: Voucher, now: number): boolean {
  return (
    voucher.status === 'active' &&
    !isExpired(voucher, now) &&
    !(voucher.startsAt !== undefined && voucher.startsAt > now) &&
    voucher.blocked === undefined &&
    isWithinValidity(voucher.validity, now)
  );
}

/**
 * The next moment at or after `now` at which a shown voucher becomes usable by time (its start,
 * its next window), or undefined: usable now, never again by time, or not known (a `scheduled`
 * one without a start, a locked one).
 */
export function usableFrom(voucher: Voucher, now: number): number | undefined {
  if (voucher.blocked !== undefined || isExpired(voucher, now)) return undefined;
  if (voucher.status !== 'active' && !(voucher.status === 'scheduled' && voucher.startsAt !== undefined)) return undefined;
  const from = Math.max(now, voucher.startsAt ?? now);
  const at = nextValidStart(voucher.validity, from);
  return at === undefined || at === now || (voucher.expiresAt !== undefined && at >= voucher.expiresAt) ? undefined : at;
}

/**
 * The entries to show at `now`: the usable ones (not-yet-active included) soonest expiry first
 * (never-expiring last, order kept), then, with `showExpired`, the unusable ones in the same order.
 */
export function visibleVouchers(
  all: readonly Voucher[],
  now: number,
  showExpired = false,
): Voucher[] {
  const byExpiry = (a: Voucher, b: Voucher) => (a.expiresAt ?? Infinity) - (b.expiresAt ?? Infinity) || 0;
  const usable = all.filter((v) => isUsable(v, now)).sort(byExpiry);
  return showExpired ? [...usable, ...all.filter((v) => !isUsable(v, now)).sort(byExpiry)] : usable;
}

/** How many shown entries can be used right now (started, not expired): the launcher's count. */
export const usableNow = (shown: readonly Voucher[], now: number): number =>
  shown.filter((v) => isUsable(v, now) && (v.startsAt ?? 0) <= now).length;

/**
 * The next moment after `now` at which what `visibleVouchers` returns (or how an entry is
 * marked) changes: an expiry or a start passing, a validity window opening or closing, points
 * expiring. Undefined when nothing will change.
 */
export function nextVisibilityChange(all: readonly Voucher[], now: number): number | undefined {
  let next: number | undefined;
  for (const v of all) {
    const points = v.value?.kind === 'points' ? v.value.expiringAt : undefined;
    for (const t of [v.expiresAt, v.startsAt, points, nextValidityChange(v.validity, now)]) {
      if (t !== undefined && t > now && (next === undefined || t < next)) next = t;
    }
  }
  return next;
}
