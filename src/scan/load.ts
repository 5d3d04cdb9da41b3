// The scan view (`scan` attribute) and its encoders are a chunk of their own, fetched the first
// time a shopper opens a scannable code. This module is on the first-paint side so that the
// import() sits in the entry: the script-tag build lets a chunk import only the entry, never
// another chunk, and the cards (in the runtime chunk) open the view through `openScan`.
import { trayEvent } from '../element/events.js';
import { warnOnce } from '../providers/errors.js';

type ScanView = typeof import('./scan.js');
type ScanArgs = Parameters<ScanView['showScan']> extends [unknown, ...infer Rest] ? Rest : never;

/**
 * Opens the scan view (see `showScan`). The chunk is fetched on the first call; the browser (or
 * the script-tag file's chunk loader) keeps it for the next. A fetch that fails says so in the
 * console (once), the code stays there to copy, and the script-tag file tries again on the next
 * click.
 */
export function openScan(...args: ScanArgs): void {
  import('./scan.js').then(
    (view) => view.showScan(trayEvent, ...args),
    () => warnOnce('The voucher tray could not load its scan view'),
  );
}
