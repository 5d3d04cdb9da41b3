import { fill } from '../i18n/fill.js';
import type { TrayStrings } from '../i18n/types.js';
import type { VoucherValue } from '../model/voucher.js';
import { intl, money, number, plural } from './intl.js';

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
      return value.unitType
        ? `${number(value.units, locale)} × ${value.unitType}`
        : fill(plural(strings.freeItems, value.units, locale), { value: number(value.units, locale) });
    case 'free-shipping':
      return strings.freeShipping;
  }
  return undefined;
}

