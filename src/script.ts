// The self-contained script-tag build (dist/voucher-tray.min.js): defines <voucher-tray> and
// exposes registerProvider on window.VoucherTray for pages without a bundler.
import './voucher-tray-define.js';

export { registerProvider, VoucherTray, VoucherTrayError } from './index.js';
