/** Every built-in text of the tray. Override any of them with the `strings` property. */
export interface TrayStrings {
  listLabel: string;
  loginPrompt: string;
  loginButton: string;
  loading: string;
  empty: string;
  error: string;
  retry: string;
  copy: string;
  copied: string;
  /** `{date}` is replaced by the formatted expiry. */
  expires: string;
  /** `{date}` is replaced by the formatted start. */
  starts: string;
  noExpiry: string;
  statusActive: string;
  statusScheduled: string;
  statusExpired: string;
  statusUsed: string;
  statusDisabled: string;
  statusNoBalance: string;
  /** `{value}` is replaced by the number of points. */
  points: string;
  freeShipping: string;
  /** `{value}` is replaced by the formatted balance. */
  balance: string;
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
  expires: 'Expires {date}',
  starts: 'Starts {date}',
  noExpiry: 'No expiry',
  statusActive: 'Active',
  statusScheduled: 'Not active yet',
  statusExpired: 'Expired',
  statusUsed: 'Used',
  statusDisabled: 'Disabled',
  statusNoBalance: 'No balance left',
  points: '{value} points',
  freeShipping: 'Free shipping',
  balance: '{value} balance',
};

export function fill(template: string, value: string): string {
  return template.replace(/\{(date|value)\}/g, () => value);
}
