import { englishStates, type StateStrings } from './en.js';
import type { TrayStrings } from './types.js';

/** Built-in English for the cards: it comes with the list, in the lazily loaded runtime. */
export const englishList: Omit<TrayStrings, keyof StateStrings> = {
  copy: 'Copy code',
  expires: 'Until {date}',
  expiresIn: 'Ends {relative}',
  expiresToday: 'Ends today {time}',
  expiresTomorrow: 'Ends tomorrow {time}',
  expired: 'Expired {relative}',
  starts: 'Starts {date}',
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
  statusScheduled: 'Not active yet',
  statusLocked: 'Locked for now',
  statusUnclaimed: 'Claim it to use it',
  usableFrom: 'Usable from {date}',
  valid: 'Valid {when}',
  usesLeft: '{value} use left|{value} uses left',
  balanceOf: '{value} of {total} left',
  upTo: '{value} off, up to {max}',
  computed: 'Worked out at checkout',
  plusShipping: '{value} + free shipping',
  pointsExpire: '{value} point expires on {date}|{value} points expire on {date}',
  referral: 'Referral code to share',
  copyToShare: 'Copy to share',
  apply: 'Use now',
  unusableHeading: 'No longer usable',
  scanButton: 'Show at the till',
  scanTitle: 'Scan at the till',
  qrUnavailable: 'This code cannot be shown as a QR code.',
  barcodeUnavailable: 'This code cannot be shown as a barcode.',
};

/** Every built-in English text. */
export const englishStrings: TrayStrings = { ...englishStates, ...englishList };
