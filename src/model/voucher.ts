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
}

/**
 * `active`: usable (or will be, see `startsAt`). `used`: redeemed. `expired`: the provider
 * says so. `disabled`: switched off. `no-balance`: a gift card or wallet that is empty.
 */
export type VoucherStatus = 'active' | 'used' | 'expired' | 'disabled' | 'no-balance';

/**
 * What the voucher is worth. `amount` is in major units (euros, not cents) for money kinds,
 * a number of points for `points`, and 0–100 for `percent`.
 */
export type VoucherValue =
  | { kind: 'amount'; amount: number; currency?: string; currencySymbol?: string }
  | { kind: 'balance'; amount: number; currency?: string; currencySymbol?: string }
  /** The order costs `amount` with it (Voucherify FIXED), as opposed to `amount` off. */
  | { kind: 'fixed-price'; amount: number; currency?: string; currencySymbol?: string }
  | { kind: 'percent'; percent: number }
  | { kind: 'points'; points: number }
  | { kind: 'units'; units: number; unitType?: string }
  | { kind: 'free-shipping' };

/** True when the voucher can no longer be used at `now`, by time or by the provider's word. */
export function isExpired(voucher: Voucher, now: number): boolean {
  return voucher.expiresAt !== undefined && voucher.expiresAt <= now;
}

/** Shown by default: usable by the provider's word and not past its expiry. */
export function isUsable(voucher: Voucher, now: number): boolean {
  return voucher.status === 'active' && !isExpired(voucher, now);
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
 * marked) changes: an expiry or a start passing. Undefined when nothing will change.
 */
export function nextVisibilityChange(all: readonly Voucher[], now: number): number | undefined {
  let next: number | undefined;
  for (const v of all) {
    for (const t of [v.expiresAt, v.startsAt]) {
      if (t !== undefined && t > now && (next === undefined || t < next)) next = t;
    }
  }
  return next;
}
