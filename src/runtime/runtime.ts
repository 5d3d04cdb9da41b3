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
import { MINUTE } from '../model/time.js';
import { wakeAt } from '../format/clock.js';
import { LEAVE_MS } from '../list/card.js';

/**
 * Starts the (shared) load, and while its provider request is on the wire builds the Intl
 * formatters the list will use in `locale`, so the first render after the response does not
 * pay for them. Not sooner: with the grant already here (sent early, token-prefetch.ts), that
 * work would hold the provider request back. A tray whose load succeeds is looked after when
 * the page is shown again (`watchReturn`).
 */
export function loadAndWarm(locale: string, currency: string | undefined, options: LoadOptions, tray?: Returning): Promise<Voucher[]> {
  const load = loadVouchersShared({ ...options, whileWaiting: () => warmFormatters(locale, currency) });
  if (tray) void load.then(() => watchReturn(tray), () => undefined);
  return load;
}

/** What the page-return watch needs of a tray. */
export interface Returning {
  readonly isConnected: boolean;
  refresh(options: { quiet: boolean }): Promise<void>;
}

/** An answer older than this is loaded again, quietly, when the page is shown again. */
export const FRESH_MS = 5 * MINUTE;
// When each tray's answer came (weakly: a tray gone for good goes with its node), and the
// trays on the page that have one: the page-return listener is there only while there are.
const answeredAt = new WeakMap<Returning, number>();
const watched = new Set<Returning>();

function watchReturn(tray: Returning): void {
  answeredAt.set(tray, Date.now());
}

/**
 * After each update of a tray, and when it leaves the page: wakes it at `at` (the shared
 * clock; undefined cancels), and looks after it on return while it is on the page with an
 * answer. A tray that leaves holds no timer, no listener and no place here.
 */
export function follow(tray: Returning, at: number | undefined, wake: () => void): void {
  wakeAt(tray, at, wake);
  if (tray.isConnected && answeredAt.has(tray)) watched.add(tray);
  else watched.delete(tray);
  if (watched.size) document.addEventListener('visibilitychange', onReturn);
  else document.removeEventListener('visibilitychange', onReturn);
}

/**
 * The page is shown again: every tray on it whose answer is older than FRESH_MS loads again,
 * quietly. Trays with the same shopper and settings share one request (loadVouchersShared),
 * and a grant still valid is used again. Nothing happens while the page is hidden.
 */
function onReturn(): void {
  if (document.visibilityState !== 'visible') return;
  const now = Date.now();
  for (const tray of watched) {
    if (now - answeredAt.get(tray)! < FRESH_MS) continue;
    // Not again on the next return before this load has answered.
    answeredAt.set(tray, now);
    void tray.refresh({ quiet: true });
  }
}

export { listView } from '../list/list-view.js';
export { cardStyles } from '../list/card.styles.js';
export { CopyFeedback } from '../list/copy-feedback.js';
export { englishList } from '../i18n/en-list.js';
export { isUsable, usableNow, visibleVouchers } from '../model/voucher.js';

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
