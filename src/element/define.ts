import { VoucherTray } from './voucher-tray.js';

// Two copies of the script on one page (a CMS block and a tag manager, say) must not throw:
// the first definition wins. The guard also keeps server-side imports (no DOM) harmless.
if (typeof customElements !== 'undefined' && !customElements.get('voucher-tray')) {
  customElements.define('voucher-tray', VoucherTray);
}
