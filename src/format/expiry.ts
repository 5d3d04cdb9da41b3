// How an expiry reads ("Ends today 18:00", "Until 20 Jun"), whether it gets the badge, and when either next
// changes (for the shared timer). Loaded with the list, never before the first paint.
import { fill } from '../i18n/fill.js';
import type { TrayStrings } from '../i18n/types.js';
import { DAY, HOUR, MINUTE } from '../model/time.js';
import { intl, relative } from './intl.js';

/** Usable entries expiring within this get the coloured badge; further away, a quiet date line. */
const SOON_MS = 2 * DAY;
/** Closer than this (and over an hour), the badge counts hours: "Ends in 3 hours". */
const HOURS_MS = 4 * HOUR;

/** The local calendar day `time` falls on, so "today" and "tomorrow" follow the shopper's clock. */
const dayOf = (time: number) => Math.floor((time - new Date(time).getTimezoneOffset() * MINUTE) / DAY);

/** True when a usable entry is close enough to its expiry to get the badge (within 48 hours). */
export const isExpiringSoon = (expiresAt: number | undefined, now: number): boolean =>
  expiresAt !== undefined && expiresAt > now && expiresAt - now <= SOON_MS;

/** "20 Jun", with the year only when it is not this year's; with the time when `withTime`. */
export function shortDate(time: number, now: number, locale: string, withTime = false): string {
  const year = new Date(time).getFullYear() === new Date(now).getFullYear() ? undefined : 'numeric';
  return intl(Intl.DateTimeFormat, locale, { day: 'numeric', month: 'short', year, ...(withTime && { hour: 'numeric', minute: '2-digit' }) }).format(time);
}

/**
 * The next moment after `now` at which `expiryText` or the badge may read differently: each
 * minute within the hour either side of the expiry and each hour within four hours of it
 * (counted from the expiry, so "in 25 minutes" turns exactly), each hour of "expired 3 hours
 * ago", and otherwise only at local midnight, four hours before and at 48 hours before the
 * expiry. A tray showing "Until 20 Jun" renders once a day, not every minute.
 */
export function nextTextChange(expiresAt: number, now: number): number {
  const left = expiresAt - now;
  const step = (unit: number) => now + ((((left % unit) + unit) % unit) || unit);
  if (Math.abs(left) <= HOUR) return step(MINUTE);
  if (left > 0 && left <= HOURS_MS) return step(HOUR);
  const midnight = new Date(now).setHours(24, 0, 0, 0);
  // Past and on the same day it reads in hours; past an earlier day, it turns only at midnight.
  const moments = left > 0 ? [expiresAt - HOURS_MS, expiresAt - SOON_MS] : dayOf(expiresAt) === dayOf(now) ? [step(HOUR)] : [];
  return Math.min(midnight, ...moments.filter((moment) => moment > now));
}

/**
 * How the expiry reads at `now`: within 48 hours (the badge) "Ends in 25 minutes", "Ends in
 * 3 hours", "Ends today 18:00", "Ends tomorrow 09:00", "Ends in 2 days"; further away (the
 * quiet line) "Until 20 Jun"; once past, "Expired 3 hours ago", "Expired yesterday".
 */
/** "2 days ago", "3 weeks ago", "4 months ago", "2 years ago": the largest unit that reads naturally. */
function pastDays(days: number, locale: string): string {
  const ago = -days;
  if (ago < 7) return relative(days, 'day', locale);
  if (ago < 60) return relative(-Math.floor(ago / 7), 'week', locale);
  if (ago < 365) return relative(-Math.floor(ago / 30), 'month', locale);
  return relative(-Math.floor(ago / 365), 'year', locale);
}

export function expiryText(expiresAt: number, now: number, locale: string, strings: TrayStrings): string {
  const left = expiresAt - now;
  const days = dayOf(expiresAt) - dayOf(now);
  if (left <= 0) {
    const ago =
      -left < HOUR
        ? relative(-Math.max(1, Math.floor(-left / MINUTE)), 'minute', locale)
        : days === 0
          ? relative(-Math.floor(-left / HOUR), 'hour', locale)
          : pastDays(days, locale);
    return fill(strings.expired, { relative: ago });
  }
  if (left <= HOUR) return fill(strings.expiresIn, { relative: relative(Math.ceil(left / MINUTE), 'minute', locale) });
  if (left <= HOURS_MS) return fill(strings.expiresIn, { relative: relative(Math.ceil(left / HOUR), 'hour', locale) });
  const time = intl(Intl.DateTimeFormat, locale, { timeStyle: 'short' }).format(expiresAt);
  if (days === 0) return fill(strings.expiresToday, { time });
  if (days === 1) return fill(strings.expiresTomorrow, { time });
  if (left <= SOON_MS) return fill(strings.expiresIn, { relative: relative(days, 'day', locale) });
  return fill(strings.expires, { date: shortDate(expiresAt, now, locale) });
}
