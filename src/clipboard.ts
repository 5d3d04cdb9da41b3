import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { trayEvent } from './events.js';
import type { Voucher } from './voucher.js';

/**
 * Copies `text`, resolving true only when it really landed on the clipboard. The Clipboard
 * API is tried first; where it is missing or refused (no permission, insecure page, older
 * embeddings in iframes) a selected, off-screen textarea and `execCommand('copy')` are used.
 */
export async function copyText(text: string, host: ShadowRoot | HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: fall through to the legacy path.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  host.appendChild(area);
  const focused = (host.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus?.();
  }
}

const FEEDBACK_MS = 2000;

/**
 * Copies a voucher's code for its tray and keeps the outcome on show (and announced) for a
 * moment. `voucher-tray-copy` fires only when the code really reached the clipboard.
 */
export class CopyFeedback implements ReactiveController {
  /** The last copy: which voucher, and whether it worked; cleared after a moment. */
  last: { id: string; ok: boolean } | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  async copy(voucher: Voucher, root: ShadowRoot): Promise<void> {
    const ok = await copyText(voucher.code, root);
    this._show({ id: voucher.id, ok });
    if (ok) this._host.dispatchEvent(trayEvent('voucher-tray-copy', { voucher }));
  }

  hostDisconnected(): void {
    this._show(undefined);
  }

  private _show(last: CopyFeedback['last']): void {
    this.last = last;
    clearTimeout(this._timer);
    if (last) this._timer = setTimeout(() => this._show(undefined), FEEDBACK_MS);
    this._host.requestUpdate();
  }
}
