// The lines that say when and how often a voucher can be used: its days and hours
// ("Valid Mon–Fri, 12:00–14:00"), points about to expire, uses left. Pure: `now` comes in.
import { fill } from '../i18n/fill.js';
import type { TrayStrings } from '../i18n/types.js';
import type { Voucher } from '../model/voucher.js';
import { intl, number, plural } from './intl.js';

// 4 January 1970 was a Sunday: day `d` of the week is 4 + d, read in UTC.
const weekday = (day: number, locale: string) =>
  intl(Intl.DateTimeFormat, locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(1970, 0, 4 + day));

const clockTime = (minute: number, locale: string) =>
  intl(Intl.DateTimeFormat, locale, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(1970, 0, 1, 0, minute));

/** "Mon–Fri", "Mon, Wed, Fri", "Sat, Sun": runs of three or more days become a range; all seven, nothing. */
export function daysText(days: readonly number[], locale: string): string {
  // Monday first, so a weekend reads "Sat, Sun" and a working week "Mon–Fri".
  const order = [...new Set(days)].map((day) => (day + 6) % 7).sort((a, b) => a - b);
  if (order.length === 7) return '';
  const runs: number[][] = [];
  for (const day of order) {
    const run = runs[runs.length - 1];
    if (run && day === run[run.length - 1]! + 1) run.push(day);
    else runs.push([day]);
  }
  const name = (mondayFirst: number) => weekday((mondayFirst + 1) % 7, locale);
  return runs
    .map((run) => (run.length >= 3 ? `${name(run[0]!)}–${name(run[run.length - 1]!)}` : run.map(name).join(', ')))
    .join(', ');
}

/** "Valid Mon–Fri, 12:00–14:00", or undefined when it can be used any day at any hour. */
export function validityText(voucher: Voucher, locale: string, strings: TrayStrings): string | undefined {
  const validity = voucher.validity;
  if (!validity) return undefined;
  const parts = [validity.days ? daysText(validity.days, locale) : ''];
  for (const entry of validity.hours ?? []) {
    const days = entry.days ? daysText(entry.days, locale) : '';
    const hours = `${clockTime(entry.from, locale)}–${clockTime(entry.to, locale)}`;
    parts.push(days ? `${days} ${hours}` : hours);
  }
  const when = parts.filter(Boolean).join(', ');
  return when ? fill(strings.valid, { when }) : undefined;
}

/** "100 points expire on 31 Dec 2026" while they have not yet; else undefined. */
export function expiringPointsText(voucher: Voucher, now: number, locale: string, strings: TrayStrings): string | undefined {
  const value = voucher.value;
  if (value?.kind !== 'points' || value.expiringAt === undefined || !value.expiringPoints || value.expiringAt <= now) return undefined;
  // `expiringAt` is the moment they are gone: the end of the day they expire on.
  const date = intl(Intl.DateTimeFormat, locale, { dateStyle: 'medium' }).format(value.expiringAt - 1);
  return fill(plural(strings.pointsExpire, value.expiringPoints, locale), { value: number(value.expiringPoints, locale), date });
}

/** The validity line of a card: days and hours, and points about to expire. */
export function validityLine(voucher: Voucher, now: number, locale: string, strings: TrayStrings): string | undefined {
  return [validityText(voucher, locale, strings), expiringPointsText(voucher, now, locale, strings)].filter(Boolean).join(' · ') || undefined;
}

/** "2 uses left" when the provider limits how often it can be redeemed and some are left. */
export function usesLeftText(voucher: Voucher, locale: string, strings: TrayStrings): string | undefined {
  const left = voucher.usesLeft;
  if (left === undefined || left === 0 || voucher.status !== 'active') return undefined;
  return fill(plural(strings.usesLeft, left, locale), { value: number(left, locale) });
}
