import type { TrayStrings } from './strings.js';
import type { VoucherValue } from './voucher.js';

// Intl formatters are costly to build; one per locale + options is kept for the page.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** A BCP 47 tag Intl accepts, or undefined (so a typo in `locale` never breaks the tray). */
export function validLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function money(amount: number, locale: string, currency?: string, symbol?: string): string {
  if (currency) {
    try {
      return numberFormat(locale, { style: 'currency', currency }).format(amount);
    } catch {
      // An invalid ISO code falls through to a plain number.
    }
  }
  const plain = numberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(amount);
  return symbol ? `${symbol}${plain}` : plain;
}

/** The value as the shopper reads it, or undefined when there is none to show. */
export function formatValue(
  value: VoucherValue | undefined,
  locale: string,
  fallbackCurrency: string | undefined,
  strings: TrayStrings,
): string | undefined {
  if (!value) return undefined;
  switch (value.kind) {
    case 'amount':
      return money(value.amount, locale, value.currency ?? (value.currencySymbol ? undefined : fallbackCurrency), value.currencySymbol);
    case 'balance':
      return strings.balance.replace(
        '{value}',
        money(value.amount, locale, value.currency ?? (value.currencySymbol ? undefined : fallbackCurrency), value.currencySymbol),
      );
    case 'percent':
      return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value.percent / 100);
    case 'points':
      return strings.points.replace('{value}', numberFormat(locale, {}).format(value.points));
    case 'units':
      return `${numberFormat(locale, {}).format(value.units)}×${value.unitType ? ` ${value.unitType}` : ''}`;
    case 'free-shipping':
      return strings.freeShipping;
  }
}

/** A date and time in the shopper's locale and time zone. */
export function formatDateTime(time: number, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
