import { fill, type TrayStrings } from './strings.js';
import type { VoucherValue } from './voucher.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Closer than this, an expiry is told relatively ("in 3 days"); further, by its date. */
const WEEK = 7 * DAY;
/** Usable entries expiring within this are marked "expiring soon". */
export const SOON_MS = 2 * DAY;

// Intl formatters are costly to build; one per kind + locale + options is kept for the page.
const cache = new Map<string, unknown>();
function intl<T>(Format: new (locale: string, options: object) => T, locale: string, options: object = {}): T {
  const key = Format.name + locale + JSON.stringify(options);
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = new Format(locale, options)));
  return format;
}

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

/** The singular or plural form of a `one|other` text for `count`. */
export function plural(template: string, count: number, locale: string): string {
  const forms = template.split('|');
  return (intl(Intl.PluralRules, locale).select(count) === 'one' ? forms[0] : forms[1]) ?? forms[0]!;
}

const number = (value: number, locale: string) => intl(Intl.NumberFormat, locale, { maximumFractionDigits: 2 }).format(value);

function money(amount: number, locale: string, currency: string | undefined, symbol = ''): string {
  try {
    // `stripIfInteger`: "€5" but "€12.50"; engines without it show "€5.00".
    if (currency) return intl(Intl.NumberFormat, locale, { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' }).format(amount);
  } catch {
    // Not an ISO 4217 code: a plain number follows.
  }
  return symbol + number(amount, locale);
}

// Voucherify names the free product by its id (`prod_…`, `sku_…`), which means nothing to a shopper.
const PRODUCT_ID = /^(prod|sku)_/;

/**
 * The value as the shopper reads it, or undefined when there is none to show. Money without
 * a currency of its own takes `fallbackCurrency` (the `currency` attribute), unless the
 * provider gave a symbol of its own (Spaaza's "$", "kr"…: shown before the number as given).
 */
export function formatValue(
  value: VoucherValue | undefined,
  locale: string,
  fallbackCurrency: string | undefined,
  strings: TrayStrings,
): string | undefined {
  switch (value?.kind) {
    case 'amount':
    case 'balance': {
      const symbol = value.currencySymbol;
      const text = money(value.amount, locale, value.currency ?? (symbol ? undefined : fallbackCurrency), symbol);
      return value.kind === 'amount' ? text : fill(strings.balance, { value: text });
    }
    case 'percent':
      return intl(Intl.NumberFormat, locale, { style: 'percent', maximumFractionDigits: 2 }).format(value.percent / 100);
    case 'points':
      return fill(plural(strings.points, value.points, locale), { value: number(value.points, locale) });
    case 'units':
      return value.unitType && !PRODUCT_ID.test(value.unitType)
        ? `${number(value.units, locale)} × ${value.unitType}`
        : fill(plural(strings.freeItems, value.units, locale), { value: number(value.units, locale) });
    case 'free-shipping':
      return strings.freeShipping;
  }
  return undefined;
}

/** A date and time in the shopper's locale and time zone; `full` spells the weekday and month out. */
export function formatDateTime(time: number, locale: string, full = false): string {
  return intl(Intl.DateTimeFormat, locale, { dateStyle: full ? 'full' : 'medium', timeStyle: 'short' }).format(time);
}

const relative = (count: number, unit: Intl.RelativeTimeFormatUnit, locale: string) =>
  intl(Intl.RelativeTimeFormat, locale, { numeric: 'auto' }).format(count, unit);

/** The local calendar day `time` falls on, so "today" and "tomorrow" follow the shopper's clock. */
const dayOf = (time: number) => Math.floor((time - new Date(time).getTimezoneOffset() * MINUTE) / DAY);

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
