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
      const currency = value.currency ?? (symbol ? undefined : fallbackCurrency);
      const text = money(value.amount, locale, currency, symbol);
      if (value.kind === 'balance' && value.total !== undefined && value.total !== value.amount) {
        return fill(strings.balanceOf, { value: text, total: money(value.total, locale, currency, symbol) });
      }
      return value.kind === 'amount' ? text : fill(value.kind === 'balance' ? strings.balance : strings.fixedPrice, { value: text });
    }
    case 'percent': {
      const text = intl(Intl.NumberFormat, locale, { style: 'percent', maximumFractionDigits: 2 }).format(value.percent / 100);
      // "20% off, up to €50": the cap is part of what it is worth.
      return value.maxAmount === undefined
        ? text
        : fill(strings.upTo, { value: text, max: money(value.maxAmount, locale, value.currency ?? fallbackCurrency) });
    }
    case 'points':
      return fill(plural(strings.points, value.points, locale), { value: number(value.points, locale) });
    case 'units': {
      const text = value.unitType
        ? `${number(value.units, locale)} × ${value.unitType}`
        : fill(plural(strings.freeItems, value.units, locale), { value: number(value.units, locale) });
      return value.freeShipping ? fill(strings.plusShipping, { value: text }) : text;
    }
    case 'free-shipping':
      return strings.freeShipping;
    case 'computed':
      // A formula's result is known only at checkout: no number is shown as if it were fixed.
      return strings.computed;
  }
  return undefined;
}

