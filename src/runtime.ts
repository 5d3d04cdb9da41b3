// Everything a tray needs only once a shopper is logged in: the token client, the provider
// adapters (registered here), the loader, and the list view. The element imports it on the
// first logged-in load, so anonymous visitors never pay for it. The script-tag build inlines it.
import './providers/builtin.js';

export { loadVouchersShared } from './providers/shared-load.js';
export { listView } from './voucher-card.js';
export { cardStyles } from './voucher-card.styles.js';
export { copyText } from './copy-text.js';
