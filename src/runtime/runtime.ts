// Everything a tray needs only once a shopper is logged in: the token client, the provider
// adapters (registered here), the loader, and the list view. The element imports it on the
// first logged-in load, so anonymous visitors never pay for it. The script-tag file fetches it
// as a chunk from beside itself; only the standalone file carries it inside.
import '../providers/builtin.js';
import { warmFormatters } from '../format/intl.js';
import type { LoadOptions } from '../providers/load.js';
import { sharedTokenClient } from '../providers/net/token-client.js';
import { clearSharedLoads, loadVouchersShared } from '../providers/shared-load.js';
import { nextTextChange } from '../format/expiry.js';
import { isUsable, nextVisibilityChange, type Voucher } from '../model/voucher.js';
import { LEAVE_MS } from '../list/card.js';

/**
 * Starts the (shared) load, and while its provider request is on the wire builds the Intl
 * formatters the list will use in `locale`, so the first render after the response does not
 * pay for them. Not sooner: with the grant already here (sent early, token-prefetch.ts), that
 * work would hold the provider request back.
 */
export function loadAndWarm(locale: string, currency: string | undefined, options: LoadOptions): Promise<Voucher[]> {
  return loadVouchersShared({ ...options, whileWaiting: () => warmFormatters(locale, currency) });
}

export { listView } from '../list/list-view.js';
export { cardStyles } from '../list/card.styles.js';
export { englishList } from '../i18n/en-list.js';
export { usableNow, visibleVouchers } from '../model/voucher.js';
export { wakeAt } from '../format/clock.js';
export { CopyFeedback } from '../element/copy-feedback.js';

/**
 * The next moment a tray must re-render: an entry expires or starts, starts leaving, or a
 * shown entry's expiry text or badge turns. Undefined when nothing will change.
 */
export function nextChange(all: readonly Voucher[], shown: readonly Voucher[], now: number): number | undefined {
  // A loop, not Math.min(...list): a spread of a very long list overflows the call stack.
  let next = nextVisibilityChange(all, now);
  for (const voucher of shown) {
    const { expiresAt } = voucher;
    if (expiresAt === undefined) continue;
    // A usable card starts leaving a moment before it expires.
    const leaves = isUsable(voucher, now) && expiresAt - LEAVE_MS > now ? expiresAt - LEAVE_MS : Infinity;
    const at = Math.min(nextTextChange(expiresAt, now), leaves);
    if (next === undefined || at < next) next = at;
  }
  return next;
}

/** Drops every grant and every shared answer in flight on the page. */
export function clearCaches(): void {
  sharedTokenClient.clear();
  clearSharedLoads();
}

/** Drops the grants held for the shopper a tray had before its identity was removed (a logout). */
export function forgetShopper(identity: unknown): void {
  if (typeof identity === 'string' && identity.trim()) sharedTokenClient.forget(identity.trim());
}
