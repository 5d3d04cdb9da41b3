import { fill, type TrayStrings } from './strings.js';
import type { VoucherValue } from './voucher.js';
import { HOUR, MINUTE, WEEK, dayOf } from './timing.js';

// What is needed before the first load (locale, timers) lives in timing.ts; the rest of the
// formatting arrives with the list, in the lazily loaded runtime.
export { SOON_MS, isExpiringSoon, nextTextChange, resolveLocale, validLocale } from './timing.js';

// Intl formatters are costly to build; one per kind + locale + options is kept for the page.
const cache = new Map<string, unknown>();
function intl<T>(Format: new (locale: string, options: object) => T, locale: string, options: object = {}): T {
  const key = Format.name + locale + JSON.stringify(options);
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = new Format(locale, options)));
  return format;
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
    case 'balance':
    case 'fixed-price': {
      const symbol = value.currencySymbol;
      const text = money(value.amount, locale, value.currency ?? (symbol ? undefined : fallbackCurrency), symbol);
      return value.kind === 'amount' ? text : fill(value.kind === 'balance' ? strings.balance : strings.fixedPrice, { value: text });
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

/**
 * Builds (and formats once with) the Intl objects a list needs, so the first render after the
 * response does not pay for them: the first DateTimeFormat of a page costs tens of ms. Called
 * while the provider request is on the wire.
 */
export function warmFormatters(locale: string, currency: string | undefined): void {
  const now = Date.now();
  formatDateTime(now, locale, true);
  formatDateTime(now, locale);
  intl(Intl.DateTimeFormat, locale, { timeStyle: 'short' }).format(now);
  intl(Intl.DateTimeFormat, locale, { dateStyle: 'medium' }).format(now);
  relative(1, 'day', locale);
  number(1, locale);
  intl(Intl.PluralRules, locale).select(1);
  if (currency) money(1, locale, currency);
}
