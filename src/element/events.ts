import type { VoucherTrayErrorKind } from '../providers/errors.js';
import type { Voucher } from '../model/voucher.js';

export interface VoucherTrayLoadDetail {
  /** What is shown after the load (expired and unusable entries left out unless show-expired). */
  vouchers: Voucher[];
}

export interface VoucherTrayErrorDetail {
  kind: VoucherTrayErrorKind;
  /** The HTTP status, when a server answered with one. */
  status?: number;
  message: string;
}

export interface VoucherTrayCopyDetail {
  voucher: Voucher;
}

export type VoucherTrayLoginDetail = Record<string, never>;

export interface VoucherTrayApplyDetail {
  /** The voucher whose "Use now" was used. */
  voucher: Voucher;
}

export interface VoucherTrayScanDetail {
  /** The voucher whose code is now shown full size, to scan at the till. */
  voucher: Voucher;
}

export interface VoucherTrayViewDetail {
  /** The voucher that became at least half visible, for the first time in this page view. */
  voucher: Voucher;
}

export type VoucherTrayLoadEvent = CustomEvent<VoucherTrayLoadDetail>;
export type VoucherTrayErrorEvent = CustomEvent<VoucherTrayErrorDetail>;
export type VoucherTrayCopyEvent = CustomEvent<VoucherTrayCopyDetail>;
export type VoucherTrayLoginEvent = CustomEvent<VoucherTrayLoginDetail>;
export type VoucherTrayApplyEvent = CustomEvent<VoucherTrayApplyDetail>;
export type VoucherTrayViewEvent = CustomEvent<VoucherTrayViewDetail>;
export type VoucherTrayScanEvent = CustomEvent<VoucherTrayScanDetail>;

declare global {
  interface HTMLElementEventMap {
    'voucher-tray-load': VoucherTrayLoadEvent;
    'voucher-tray-error': VoucherTrayErrorEvent;
    'voucher-tray-copy': VoucherTrayCopyEvent;
    'voucher-tray-login': VoucherTrayLoginEvent;
    'voucher-tray-apply': VoucherTrayApplyEvent;
    'voucher-tray-view': VoucherTrayViewEvent;
    'voucher-tray-scan': VoucherTrayScanEvent;
  }
}

/** Every tray event bubbles and crosses shadow roots, so a page can listen on `document`. */
export function trayEvent<T>(name: keyof HTMLElementEventMap, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable });
}
