import { LitElement, html, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { copyText } from './clipboard.js';
import { wakeAt } from './clock.js';
import { trayEvent, type VoucherTrayErrorDetail } from './events.js';
import { validLocale } from './format.js';
import './providers/builtin.js';
import { VoucherTrayError, isAbortError } from './providers/errors.js';
import { loadVouchersShared } from './providers/shared-load.js';
import { getProvider, onProviderRegistered } from './providers/registry.js';
import { englishStrings, type TrayStrings } from './strings.js';
import { renderVoucher } from './voucher-item.js';
import { trayStyles } from './voucher-tray.styles.js';
import { nextVisibilityChange, visibleVouchers, type Voucher } from './voucher.js';

const COPIED_FEEDBACK_MS = 2000;

/**
 * Shows the logged-in shopper the vouchers a marketing or loyalty platform assigned to them.
 *
 * @summary A shopper's voucher tray for CleverTap, Voucherify and Spaaza.
 * @tagname voucher-tray
 *
 * @slot login - Replaces the default login prompt (text and button) shown to anonymous shoppers.
 * @slot empty - Replaces the default message shown when the shopper has no usable vouchers.
 *
 * @event {CustomEvent<{ vouchers: Voucher[] }>} voucher-tray-load - After each successful load; `vouchers` is what is shown.
 * @event {CustomEvent<{ kind: 'token' | 'network' | 'http' | 'parse' | 'timeout' | 'config', status?: number, message: string }>} voucher-tray-error - A load failed; the error part with a retry button is shown.
 * @event {CustomEvent<{ voucher: Voucher }>} voucher-tray-copy - A code was copied (only when the copy really succeeded).
 * @event {CustomEvent<{}>} voucher-tray-login - The login action was used. Cancelable; if not cancelled and `login-url` is set, the page goes there.
 *
 * @csspart base - The tray's outer box.
 * @csspart list - The list of vouchers (`ul`).
 * @csspart voucher - One shown voucher (`li`).
 * @csspart image - A voucher's image, when the provider has one.
 * @csspart code - The voucher code.
 * @csspart copy-button - The button that copies the code.
 * @csspart title - The voucher's title.
 * @csspart description - The voucher's description.
 * @csspart brand - The brand, partner or campaign.
 * @csspart value - What the voucher is worth.
 * @csspart expiry - When it expires.
 * @csspart status - Its status (active, not active yet, expired, used…).
 * @csspart login - The login prompt for anonymous shoppers.
 * @csspart login-button - The default login button.
 * @csspart empty - The message shown when there are no usable vouchers.
 * @csspart error - The error message.
 * @csspart retry-button - The button that loads again after an error.
 * @csspart loading - The loading indicator.
 *
 * @cssprop --voucher-tray-font - Font family (default: inherited).
 * @cssprop --voucher-tray-text - Text colour.
 * @cssprop --voucher-tray-background - Tray background.
 * @cssprop --voucher-tray-card-background - Background of each voucher.
 * @cssprop --voucher-tray-border - Border colour.
 * @cssprop --voucher-tray-accent - Accent colour (values, buttons).
 * @cssprop --voucher-tray-accent-text - Text colour on the accent.
 * @cssprop --voucher-tray-muted - Colour of secondary text.
 * @cssprop --voucher-tray-danger - Colour of the error message.
 * @cssprop --voucher-tray-radius - Corner radius.
 * @cssprop --voucher-tray-spacing - Gap and padding unit.
 * @cssprop --voucher-tray-code-font - Font family of the code.
 * @cssprop --voucher-tray-focus-ring - Colour of the keyboard focus ring.
 */
export class VoucherTray extends LitElement {
  static override styles = trayStyles;

  static override properties = {
    provider: { reflect: true },
    identity: {},
    tokenEndpoint: { attribute: 'token-endpoint' },
    apiBase: { attribute: 'api-base' },
    codes: {},
    locale: {},
    currency: {},
    loginUrl: { attribute: 'login-url' },
    showExpired: { type: Boolean, attribute: 'show-expired', reflect: true },
    strings: { attribute: false },
    _copiedId: { state: true },
  };

  /** `clevertap`, `voucherify`, `voucherify-vouchers`, `spaaza`, or a name given to `registerProvider()`. */
  declare provider: string;
  /** The shopper (CleverTap identity, Voucherify customer id or source_id, Spaaza user id). Empty = anonymous. Never reflected to the attribute. */
  declare identity: string | undefined;
  /** URL of the embedder's backend that mints a short-lived credential for this shopper. */
  declare tokenEndpoint: string | undefined;
  /** Base URL of the provider API or of the embedder's proxy; a token response's `api_base` wins. */
  declare apiBase: string | undefined;
  /** Voucherify only: comma-separated voucher codes fetched one by one with Get Voucher. */
  declare codes: string | undefined;
  /** BCP 47 tag for dates and numbers; default: closest `[lang]`, then the browser. */
  declare locale: string | undefined;
  /** ISO 4217 code for amounts whose response carries no currency. */
  declare currency: string | undefined;
  /** Where the login action goes when `voucher-tray-login` is not cancelled (http(s) or relative only). */
  declare loginUrl: string | undefined;
  /** Show expired and used entries (marked as such) instead of hiding them. */
  declare showExpired: boolean;
  /** Overrides for any built-in text. */
  declare strings: Partial<TrayStrings>;
  declare private _copiedId: string | undefined;

  private _shown: readonly Voucher[] = [];
  private _announceLoad = false;
  private _errorToAnnounce: VoucherTrayErrorDetail | undefined;
  private _abortedWhileAway = false;
  private _copyTimer: ReturnType<typeof setTimeout> | undefined;
  private _stopListening: (() => void) | undefined;

  private readonly _task = new Task(this, {
    args: () =>
      [this.provider, this._identity(), this.tokenEndpoint, this.apiBase, this._codes().join(','), getProvider(this.provider)] as const,
    task: async ([provider, identity, tokenEndpoint, apiBase, codes], { signal }) => {
      if (!identity) return initialState;
      return loadVouchersShared({
        provider,
        identity,
        tokenEndpoint: tokenEndpoint ?? '',
        apiBase: apiBase || undefined,
        codes: codes ? codes.split(',') : [],
        signal,
        baseUrl: document.baseURI,
      });
    },
    onComplete: () => {
      this._announceLoad = true;
    },
    onError: (error) => {
      if (isAbortError(error)) return;
      this._errorToAnnounce =
        error instanceof VoucherTrayError
          ? { kind: error.kind, ...(error.status !== undefined && { status: error.status }), message: error.message }
          : { kind: 'parse', message: 'The vouchers could not be read' };
    },
  });

  constructor() {
    super();
    this.provider = 'voucherify';
    this.showExpired = false;
    this.strings = {};
  }

  /** What is shown right now (expired and unusable entries left out unless `show-expired`). */
  get vouchers(): readonly Voucher[] {
    return this._shown;
  }

  /** Loads again (a new token only if the current one is near expiry). Never rejects. */
  async refresh(): Promise<void> {
    if (!this._identity()) return;
    await this._task.run().catch(() => undefined);
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._stopListening = onProviderRegistered(() => this.requestUpdate());
    // Re-render on return: time has passed, and updated() re-arms the expiry timer.
    this.requestUpdate();
    if (this._abortedWhileAway) {
      this._abortedWhileAway = false;
      void this._task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopListening?.();
    wakeAt(this, undefined, () => undefined);
    clearTimeout(this._copyTimer);
    this._copiedId = undefined;
    // A move (remove + re-add in one task) keeps its request; a real removal aborts it.
    queueMicrotask(() => {
      if (this.isConnected || this._task.status !== TaskStatus.PENDING) return;
      this._abortedWhileAway = true;
      this._task.abort();
    });
  }

  private _identity(): string {
    return typeof this.identity === 'string' ? this.identity.trim() : '';
  }

  private _codes(): string[] {
    const codes = (this.codes ?? '').split(',').map((code) => code.trim());
    return [...new Set(codes.filter(Boolean))];
  }

  private _strings(): TrayStrings {
    return { ...englishStrings, ...this.strings };
  }

  private _locale(): string {
    return (
      validLocale(this.locale) ??
      validLocale(this.closest('[lang]')?.getAttribute('lang')) ??
      validLocale(navigator.language) ??
      'en'
    );
  }

  protected override render() {
    const strings = this._strings();
    const identity = this._identity();
    const now = Date.now();
    const loaded = identity && this._task.status === TaskStatus.COMPLETE ? (this._task.value ?? []) : [];
    this._shown = visibleVouchers(loaded, now, this.showExpired);
    const busy = identity !== '' && this._task.status === TaskStatus.PENDING;
    return html`<div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>
      ${identity ? this._renderState(strings, now) : this._renderLogin(strings)}
      <div class="sr-only" role="status">${this._copiedId ? strings.copied : ''}</div>
    </div>`;
  }

  private _renderState(strings: TrayStrings, now: number) {
    const loading = () => html`<div part="loading" class="loading" role="status">${strings.loading}</div>`;
    return this._task.render({
      initial: loading,
      pending: loading,
      error: (error) =>
        isAbortError(error)
          ? loading()
          : html`<div part="error" class="error" role="alert">
              <p>${strings.error}</p>
              <button part="retry-button" type="button" @click=${() => this.refresh()}>${strings.retry}</button>
            </div>`,
      complete: () =>
        this._shown.length === 0
          ? html`<div part="empty" class="empty"><slot name="empty"><p>${strings.empty}</p></slot></div>`
          : html`<ul part="list" class="list" aria-label=${strings.listLabel}>
              ${repeat(
                this._shown,
                (voucher) => voucher.id,
                (voucher) =>
                  renderVoucher(voucher, {
                    now,
                    strings,
                    locale: this._locale(),
                    currency: this.currency || undefined,
                    copiedId: this._copiedId,
                    onCopy: (v) => this._copy(v),
                  }),
              )}
            </ul>`,
    });
  }

  private _renderLogin(strings: TrayStrings) {
    return html`<div part="login" class="login">
      <slot name="login">
        <p>${strings.loginPrompt}</p>
        <button part="login-button" type="button" @click=${this._login}>${strings.loginButton}</button>
      </slot>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const all = this._identity() && this._task.status === TaskStatus.COMPLETE ? (this._task.value ?? []) : [];
    // One shared timer re-renders the tray when the next entry expires or starts.
    const next = nextVisibilityChange(all, Date.now());
    wakeAt(this, this.isConnected ? next : undefined, () => this.requestUpdate());
    if (this._announceLoad) {
      this._announceLoad = false;
      this.dispatchEvent(trayEvent('voucher-tray-load', { vouchers: [...this._shown] }));
    }
    const error = this._errorToAnnounce;
    if (error) {
      this._errorToAnnounce = undefined;
      this.dispatchEvent(trayEvent('voucher-tray-error', error));
    }
  }

  private async _copy(voucher: Voucher): Promise<void> {
    if (!(await copyText(voucher.code, this.renderRoot as ShadowRoot))) return;
    this._copiedId = voucher.id;
    clearTimeout(this._copyTimer);
    this._copyTimer = setTimeout(() => (this._copiedId = undefined), COPIED_FEEDBACK_MS);
    this.dispatchEvent(trayEvent('voucher-tray-copy', { voucher }));
  }

  private _login = (): void => {
    const proceed = this.dispatchEvent(trayEvent('voucher-tray-login', {}, true));
    const target = proceed ? safeNavigationUrl(this.loginUrl) : undefined;
    if (target) window.location.assign(target);
  };
}

/** `login-url` resolved against the page, accepted only for http(s) (no `javascript:`). */
export function safeNavigationUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'voucher-tray': VoucherTray;
  }
}
