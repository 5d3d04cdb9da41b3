/**
 * Every built-in text of the tray. `{name}` placeholders are filled in; a text with `|` holds
 * a singular and a plural form (`{value} point|{value} points`), picked with `Intl.PluralRules`.
 * Override any of them with the `strings` property or a `text-*` attribute.
 */
export interface TrayStrings {
  /** Accessible name of the list. */
  listLabel: string;
  loginPrompt: string;
  loginButton: string;
  /** Announced while loading (the skeleton itself has no text). */
  loading: string;
  empty: string;
  error: string;
  retry: string;
  copy: string;
  copied: string;
  /** Announced when neither the Clipboard API nor the fallback could copy. */
  copyFailed: string;
  /** `{date}`: the expiry date, for expiries a week or more away. */
  expires: string;
  /** `{relative}`: "in 25 minutes", "in 3 days". */
  expiresIn: string;
  /** `{time}`: the expiry time of day. */
  expiresToday: string;
  expiresTomorrow: string;
  /** `{relative}`: "3 days ago", "yesterday". */
  expired: string;
  /** `{date}`: when a not-yet-active voucher starts. */
  starts: string;
  noExpiry: string;
  expiringSoon: string;
  statusActive: string;
  statusExpired: string;
  statusUsed: string;
  statusDisabled: string;
  statusNoBalance: string;
  /** `{value}`: the number of points. */
  points: string;
  /** `{value}`: how many items are free. */
  freeItems: string;
  freeShipping: string;
  /** `{value}`: the remaining balance. */
  balance: string;
  /** `{value}`: what the order costs with a fixed-price voucher. */
  fixedPrice: string;
  qrCode: string;
  barcode: string;
  /** Added, visually hidden, to links that open a new tab. */
  newTab: string;
}

export const englishStrings: TrayStrings = {
  listLabel: 'Your vouchers',
  loginPrompt: 'Log in to see your vouchers.',
  loginButton: 'Log in',
  loading: 'Loading your vouchers…',
  empty: 'You have no vouchers right now.',
  error: 'Your vouchers could not be loaded.',
  retry: 'Try again',
  copy: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the code to copy it.',
  expires: 'Expires on {date}',
  expiresIn: 'Expires {relative}',
  expiresToday: 'Expires today at {time}',
  expiresTomorrow: 'Expires tomorrow at {time}',
  expired: 'Expired {relative}',
  starts: 'Starts on {date}',
  noExpiry: 'No expiry',
  expiringSoon: 'Expiring soon',
  statusActive: 'Active',
  statusExpired: 'Expired',
  statusUsed: 'Used',
  statusDisabled: 'Disabled',
  statusNoBalance: 'No balance left',
  points: '{value} point|{value} points',
  freeItems: '{value} free item|{value} free items',
  freeShipping: 'Free shipping',
  balance: '{value} balance',
  fixedPrice: 'Pay only {value}',
  qrCode: 'QR code',
  barcode: 'Barcode',
  newTab: 'opens in a new tab',
};

/** `listLabel` → `text-list-label`: the attribute that overrides a text without JavaScript. */
export const textAttribute = (key: string): string => `text-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Replaces each `{name}` with `values[name]`; unknown placeholders stay as written. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
