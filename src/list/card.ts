// One voucher as a ticket: a stub with the value (the hero), a perforated divider (CSS), and
// a body with what it is, one expiry signal, and its code joined to the copy action. Provider
// text goes in through text bindings only, never as markup.
import { html, nothing, type TemplateResult } from 'lit';
import { expiryText, isExpiringSoon } from '../format/expiry.js';
import { formatDateTime } from '../format/intl.js';
import { displayStatus } from '../format/status.js';
import { usesLeftText, validityLine } from '../format/validity.js';
import { formatValue } from '../format/value.js';
import type { TrayStrings } from '../i18n/types.js';
import type { Voucher } from '../model/voucher.js';
import { fillApplyUrl } from './apply.js';
import type { openScan } from '../scan/load.js';

export interface ItemContext {
  now: number;
  locale: string;
  currency: string | undefined;
  strings: TrayStrings;
  copiedId: string | undefined;
  onCopy: (voucher: Voucher) => void;
  /** The list scrolls sideways (carousel): it takes focus so the keyboard can scroll it. */
  scroller?: boolean;
  /**
   * With the `scan` attribute: opens a voucher's scan view (src/scan/load.ts), and each usable
   * voucher offers "Show at the till". Handed in by the element, so that the import() of the
   * scan chunk stays in the entry (a chunk may not import another chunk).
   */
  scan?: typeof openScan | false;
}

/** A usable voucher this close to its expiry starts leaving (a short fade, none under reduced motion). */
export const LEAVE_MS = 400;

/**
 * The title without the value it already states ("€5 Flash Voucher" beside "€5" reads "Flash
 * Voucher"), so the value shows once; the title as given when it does not state it.
 */
function titleBeside(title: string | undefined, value: string | undefined): string | undefined {
  if (!title || !value) return title;
  const at = title.indexOf(value);
  if (at < 0) return title;
  const rest = (title.slice(0, at) + title.slice(at + value.length)).replace(/^[\s\-–—:·|,]+|[\s\-–—:·|,]+$/g, '');
  return rest || undefined;
}

/** Long codes are shortened in the middle by CSS when they do not fit: the head gives way, the tail stays. */
function codeHalves(code: string): [string, string] {
  const chars = Array.from(code);
  const tail = chars.length > 12 ? 6 : 0;
  return [chars.slice(0, chars.length - tail).join(''), chars.slice(chars.length - tail).join('')];
}

/**
 * How wide the value reads, in characters (2 to 9): its longest word, or half its length when
 * that is more, so "1 free item" is not set larger than "Free shipping". CSS fits the size to the
 * stub's width (cqi), so no word breaks.
 */
const heroWidth = (hero = '') =>
  Math.min(9, Math.max(2, Math.ceil(Array.from(hero).length / 2), ...hero.split(/\s+/).map((word) => Array.from(word).length)));

const COPY_ICON = 'M5.5 5.5h7v7h-7zM3.5 10.5v-7h7';
const SCAN_ICON = 'M2.5 2.5h4v4h-4zM9.5 2.5h4v4h-4zM2.5 9.5h4v4h-4zM9.5 9.5h1.5M12 9.5h1.5v1.5M9.5 12v1.5h4';
const CHECK_ICON = 'M3 8.5l3.2 3L13 4.5';

// Optional lines stay in the card's one template and, when empty, lose their part: a nested
// template per line would cost every card a clone, two markers and a walk per line (most of
// the time a long list takes). Without a part no ::part() rule of the page can reach them,
// and the card styles hide every element of a card that has no part. Plain lines are set as
// `.textContent` (text, never markup), one property each rather than a marker and a text node.
const partIf = (present: unknown, part: string) => (present ? part : nothing);

// Links arrive checked: the loader's guard (model/guard.ts) keeps only https: or same-origin
// URLs from every adapter, registered ones included, before anything renders.
const assetLink = (url: string | undefined, part: string, label: string, code: string, strings: TrayStrings) =>
  url
    ? html`<a part=${part} href=${url} target="_blank" rel="noopener noreferrer">${label}<span class="sr-only">: ${code} (${strings.newTab})</span></a>`
    : nothing;

/**
 * One `<li part="voucher">`. `apply` is the checked `apply-url` template, when there is one.
 *
 * "Use now" is a real link to the filled URL, not a button that calls `location.assign()`:
 * it works with a middle click, "open in new tab" and copy link like the login link, shows
 * where it goes, and the browser does the navigation (no script path to get wrong). The click
 * first fires the cancelable `voucher-tray-apply` (list-view.ts); cancelling it cancels the
 * link. `target="_self"`: same tab, even under a page's `<base target="_blank">`.
 */
