import '../element/define.js';

export { VoucherTray, safeNavigationUrl } from '../element/voucher-tray.js';
export type {
  VoucherTrayLoadDetail,
  VoucherTrayErrorDetail,
  VoucherTrayCopyDetail,
  VoucherTrayLoginDetail,
  VoucherTrayApplyDetail,
  VoucherTrayViewDetail,
  VoucherTrayScanDetail,
  VoucherTrayLoadEvent,
  VoucherTrayErrorEvent,
  VoucherTrayCopyEvent,
  VoucherTrayLoginEvent,
  VoucherTrayApplyEvent,
  VoucherTrayViewEvent,
  VoucherTrayScanEvent,
} from '../element/events.js';
export type { Voucher, VoucherStatus, VoucherValidity, VoucherValue } from '../model/voucher.js';
export type { TrayStrings } from '../i18n/types.js';
export { registerProvider } from '../providers/registry.js';
export { clearVoucherTrayCache } from '../runtime/loader.js';
export { VoucherTrayError, type VoucherTrayErrorKind } from '../providers/errors.js';
export type { ProviderAdapter, ProviderRequest, Query } from '../providers/types.js';
