// The part of formatting a tray needs before any voucher is loaded: which locale it speaks,
// and when an entry's expiry text or "soon" mark next changes (for the shared timer).
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** Closer than this, an expiry is told relatively ("in 3 days"); further, by its date. */
export const WEEK = 7 * DAY;
/** Usable entries expiring within this are marked "expiring soon". */
export const SOON_MS = 2 * DAY;

/** A BCP 47 tag Intl accepts, or undefined (so a typo in `locale` never breaks the tray). */
export function validLocale(tag: string | null | undefined): string | undefined {
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The `locale` attribute, else the closest `[lang]`, else the browser's language. */
export function resolveLocale(host: Element, locale: string | undefined): string {
  return (
    validLocale(locale) ??
    validLocale(host.closest('[lang]')?.getAttribute('lang')) ??
    validLocale(navigator.language) ??
    'en'
  );
}

/** The local calendar day `time` falls on, so "today" and "tomorrow" follow the shopper's clock. */
export const dayOf = (time: number) => Math.floor((time - new Date(time).getTimezoneOffset() * MINUTE) / DAY);

/** True when a usable entry is close enough to its expiry to be marked "expiring soon". */
export const isExpiringSoon = (expiresAt: number | undefined, now: number): boolean =>
  expiresAt !== undefined && expiresAt > now && expiresAt - now <= SOON_MS;

/**
 * The next moment after `now` at which `expiryText` or the "expiring soon" mark may read
 * differently: each minute within the hour either side of the expiry (counted from the
 * expiry, so "in 25 minutes" turns exactly), each hour of "expired 3 hours ago", and
 * otherwise only at local midnight, an hour before, at "soon" and a week before the expiry.
 * A tray showing "Expires in 3 days" renders a few times a day, not every minute.
 */
export function nextTextChange(expiresAt: number, now: number): number {
  const left = expiresAt - now;
  const step = (unit: number) => now + ((((left % unit) + unit) % unit) || unit);
  if (Math.abs(left) <= HOUR) return step(MINUTE);
  const midnight = new Date(now).setHours(24, 0, 0, 0);
  // Past and on the same day it reads in hours; past an earlier day, it turns only at midnight.
  const moments = left > 0 ? [expiresAt - HOUR, expiresAt - SOON_MS, expiresAt - WEEK] : dayOf(expiresAt) === dayOf(now) ? [step(HOUR)] : [];
  return Math.min(midnight, ...moments.filter((moment) => moment > now));
}
