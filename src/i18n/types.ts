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
  /** `{date}`: the expiry date ("20 Jun"), the quiet line for expiries more than 48 hours away. */
  expires: string;
  /** `{relative}`: "in 25 minutes", "in 3 hours", "in 2 days": the badge within 48 hours. */
  expiresIn: string;
  /** `{time}`: the expiry time of day (the badge). */
  expiresToday: string;
  expiresTomorrow: string;
  /** `{relative}`: "3 days ago", "yesterday". */
  expired: string;
  /** `{date}`: when a not-yet-active voucher starts. */
  starts: string;
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
  /** Status of one the provider says is not active yet, with no start date given. */
  statusScheduled: string;
  /** Status of one the provider holds back for now (Spaaza `voucher_locked`). */
  statusLocked: string;
  /** Status of one that must be claimed before it can be redeemed (Spaaza `generated`). */
  statusUnclaimed: string;
  /** `{date}`: when one outside its days or hours can be used next. */
  usableFrom: string;
  /** `{when}`: its days and hours, "Mon–Fri, 12:00–14:00". */
  valid: string;
  /** `{value}`: how many more times it can be redeemed. */
  usesLeft: string;
  /** `{value}` left of `{total}` (a gift card). */
  balanceOf: string;
  /** `{value}`: the percent; `{max}`: the most it takes off. */
  upTo: string;
  /** A value the provider works out when the order is made (a formula). */
  computed: string;
  /** `{value}`: the free items, when shipping is free too. */
  plusShipping: string;
  /** `{value}` points expire on `{date}`. */
  pointsExpire: string;
  /** Status of a referral code: the shopper shares it, friends spend it. */
  referral: string;
  /** The copy button of a referral code. */
  copyToShare: string;
  /** The "Use now" action of a usable voucher (with `apply-url`); its accessible name adds the code. */
  apply: string;
  /** Names the group of used, expired, disabled and empty vouchers (with `show-expired`). */
  unusableHeading: string;
  /** `{value}`: the number of usable vouchers, read after the launcher's name. */
  launcherCount: string;
  /** The launcher popover's close button, and the scan view's. */
  close: string;
  /** The card's button that opens the scan view (`scan` attribute); its accessible name adds the code. */
  scanButton: string;
  /** The scan view's heading. */
  scanTitle: string;
  /** Said in the scan view when the code is too long for a QR code. */
  qrUnavailable: string;
  /** Said in the scan view when the code has characters Code 128 lacks, or is too long for a barcode. */
  barcodeUnavailable: string;
}
