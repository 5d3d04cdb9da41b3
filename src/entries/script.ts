// The script-tag build's entry (dist/voucher-tray.min.js, and the standalone file): defines
// <voucher-tray> and puts registerProvider on window.VoucherTray for pages without a bundler.
// Only the copy whose element is the one defined exposes itself there: with two copies on a
// page (a CMS block and a tag manager, say), providers registered through window.VoucherTray
// must reach the trays that are really on screen.
import '../element/define.js';
import { VoucherTray, VoucherTrayError, clearVoucherTrayCache, registerProvider } from './index.js';

/** What the script-tag file puts on `window.VoucherTray`. */
export interface VoucherTrayGlobal {
  registerProvider: typeof registerProvider;
  clearVoucherTrayCache: typeof clearVoucherTrayCache;
  VoucherTray: typeof VoucherTray;
  VoucherTrayError: typeof VoucherTrayError;
}

declare global {
  interface Window {
    VoucherTray?: VoucherTrayGlobal;
  }
}

if (typeof customElements !== 'undefined' && customElements.get('voucher-tray') === VoucherTray) {
  window.VoucherTray = { registerProvider, clearVoucherTrayCache, VoucherTray, VoucherTrayError };
}
