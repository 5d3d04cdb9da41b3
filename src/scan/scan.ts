// "Show at the till" (the `scan` attribute): a voucher's code full size, as a QR code and a
// Code 128 barcode, black on white with quiet zones whatever the tray's theme, with the code in
// text beneath, in a modal <dialog>. A chunk of its own with its encoders, fetched the first time
// a shopper opens one (src/scan/load.ts); drawn here as SVG, so nothing leaves the page.
import { adoptStyles, css, html, nothing, render, type ReactiveElement } from 'lit';
import type { trayEvent } from '../element/events.js';
import type { TrayStrings } from '../i18n/types.js';
import type { Voucher } from '../model/voucher.js';
import { BARCODE_QUIET, QR_QUIET, barcode, qrCode } from './encode.js';

// Added to the tray's own sheets when the view opens (adoptScanStyles). The view is light on
// purpose: a scanner wants dark modules on a light ground, and a bright screen.
export const scanStyles = css`
.scan { box-sizing: border-box; inline-size: min(32rem, 100vw - 1rem); max-block-size: calc(100dvh - 1rem); padding: 0; border: 0; border-radius: calc(var(--_radius) + 4px); color-scheme: light; background: #fff; color: #000; line-height: 1.4; text-align: center; pointer-events: auto; box-shadow: 0 24px 48px -16px rgb(0 0 0 / 0.5) }
.scan::backdrop { background: rgb(0 0 0 / 0.6) }
.scan-box { display: grid; justify-items: center; gap: 0.75rem; padding: 1rem 1rem 1.5rem }
.scan-head { display: flex; align-items: center; justify-content: space-between; gap: 0.75rem; inline-size: 100%; text-align: start }
.scan-title { margin: 0; font-size: 1.1rem; font-weight: 700 }
.scan-close { flex: none; padding: 0.2rem 0.6rem; border-color: transparent; background: transparent; color: #000; font-size: 1.5rem; line-height: 1 }
.scan-close:hover { background: #eaeef2 }
.scan-voucher { font-weight: 650; overflow-wrap: anywhere }
.scan-qr { display: block; inline-size: min(18rem, 100%, 45dvh); aspect-ratio: 1; background: #fff }
.scan-bars { display: block; inline-size: 100%; max-inline-size: 28rem; block-size: 6rem; background: #fff }
.scan-code { font-family: var(--voucher-tray-code-font, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); font-size: 1.25rem; font-weight: 700; letter-spacing: 0.08em; overflow-wrap: anywhere; -webkit-user-select: all; user-select: all }
.scan-note { max-inline-size: 24rem; padding: 0.5rem 0.75rem; border-radius: 8px; background: #fff1c9; color: #5c3400; font-size: 0.9rem }
.scan :focus-visible { outline-color: #0a58ca }
`;

const styled = new WeakSet<ShadowRoot>();

/**
 * Adds the view's sheet to the tray's, once per shadow root and again if the tray has since
 * adopted a new list (it does when a chunk with styles arrives). Done here, not by the tray,
 * so that its first-paint file knows nothing of this chunk.
 */
function adoptScanStyles(root: ShadowRoot): void {
  const sheet = scanStyles.styleSheet;
  const adopted = root.adoptedStyleSheets ?? [];
  if (sheet ? adopted.includes(sheet) : styled.has(root)) return;
  // Where sheets cannot be adopted Lit appends a <style> instead (and never removes it).
  adoptStyles(root, [...adopted, scanStyles]);
  styled.add(root);
}

const qrView = (code: string, label: string) => {
  const qr = qrCode(code);
  const side = qr && qr.size + 2 * QR_QUIET;
  return qr
    ? html`<svg part="qr" class="scan-qr" role="img" aria-label=${`${label}: ${code}`} viewBox="${-QR_QUIET} ${-QR_QUIET} ${side} ${side}" shape-rendering="crispEdges"><rect x=${-QR_QUIET} y=${-QR_QUIET} width=${side} height=${side} fill="#fff"></rect><path fill="#000" d=${qr.d}></path></svg>`
    : undefined;
};

