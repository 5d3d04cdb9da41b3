import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { trayEvent } from '../element/events.js';
import { copyText } from './clipboard.js';
import type { Voucher } from '../model/voucher.js';

const FEEDBACK_MS = 2000;

/**
 * Copies a voucher's code for its tray and keeps the outcome on show (and announced) for a
 * moment. `voucher-tray-copy` fires only when the code really reached the clipboard. Comes
 * with the runtime (a tray adds it once the runtime is here): only a list has codes to copy.
 */
export class CopyFeedback implements ReactiveController {
  /** The last copy: which voucher, and whether it worked; cleared after a moment. */
  last: { id: string; ok: boolean } | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  async copy(voucher: Voucher, root: ShadowRoot): Promise<void> {
    // Comes with the runtime (a copy button exists only in its list view), so the copy starts
    // without awaiting an import: the click's user activation still counts for the clipboard.
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