export function renderVoucher(voucher: Voucher, ctx: ItemContext, apply?: string): TemplateResult {
  const { strings, now, locale } = ctx;
  const { code, expiresAt, qrUrl, barcodeUrl, brand, description, image } = voucher;
  // One signal: the expiry for a usable voucher (a badge within 48 hours, else a quiet line,
  // nothing without one), else what the status says (when it starts, why it cannot be used).
  const { key: status, label: said } = displayStatus(voucher, now, locale, strings);
  const active = status === 'active';
  const value = formatValue(voucher.value, locale, ctx.currency, strings);
  const title = titleBeside(voucher.title, value);
  // Without a value (CleverTap), the stub holds a mark: the brand's initial, or a percent sign.
  const mark = value ? '' : (Array.from(brand ?? '')[0]?.toLocaleUpperCase(locale) ?? '%');
  const copied = ctx.copiedId === voucher.id;
  const soon = active && isExpiringSoon(expiresAt, now);
  const leaving = active && expiresAt !== undefined && expiresAt - now <= LEAVE_MS;
  const full = active && expiresAt !== undefined ? formatDateTime(expiresAt, locale, true) : undefined;
  const copyText = copied ? strings.copied : voucher.role === 'referrer' ? strings.copyToShare : strings.copy;
  const validity = validityLine(voucher, now, locale, strings);
  const uses = usesLeftText(voucher, locale, strings);
  const [head, tail] = codeHalves(code);
  // A referral code is for friends to spend, not for its holder: it gets no "Use now".
  const applyHref = active && apply && voucher.role !== 'referrer' ? fillApplyUrl(apply, code, document.baseURI) : undefined;
  // dir="auto": provider text takes its own direction (an Arabic title in an English tray) and is
  // a bidi isolate, so controls in it cannot reorder what is around it. Line breaks sit inside
  // the tags: a break between two tags would be one more text node to clone in every card.
  return html`<li part="voucher" class="voucher" data-status=${status} ?data-soon=${soon} ?data-leaving=${leaving} data-role=${voucher.role ?? nothing}
><div part="stub" class="stub"
>${image ? html`<img part="image" class="image" src=${image} alt="" loading="lazy">` : nothing}<p part=${partIf(value, 'value')} class="hero" dir="auto" data-w=${heroWidth(value)} .textContent=${value ?? ''}></p
><span part=${partIf(mark, 'mark')} class="mark" aria-hidden="true" .textContent=${mark}></span
></div
><div part="content" class="body"
><p part=${partIf(brand, 'brand')} class="brand" dir="auto" .textContent=${brand ?? ''}></p
><p part=${partIf(title, 'title')} class="title" dir="auto" .textContent=${title ?? ''}></p
><p part=${partIf(description, 'description')} class="description" dir="auto" .textContent=${description ?? ''}></p
><p part=${partIf(validity, 'validity')} class="line" .textContent=${validity ?? ''}></p
><p part=${partIf(uses, 'uses')} class="line" .textContent=${uses ?? ''}></p
><p part=${partIf(full || said, 'meta')} class="meta"
><time part=${partIf(full, soon ? 'expiry soon' : 'expiry')} class=${soon ? 'badge' : 'until'} datetime=${full ? new Date(expiresAt!).toISOString() : nothing} title=${full ?? nothing}
>${full && expiryText(expiresAt!, now, locale, strings)}<span class="sr-only">${full && ` (${full})`}</span></time
><span part=${partIf(said, 'status')} class="status" .textContent=${said}></span
></p
><div part="code-row" class="row" ?data-copied=${copied}
><code part="code" class="code" dir="auto" title=${code}><bdi .textContent=${head}></bdi><bdi .textContent=${tail}></bdi></code
><button part="copy-button" class="copy" type="button" ?disabled=${!active} aria-label=${`${copyText}: ${code}`}
><svg viewBox="0 0 16 16" aria-hidden="true"><path d=${copied ? CHECK_ICON : COPY_ICON}></path></svg><span class="label" .textContent=${copyText}></span></button
></div
>${ctx.scan && active
  ? html`<button part="scan-button" class="till" type="button" aria-label=${`${strings.scanButton}: ${code}`}><svg viewBox="0 0 16 16" aria-hidden="true"><path d=${SCAN_ICON}></path></svg><span .textContent=${strings.scanButton}></span></button>`
  : nothing}<a part=${partIf(applyHref, 'apply-button')} class="apply" href=${applyHref ?? nothing} target="_self" aria-label=${applyHref ? `${strings.apply}: ${code}` : nothing} .textContent=${applyHref ? strings.apply : ''}></a
>${qrUrl || barcodeUrl
  ? html`<p part="assets" class="assets">${assetLink(qrUrl, 'qr-link', strings.qrCode, code, strings)} ${assetLink(barcodeUrl, 'barcode-link', strings.barcode, code, strings)}</p>`
  : nothing}</div
></li>`;
}
