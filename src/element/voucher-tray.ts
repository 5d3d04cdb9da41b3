import { LitElement, adoptStyles, html, type PropertyValues } from 'lit';
import { TaskStatus } from '@lit/task';
import { wakeAt } from '../format/clock.js';
import { CopyFeedback } from './copy-feedback.js';
import { trayEvent, type VoucherTrayErrorDetail } from './events.js';
import { resolveLocale } from '../i18n/locale.js';
import { loadTranslation } from '../i18n/load.js';
import { watchLang } from '../i18n/lang-observer.js';
import { httpUrl } from '../model/urls.js';
import { TEXT_ATTRIBUTES, resolveStrings } from '../i18n/resolve.js';
import { onProviderRegistered } from '../providers/registry.js';
import type { TrayStrings } from '../i18n/types.js';
import { currentRuntime } from '../runtime/loader.js';
import { createLoadTask, shopperOf } from './load-task.js';
import { loadingView, loginView, stateView } from './views.js';
import { trayStyles } from './voucher-tray.styles.js';
import type { Voucher } from '../model/voucher.js';

/**
 * Shows the logged-in shopper the vouchers a marketing or loyalty platform assigned to them.
 *
 * Built-in text comes in English, German, French, Spanish, Dutch, Portuguese and Hindi, picked
 * by `locale` (only English is bundled; the others load on demand). Every text can be replaced
 * with a `text-*` attribute (the `TrayStrings` key in kebab-case: `text-empty`,
 * `text-login-prompt`, `text-expires-today`…) or the `strings` property, which wins.
 *
 * @summary A shopper's voucher tray for CleverTap, Voucherify and Spaaza.
 * @tagname voucher-tray
 *
 * @attr {string} text-login-prompt - Replaces the login prompt's text (any `TrayStrings` key works as `text-<key-in-kebab-case>`).
 * @attr {string} text-login-button - Replaces the login button's text.
 * @attr {string} text-empty - Replaces the message shown when there are no usable vouchers.
 * @attr {string} text-error - Replaces the error message.
 * @attr {string} text-retry - Replaces the retry button's text.
 * @attr {string} text-copy - Replaces the copy button's text.
 * @attr {string} text-copied - Replaces the text shown and announced after a copy.
 * @attr {string} text-list-label - Replaces the list's accessible name.
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
 * @csspart voucher - One shown voucher (`li`); `data-status` (active, scheduled, expired, used, disabled, no-balance) and `data-soon` mark its state.
 * @csspart image - A voucher's image, when the provider has one.
 * @csspart content - The text column of a voucher (everything but the image).
 * @csspart brand - The brand, partner or campaign.
 * @csspart title - The voucher's title.
 * @csspart value - What the voucher is worth.
 * @csspart description - The voucher's description.
 * @csspart code-row - The code and its copy button.
 * @csspart code - The voucher code.
 * @csspart copy-button - The button that copies the code.
 * @csspart meta - The line with expiry, expiring-soon mark and status.
 * @csspart expiry - When it expires ("Expires in 3 days"; the full date is in its tooltip).
 * @csspart soon - The "expiring soon" mark (within 48 hours of expiry).
 * @csspart status - Its status (active, starts on…, expired, used…).
 * @csspart assets - The line of links to the code's QR and barcode images (Voucherify).
 * @csspart qr-link - The link to the QR code image.
 * @csspart barcode-link - The link to the barcode image.
 * @csspart login - The login prompt for anonymous shoppers.
 * @csspart login-text - The default login prompt's text.
 * @csspart login-button - The default login button.
 * @csspart empty - The message shown when there are no usable vouchers.
 * @csspart error - The error message and retry button.
 * @csspart error-text - The error message's text.
 * @csspart retry-button - The button that loads again after an error.
 * @csspart loading - The loading skeleton.
 * @csspart skeleton - One placeholder card of the loading skeleton.
 *
 * @cssprop --voucher-tray-font - Font family (default: inherited).
 * @cssprop --voucher-tray-text - Text colour (light #1f2328, dark #e6edf3).
 * @cssprop --voucher-tray-background - Tray background (light #ffffff, dark #0d1117).
 * @cssprop --voucher-tray-card-background - Background of each voucher (light #f6f8fa, dark #161b22).
 * @cssprop --voucher-tray-border - Border and skeleton colour (light #d0d7de, dark #3d444d).
 * @cssprop --voucher-tray-accent - Accent colour: values, buttons, links (light #0a58ca, dark #58a6ff).
 * @cssprop --voucher-tray-accent-text - Text colour on the accent (light #ffffff, dark #0d1117).
 * @cssprop --voucher-tray-muted - Colour of secondary text (light #57606a, dark #9198a1).
 * @cssprop --voucher-tray-danger - Colour of the error message (light #b42318, dark #ff7b72).
 * @cssprop --voucher-tray-soon - Text colour of the "expiring soon" mark (light #7a4500, dark #f2cc60).
 * @cssprop --voucher-tray-soon-background - Background of the "expiring soon" mark (light #fff1c9, dark #3b2e0a).
 * @cssprop --voucher-tray-focus-ring - Colour of the keyboard focus ring (light #0a58ca, dark #58a6ff).
 * @cssprop --voucher-tray-radius - Corner radius (default 8px).
 * @cssprop --voucher-tray-spacing - Gap and padding unit (default 0.75rem).
 * @cssprop --voucher-tray-code-font - Font family of the code (default: the system monospace).
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
    debug: { type: Boolean },
    strings: { attribute: false },
  };

  /** The `text-*` attributes are read in render(); observing them re-renders on change. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...TEXT_ATTRIBUTES];
  }

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
  /** BCP 47 tag for dates, numbers and built-in text; default: closest `[lang]`, then the browser. */
  declare locale: string | undefined;
  /** ISO 4217 code for amounts whose response carries no currency. */
  declare currency: string | undefined;
  /** Where the login action goes when `voucher-tray-login` is not cancelled (http(s) or relative only). */
  declare loginUrl: string | undefined;
  /** Show expired and used entries (marked as such) instead of hiding them. */
  declare showExpired: boolean;
  /**
   * Development only: `voucher-tray-error`'s `message` carries the server's or adapter's own
   * text (which may name the shopper) instead of the tray's own.
   */
  declare debug: boolean;
  /** Overrides for any built-in text; wins over `text-*` attributes and the built-in translations. */
  declare strings: Partial<TrayStrings>;

  private _loaded: readonly Voucher[] = [];
  private _shown: readonly Voucher[] = [];
  /** The shopper `_shown` belongs to. */
  private _shownFor = '';
  /** The moment this update renders for (expiry texts, visibility). */
  private _now = 0;
  private _announceLoad = false;
  private _errorToAnnounce: VoucherTrayErrorDetail | undefined;
  private _loadOnReturn = false;
  private _focusAfterLoad = false;
  private _cardStyled = false;
  private readonly _copy = new CopyFeedback(this);
  /** This update's text is still on its way: show the shape only, announce nothing yet. */
  private _held = false;
  private _stopListening: (() => void) | undefined;

  private readonly _task = createLoadTask(this, (error) => {
    if (error) this._errorToAnnounce = error;
    else this._announceLoad = true;
  });

  constructor() {
    super();
    this.provider = 'voucherify';
    this.showExpired = false;
    this.debug = false;
    this.strings = {};
  }

  /** What is shown right now (expired and unusable entries left out unless `show-expired`). */
  get vouchers(): readonly Voucher[] {
    // Right after `identity` changes, before any render: never the previous shopper's.
    return this._shownFor === shopperOf(this) ? this._shown : [];
  }

  /** Loads again (a new token only if the current one is near expiry). Never rejects. */
  async refresh(): Promise<void> {
    if (!shopperOf(this)) return;
    // Off the page a tray makes no request; it loads when it returns.
    if (!this.isConnected) return void (this._loadOnReturn = true);
    await this._task.run().catch(() => undefined);
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._task.autoRun = true;
    // A provider registered, or a `lang` changed (the tray's locale may follow it): re-render.
    const update = () => this.requestUpdate();
    const stopRegistry = onProviderRegistered(update);
    const stopLang = watchLang(update);
    this._stopListening = () => (stopRegistry(), stopLang());
    // Re-render on return: time has passed, and updated() re-arms the expiry timer.
    this.requestUpdate();
    if (this._loadOnReturn) {
      this._loadOnReturn = false;
      void this._task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Settings changed while away are loaded on return (Task compares them with its last run).
    this._task.autoRun = false;
    this._stopListening?.();
    wakeAt(this, undefined, () => undefined);
    // A move (remove + re-add in one task) keeps its request; a real removal aborts it.
    queueMicrotask(() => {
      if (this.isConnected || this._task.status !== TaskStatus.PENDING) return;
      this._loadOnReturn = true;
      this._task.abort();
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name.startsWith('text-')) this.requestUpdate();
  }

  private _locale(): string {
    return resolveLocale(this, this.locale);
  }

  /**
   * Also waits for held text: once `updateComplete` settles, the tray reads in its language.
   * Without a translation to wait for it is Lit's own promise, not a tick later.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    const text = loadTranslation(this._locale());
    return text ? super.getUpdateComplete().then(() => text).then(() => super.getUpdateComplete()) : super.getUpdateComplete();
  }

  /** Derives what this update shows (Lit's place for state computed from properties). */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const runtime = currentRuntime();
    // Logout: the shopper's grants go with them, so the next login asks the token endpoint.
    if (changed.has('identity') && !shopperOf(this)) runtime?.forgetShopper(changed.get('identity'));
    // The cards' styles come with the runtime; adopt them once it is here.
    if (runtime && !this._cardStyled) {
      this._cardStyled = true;
      adoptStyles(this.renderRoot as ShadowRoot, [trayStyles, runtime.cardStyles]);
    }
    this._now = Date.now();
    this._held = !!loadTranslation(this._locale());
    const result = this._task.status === TaskStatus.COMPLETE ? this._task.value : undefined;
    this._shownFor = shopperOf(this);
    this._loaded = result && result.shopper === this._shownFor ? result.vouchers : [];
    // Vouchers exist only once the runtime has loaded them, so it is here whenever they are.
    this._shown = runtime?.visibleVouchers(this._loaded, this._now, this.showExpired) ?? [];
  }

  protected override render() {
    const strings = resolveStrings(this, this._locale(), this.strings);
    const identity = shopperOf(this);
    const now = this._now;
    const busy = identity !== '' && this._task.status === TaskStatus.PENDING;
    const feedback = this._copy.last;
    const item = {
      now,
      strings,
      locale: this._locale(),
      currency: this.currency || undefined,
      copiedId: feedback?.ok ? feedback.id : undefined,
      onCopy: (voucher: Voucher) => this._copy.copy(voucher, this.renderRoot as ShadowRoot),
    };
    const held = this._held;
    return html`<div part="base" class="base" aria-busy=${busy || held ? 'true' : 'false'} tabindex="-1">
        ${held ? (identity ? loadingView() : '') : identity ? stateView(this._task, this._shown, item, this._retry) : loginView(strings, this._login)}
      </div>
      <div class="sr-only" role="status">${held ? '' : feedback ? (feedback.ok ? strings.copied : strings.copyFailed) : busy ? strings.loading : ''}</div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // One shared timer wakes the tray when an entry expires or starts, or its expiry text turns.
    const next = currentRuntime()?.nextChange(this._loaded, this._shown, this._now);
    wakeAt(this, this.isConnected ? next : undefined, () => this.requestUpdate());
    // What was loaded is announced once it can be read.
    if (this._held) return;
    if (this._focusAfterLoad) {
      // The retry button is gone; keep keyboard and screen-reader users in the tray.
      this._focusAfterLoad = false;
      this.renderRoot.querySelector<HTMLElement>('.base')?.focus();
    }
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

  private _retry = (): void => {
    this._focusAfterLoad = true;
    void this.refresh();
  };

  private _login = (): void => {
    const proceed = this.dispatchEvent(trayEvent('voucher-tray-login', {}, true));
    const target = proceed ? safeNavigationUrl(this.loginUrl) : undefined;
    if (target) window.location.assign(target);
  };
}

/** `login-url` resolved against the page, accepted only for http(s) (no `javascript:`). */
export function safeNavigationUrl(value: string | undefined): string | undefined {
  return value ? httpUrl(value, document.baseURI)?.href : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'voucher-tray': VoucherTray;
  }
}
