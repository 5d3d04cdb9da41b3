// How an expiry reads ("Expires in 3 days"), whether it is "soon", and when either next
// changes (for the shared timer). Loaded with the list, never before the first paint.
import { fill } from '../i18n/fill.js';
import type { TrayStrings } from '../i18n/types.js';
import { DAY, HOUR, MINUTE, WEEK } from '../model/time.js';
import { intl, relative } from './intl.js';

// Closer than a WEEK, an expiry is told relatively ("in 3 days"); further, by its date.
/** Usable entries expiring within this are marked "expiring soon". */
const SOON_MS = 2 * DAY;

/** The local calendar day `time` falls on, so "today" and "tomorrow" follow the shopper's clock. */
const dayOf = (time: number) => Math.floor((time - new Date(time).getTimezoneOffset() * MINUTE) / DAY);

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

/**
 * How the expiry reads at `now`: "Expires in 25 minutes", "Expires today at 18:00",
 * "Expires tomorrow at 09:00", "Expires in 3 days", "Expires on 12 Dec 2026"; once past,
 * "Expired 3 hours ago", "Expired yesterday".
 */
export function expiryText(expiresAt: number, now: number, locale: string, strings: TrayStrings): string {
  const left = expiresAt - now;
  const days = dayOf(expiresAt) - dayOf(now);
  if (left <= 0) {
    const ago =
      -left < HOUR
        ? relative(-Math.max(1, Math.floor(-left / MINUTE)), 'minute', locale)
        : days === 0
          ? relative(-Math.floor(-left / HOUR), 'hour', locale)
          : relative(days, 'day', locale);
    return fill(strings.expired, { relative: ago });
  }
  if (left <= HOUR) return fill(strings.expiresIn, { relative: relative(Math.ceil(left / MINUTE), 'minute', locale) });
  const time = intl(Intl.DateTimeFormat, locale, { timeStyle: 'short' }).format(expiresAt);
  if (days === 0) return fill(strings.expiresToday, { time });
  if (days === 1) return fill(strings.expiresTomorrow, { time });
  if (left <= WEEK) return fill(strings.expiresIn, { relative: relative(days, 'day', locale) });
  return fill(strings.expires, { date: intl(Intl.DateTimeFormat, locale, { dateStyle: 'medium' }).format(expiresAt) });
}
