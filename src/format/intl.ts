// Intl formatters for the list, built once per kind + locale + options and kept for the page
// (the first DateTimeFormat of a page costs tens of ms).
const cache = new Map<string, unknown>();
export function intl<T>(Format: new (locale: string, options: object) => T, locale: string, options: object = {}): T {
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

export const number = (value: number, locale: string) => intl(Intl.NumberFormat, locale, { maximumFractionDigits: 2 }).format(value);

export function money(amount: number, locale: string, currency: string | undefined, symbol = ''): string {
  try {
    // `stripIfInteger`: "€5" but "€12.50"; engines without it show "€5.00".
    if (currency) return intl(Intl.NumberFormat, locale, { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' }).format(amount);
  } catch {
    // Not an ISO 4217 code: a plain number follows.
  }
  return symbol + number(amount, locale);
}

/** A date and time in the shopper's locale and time zone; `full` spells the weekday and month out. */
export function formatDateTime(time: number, locale: string, full = false): string {
  return intl(Intl.DateTimeFormat, locale, { dateStyle: full ? 'full' : 'medium', timeStyle: 'short' }).format(time);
}

export const relative = (count: number, unit: Intl.RelativeTimeFormatUnit, locale: string) =>
  intl(Intl.RelativeTimeFormat, locale, { numeric: 'auto' }).format(count, unit);

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
  intl(Intl.DateTimeFormat, locale, { day: 'numeric', month: 'short' }).format(now);
  relative(1, 'day', locale);
  number(1, locale);
  intl(Intl.PluralRules, locale).select(1);
  if (currency) money(1, locale, currency);
}
