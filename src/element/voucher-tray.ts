import { LitElement, adoptStyles, html, type CSSResultOrNative, type PropertyValues } from 'lit';
import { TaskStatus } from '@lit/task';
import type { CopyFeedback } from './copy-feedback.js';
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

// The event details, beside the class: editor and JSX data name them by the class's module.
export type { VoucherTrayCopyDetail, VoucherTrayErrorDetail, VoucherTrayLoadDetail, VoucherTrayLoginDetail } from './events.js';

/** How the vouchers are laid out (see the `layout` attribute). */
export type VoucherTrayLayout = 'auto' | 'list' | 'grid' | 'carousel' | 'launcher';
/** Which colour scheme the tray uses (see the `theme` attribute). */
export type VoucherTrayTheme = 'light' | 'dark' | 'auto';

// The launcher (layout="launcher") is a chunk of its own, loaded before a launcher tray renders.
let launcher: typeof import('./launcher.js') | undefined;
let launcherLoading: Promise<unknown> | undefined;
const loadLauncher = () =>
  (launcherLoading ??= import('./launcher.js').then(
    (module) => (launcher = module),
    () => (launcherLoading = undefined),
  ));

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
 * @attr {string} text-unusable-heading - Replaces the heading of the used, expired and disabled vouchers (with `show-expired`).
 *
 * @slot login - Replaces the default login prompt (text and button) shown to anonymous shoppers.
 * @slot empty - Replaces the default message shown when the shopper has no usable vouchers.
 *
 * @event {VoucherTrayLoadDetail} voucher-tray-load - `{ vouchers }`, after each successful load; `vouchers` is what is shown.
 * @event {VoucherTrayErrorDetail} voucher-tray-error - `{ kind, status?, message }`: a load failed (kind `token`, `network`, `http`, `parse`, `timeout` or `config`); the error part with a retry button is shown.
 * @event {VoucherTrayCopyDetail} voucher-tray-copy - `{ voucher }`: a code was copied (only when the copy really succeeded).
 * @event {VoucherTrayLoginDetail} voucher-tray-login - `{}`: the login action was used. Cancelable; if not cancelled and `login-url` is set, the page goes there.
 *
 * @csspart base - The tray's outer box (no border or padding unless the page gives it some).
 * @csspart list - A list of vouchers (`ul`): the usable ones, and with `show-expired` a second one of the unusable ones.
 * @csspart unusable-list - The list of used, expired, disabled and empty vouchers (also `list`), after the usable ones.
 * @csspart unusable-heading - The heading that names the unusable list ("No longer usable").
 * @csspart voucher - One shown voucher (`li`), a ticket; `data-status` (active, scheduled, blocked, expired, used, disabled, no-balance; scheduled: not usable yet or not at this hour; blocked: locked or to be claimed first), `data-soon` (within 48 hours of expiry) and `data-leaving` (expiring on screen) mark its state; `data-role="referrer"` marks a referral code to share.
 * @csspart stub - The ticket's stub: the value (or, without one, a mark) and the image.
 * @csspart image - A voucher's image, when the provider has one (removed if it fails to load).
 * @csspart mark - On the stub of a voucher without a value (CleverTap): the brand's initial, or a percent sign.
 * @csspart content - The ticket's body (everything but the stub).
 * @csspart brand - The brand, partner or campaign.
 * @csspart title - The voucher's title (without the value when it states it).
 * @csspart value - What the voucher is worth: the largest text of the card.
 * @csspart description - The voucher's description.
 * @csspart validity - When it can be used ("Valid Mon–Fri, 12:00–14:00") and points about to expire.
 * @csspart uses - How many more times it can be used, when the provider limits it.
 * @csspart code-row - The code joined to its copy button: one control.
 * @csspart code - The voucher code (shortened in the middle when it does not fit).
 * @csspart copy-button - The button that copies the code (disabled before the voucher starts and once it cannot be used).
 * @csspart meta - The line with the one signal: expiry, start or why it cannot be used.
 * @csspart expiry - When a usable voucher ends: a badge within 48 hours, else a quiet "Until 20 Jun" (the full date is its tooltip).
 * @csspart soon - The expiry badge within 48 hours of expiry (also `expiry`).
 * @csspart status - When a scheduled voucher starts, or why one cannot be used ("Used", "Expired 2 days ago", "Locked for now"), a referral code's "to share"; nothing for a usable one.
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
 * @csspart skeleton - One placeholder card of the loading skeleton, shaped like a card.
 * @csspart launcher - With `layout="launcher"`: the button that opens the tray.
 * @csspart count - The number of usable vouchers on the launcher.
 * @csspart popover - With `layout="launcher"`: the popover that holds the tray.
 * @csspart close-button - The popover's close button.
 *
 * @cssprop --voucher-tray-font - Font family (default: inherited).
 * @cssprop --voucher-tray-text - Text colour (light #1f2328, dark #e6edf3).
 * @cssprop --voucher-tray-background - The tray's own background (default: none, the page shows through); also the popover's (light #ffffff, dark #0d1117).
 * @cssprop --voucher-tray-frame-border - The tray's outer border, e.g. `1px solid #d0d7de` (default: none).
 * @cssprop --voucher-tray-frame-padding - The tray's inner padding (default: 0).
 * @cssprop --voucher-tray-card-background - Background of each card's body (light #ffffff, dark #161b22).
 * @cssprop --voucher-tray-border - Card outline, code control and skeleton colour (light #d0d7de, dark #3d444d).
 * @cssprop --voucher-tray-accent - Accent colour: values, buttons, links (light #0a58ca, dark #58a6ff).
 * @cssprop --voucher-tray-accent-text - Text colour on the accent (light #ffffff, dark #0d1117).
 * @cssprop --voucher-tray-muted - Colour of secondary text (light #57606a, dark #9198a1).
 * @cssprop --voucher-tray-danger - Colour of the error message (light #b42318, dark #ff7b72).
 * @cssprop --voucher-tray-stub-background - Background of the ticket's stub (light #e9f0ff, dark #14233b).
 * @cssprop --voucher-tray-stub-width - Width of the stub (default clamp(6rem, 30%, 8rem)).
 * @cssprop --voucher-tray-value - Colour of the value (default: the accent).
 * @cssprop --voucher-tray-notch-size - Radius of the ticket's notches (default 9px; 0 for none; a shadow also needs `::part(voucher) { mask: none }`).
 * @cssprop --voucher-tray-code-background - Background of the code control (light #f6f8fa, dark #0d1117).
 * @cssprop --voucher-tray-success - Text and edge of the code control after a copy (light #116329, dark #3fb950).
 * @cssprop --voucher-tray-success-background - Background of the code control after a copy (light #dafbe1, dark #0f2a1a).
 * @cssprop --voucher-tray-muted-background - Stub of a scheduled or unusable voucher (light #eaeef2, dark #21262d).
 * @cssprop --voucher-tray-soon - Text colour of the expiry badge (light #7a4500, dark #f2cc60).
 * @cssprop --voucher-tray-soon-background - Background of the expiry badge (light #fff1c9, dark #3b2e0a).
 * @cssprop --voucher-tray-focus-ring - Colour of the keyboard focus ring (light #0a58ca, dark #58a6ff).
 * @cssprop --voucher-tray-radius - Corner radius (default 12px).
 * @cssprop --voucher-tray-spacing - Gap unit (default 0.75rem).
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
    layout: { reflect: true },
    theme: { reflect: true },
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
  /**
   * `auto` (default): one column in a narrow container, a grid of cards in a wide one (by
   * container query, not viewport). `list`: always one column. `grid`: always a grid.
   * `carousel`: one horizontal, scroll-snapping row with the next card peeking (the row takes
   * focus, so arrow keys scroll it). `launcher`: a button with the count of usable vouchers
   * (`part="launcher"`, `part="count"`) that opens the tray in a popover; focus moves in and
   * back, Escape closes it.
   */
  // Spelled out (not the alias) so that custom-elements.json lists the values.
  declare layout: 'auto' | 'list' | 'grid' | 'carousel' | 'launcher';
  /** Colour scheme: absent follows the page's `color-scheme` (light when the page sets none); `light` or `dark` forces one; `auto` follows the system's preference. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

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
  private _sheets = 1;
  /** Made on the first copy: a copy button comes only with the runtime's list. */
  private _copy: CopyFeedback | undefined;
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
    this.layout = 'auto';
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
    currentRuntime()?.wakeAt(this, undefined);
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
    const pending = this._pending();
    return pending ? super.getUpdateComplete().then(() => pending).then(() => super.getUpdateComplete()) : super.getUpdateComplete();
  }

  /** What the next render waits for: the locale's translation, a launcher tray's chunk. */
  private _pending(): Promise<unknown> | undefined {
    // Server rendering waits for nothing: its login prompt must be there before any script
    // runs (in English, or in the text-* attributes' words), and nothing else can load there.
    if (typeof document === 'undefined') return undefined;
    const text = loadTranslation(this._locale());
    const layout = this.layout === 'launcher' && !launcher ? loadLauncher().then(() => this.requestUpdate()) : undefined;
    return text && layout ? Promise.all([text, layout]) : (text ?? layout);
  }

  /** Derives what this update shows (Lit's place for state computed from properties). */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const runtime = currentRuntime();
    // Logout: the shopper's grants go with them, so the next login asks the token endpoint.
    if (changed.has('identity') && !shopperOf(this)) runtime?.forgetShopper(changed.get('identity'));
    // The cards' styles come with the runtime, the launcher's with its chunk; adopt them once here.
    const sheets = [trayStyles, runtime?.cardStyles, launcher?.launcherStyles].filter(Boolean) as CSSResultOrNative[];
    if (sheets.length > this._sheets) {
      this._sheets = sheets.length;
      adoptStyles(this.renderRoot as ShadowRoot, sheets);
    }
    this._now = Date.now();
    // Text in the tray's language, and a launcher tray's own chunk: held until they are here.
    this._held = !!this._pending();
    const result = this._task.status === TaskStatus.COMPLETE ? this._task.value : undefined;
    this._shownFor = shopperOf(this);
    this._loaded = result && result.shopper === this._shownFor ? result.vouchers : [];
    // Vouchers exist only once the runtime has loaded them, so it is here whenever they are.
    this._shown = runtime?.visibleVouchers(this._loaded, this._now, this.showExpired) ?? [];
  }

  protected override render() {
    const strings = resolveStrings(this, this._locale(), this.strings, currentRuntime()?.englishList);
    const identity = shopperOf(this);
    const now = this._now;
    const busy = identity !== '' && this._task.status === TaskStatus.PENDING;
    const feedback = this._copy?.last;
    const item = {
      scroller: this.layout === 'carousel',
      now,
      strings,
      locale: this._locale(),
      currency: this.currency || undefined,
      copiedId: feedback?.ok ? feedback.id : undefined,
      onCopy: (voucher: Voucher) => (this._copy ??= new (currentRuntime()!.CopyFeedback)(this)).copy(voucher, this.renderRoot as ShadowRoot),
    };
    const held = this._held;
    const tray = html`<div part="base" class="base" aria-busy=${busy || held ? 'true' : 'false'} tabindex="-1">
        ${held ? (identity ? loadingView() : '') : identity ? stateView(this._task, this._shown, item, this._retry) : loginView(strings, safeNavigationUrl(this.loginUrl), this._login)}
      </div>`;
    const layout = launcher && this.layout === 'launcher' ? launcher : undefined;
    return html`${layout ? layout.launcherView(strings, currentRuntime()?.usableNow(this._shown, now) ?? 0, tray) : tray}
      <div class="sr-only" role="status">${held ? '' : feedback ? (feedback.ok ? strings.copied : strings.copyFailed) : busy ? strings.loading : ''}</div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // One shared timer wakes the tray when an entry expires or starts, or its expiry text turns.
    // It comes with the runtime, as every moment worth waking for does.
    const runtime = currentRuntime();
    const next = runtime?.nextChange(this._loaded, this._shown, this._now);
    runtime?.wakeAt(this, this.isConnected ? next : undefined, () => this.requestUpdate());
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

  /** A cancelled `voucher-tray-login` keeps the page where it is; else the link (if any) is followed. */
  private _login = (event: Event): void => {
    if (!this.dispatchEvent(trayEvent('voucher-tray-login', {}, true))) event.preventDefault();
  };
}

/**
 * `login-url` resolved against the page, accepted only for http(s) (no `javascript:`). On the
 * server (no document) it is checked against a stand-in base and given back as written, for
 * the browser to resolve.
 */
export function safeNavigationUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (typeof document === 'undefined') return httpUrl(value, 'https://server.invalid/') ? value : undefined;
  return httpUrl(value, document.baseURI)?.href;
}

declare global {
  interface HTMLElementTagNameMap {
    'voucher-tray': VoucherTray;
  }
}
