import './voucher-tray-define.js';

export { VoucherTray, safeNavigationUrl } from './voucher-tray-element.js';
export type {
  VoucherTrayLoadDetail,
  VoucherTrayErrorDetail,
  VoucherTrayCopyDetail,
  VoucherTrayLoginDetail,
  VoucherTrayLoadEvent,
  VoucherTrayErrorEvent,
  VoucherTrayCopyEvent,
  VoucherTrayLoginEvent,
} from './events.js';
export type { Voucher, VoucherStatus, VoucherValue } from './voucher.js';
export type { TrayStrings } from './strings.js';
export { registerProvider } from './providers/registry.js';
export { VoucherTrayError, type VoucherTrayErrorKind } from './providers/errors.js';
export type { ProviderAdapter, ProviderRequest, Query } from './providers/types.js';