const barcodeView = (code: string, label: string) => {
  const bars = barcode(code);
  const width = bars && bars.size + 2 * BARCODE_QUIET;
  // One module high, stretched to the box: bars keep their widths in module units.
  return bars
    ? html`<svg part="barcode" class="scan-bars" role="img" aria-label=${`${label}: ${code}`} viewBox="${-BARCODE_QUIET} 0 ${width} 1" preserveAspectRatio="none" shape-rendering="crispEdges"><rect x=${-BARCODE_QUIET} y="0" width=${width} height="1" fill="#fff"></rect><path fill="#000" d=${bars.d}></path></svg>`
    : undefined;
};

/**
 * Keeps the screen on while the view is open, where the browser offers a wake lock; asked again
 * when the page comes back (the browser drops it while the page is hidden). Refused, missing or
 * failing, it changes nothing. Returns the release.
 */
function holdScreen(): () => void {
  let open = true;
  let lock: WakeLockSentinel | undefined;
  const request = () => {
    try {
      navigator.wakeLock?.request('screen').then(
        (sentinel) => (open ? (lock = sentinel) : void sentinel.release().catch(() => undefined)),
        () => undefined,
      );
    } catch {
      // No wake lock here (an insecure page, a frame without permission).
    }
  };
  const onVisible = () => document.visibilityState === 'visible' && request();
  request();
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    open = false;
    document.removeEventListener('visibilitychange', onVisible);
    lock?.release().catch(() => undefined);
    lock = undefined;
  };
}

/**
 * Opens the view of `voucher` for `host`'s card that holds `opener`: focus moves in (to the close
 * button), Escape or the close button or a click beside it closes it, and focus returns to
 * `opener`. Fires `voucher-tray-scan` once it is open. `event` is the tray's `trayEvent`, handed
 * in by the loader: an import of it here would make the ESM build split events.ts into a chunk
 * of its own, shared by the entry and this chunk, which every page would then fetch.
 */
export function showScan(
  event: typeof trayEvent,
  host: ReactiveElement,
  voucher: Voucher,
  opener: HTMLElement,
  strings: TrayStrings,
): void {
  adoptScanStyles(host.renderRoot as ShadowRoot);
  // Inside the card (in a launcher's popover, too): a modal dialog outside the popover would close it.
  const card = opener.isConnected ? opener.closest('li') : null;
  if (!card || card.querySelector('dialog[open]')) return;
  const { code } = voucher;
  const qr = qrView(code, strings.qrCode);
  const bars = barcodeView(code, strings.barcode);
  const dialog = document.createElement('dialog');
  dialog.setAttribute('part', 'scan');
  dialog.className = 'scan';
  dialog.setAttribute('aria-labelledby', 'scan-title');
  render(
    html`<div class="scan-box"
><div class="scan-head"><h2 part="scan-title" class="scan-title" id="scan-title">${strings.scanTitle}</h2><button part="scan-close" class="scan-close" type="button" aria-label=${strings.close} @click=${() => dialog.close()}>×</button></div
>${voucher.title ? html`<p part="scan-voucher" class="scan-voucher" dir="auto">${voucher.title}</p>` : nothing}${qr ?? nothing}${bars ?? nothing}<p part="scan-code" class="scan-code" dir="auto">${code}</p
>${qr && bars ? nothing : html`<p part="scan-note" class="scan-note">${[qr ? '' : strings.qrUnavailable, bars ? '' : strings.barcodeUnavailable].join(' ').trim()}</p>`}</div>`,
    dialog,
  );
  // A click on the backdrop lands on the dialog itself (its box has no padding of its own).
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  // Escape closes the view only: WebKit would also hide a launcher's popover behind it.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  const release = holdScreen();
  // The card can go while the view is open (its voucher expired, the list was loaded again): a
  // dialog taken out of the page fires no close event, and one moved with its card is no longer
  // modal. Either way the view ends, and so does the wake lock.
  const watch = new MutationObserver(() => {
    if (!dialog.isConnected) end();
    else if (!dialog.matches(':modal')) dialog.close();
  });
  const end = () => {
    watch.disconnect();
    release();
    dialog.remove();
    if (opener.isConnected) opener.focus();
    else host.renderRoot.querySelector<HTMLElement>('.base')?.focus();
  };
  dialog.addEventListener('close', end);
  card.append(dialog);
  watch.observe(host.renderRoot, { childList: true, subtree: true });
  dialog.showModal();
  host.dispatchEvent(event('voucher-tray-scan', { voucher }));
}
