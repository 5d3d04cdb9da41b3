// One shopper's vouchers as cards. Loaded lazily with the runtime (src/runtime/runtime.ts): a page
// whose visitors are anonymous never downloads it. Provider text goes in through text
// bindings only, never as markup.
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { expiryText, isExpiringSoon } from '../format/expiry.js';
import { formatDateTime } from '../format/intl.js';
import { displayStatus } from '../format/status.js';
import { usesLeftText, validityLine } from '../format/validity.js';
import { formatValue } from '../format/value.js';
import type { TrayStrings } from '../i18n/types.js';
import type { Voucher } from '../model/voucher.js';

export interface ItemContext {
  now: number;
  locale: string;
  currency: string | undefined;
  strings: TrayStrings;
  copiedId: string | undefined;
  onCopy: (voucher: Voucher) => void;
}

// Links arrive checked: the loader's guard (model/guard.ts) keeps only https: or
// same-origin URLs from every adapter, registered ones included, before anything renders.
const assetLink = (url: string | undefined, part: string, label: string, code: string, strings: TrayStrings) =>
  url
    ? html`<a part=${part} href=${url} target="_blank" rel="noopener noreferrer">${label}<span class="sr-only">: ${code} (${strings.newTab})</span></a>`
    : nothing;

// Optional lines stay in the card's one template and, when empty, lose their part: a nested
// template per line would cost every card a clone, two markers and a walk per line (most of
// the time a long list takes). Without a part no ::part() rule of the page can reach them,
// and the card styles hide every element of a card that has no part. Plain lines are set as
// `.textContent` (text, never markup), one property each rather than a marker and a text node.
const partIf = (present: unknown, part: string) => (present ? part : nothing);

/** One `<li part="voucher">`: what it is, its code with a copy button, when it expires. */
function renderVoucher(voucher: Voucher, ctx: ItemContext): TemplateResult {
  const { strings, now, locale } = ctx;
  const { code, expiresAt, qrUrl, barcodeUrl, brand, title, description, image } = voucher;
  const status = displayStatus(voucher, now, locale, strings);
  const value = formatValue(voucher.value, locale, ctx.currency, strings);
  const copied = ctx.copiedId === voucher.id;
  const soon = status.key === 'active' && isExpiringSoon(expiresAt, now);
  const copyText = copied ? strings.copied : voucher.role === 'referrer' ? strings.copyToShare : strings.copy;
  const validity = validityLine(voucher, now, locale, strings);
  const uses = usesLeftText(voucher, locale, strings);
  const full = expiresAt === undefined ? undefined : formatDateTime(expiresAt, locale, true);
  // dir="auto": provider text takes its own direction (an Arabic title in an English tray) and is
  // a bidi isolate, so controls in it cannot reorder what is around it. Aligned with the tray
  // all the same (the styles' match-parent). Line breaks sit inside the tags: a break between
  // two tags would be one more text node to clone in every card.
  return html`<li part="voucher" class="voucher" data-status=${status.key} ?data-soon=${soon} data-role=${voucher.role ?? nothing}
>${image ? html`<img part="image" class="image" src=${image} alt="" loading="lazy">` : nothing}<div part="content" class="body"
><p part=${partIf(brand, 'brand')} class="brand" dir="auto" .textContent=${brand ?? ''}></p
><p part=${partIf(title, 'title')} class="title" dir="auto" .textContent=${title ?? ''}></p
><p part=${partIf(value, 'value')} class="value" dir="auto" .textContent=${value ?? ''}></p
><p part=${partIf(description, 'description')} class="description" dir="auto" .textContent=${description ?? ''}></p
><p part=${partIf(validity, 'validity')} class="meta" .textContent=${validity ?? ''}></p
><p part=${partIf(uses, 'uses')} class="meta" .textContent=${uses ?? ''}></p
><div part="code-row" class="row"
><code part="code" class="code" dir="auto" .textContent=${code}></code
><button part="copy-button" class="copy" type="button" aria-label=${`${copyText}: ${code}`} .textContent=${copyText}></button
></div
><p part="meta" class="meta"
><time part=${partIf(full, 'expiry')} datetime=${full ? new Date(expiresAt!).toISOString() : nothing} title=${full ?? nothing}
>${full && expiryText(expiresAt!, now, locale, strings)}<span class="sr-only">${full && ` (${full})`}</span></time
><span part=${partIf(!full, 'expiry')} .textContent=${full ? '' : strings.noExpiry}></span
><span part=${partIf(soon, 'soon')} class="soon" .textContent=${soon ? strings.expiringSoon : ''}></span
><span part="status" class="status" .textContent=${status.label}></span
></p
>${qrUrl || barcodeUrl
  ? html`<p part="assets" class="row">${assetLink(qrUrl, 'qr-link', strings.qrCode, code, strings)} ${assetLink(barcodeUrl, 'barcode-link', strings.barcode, code, strings)}</p>`
  : nothing}</div
></li>`;
}

/**
 * The copy buttons share one listener on the list: a card is found by its place among the
 * list's items, which is its voucher's place in `shown` (a listener and a closure per card
 * would cost every card of a long list).
 */
function copyFromList(event: Event, shown: readonly Voucher[], ctx: ItemContext): void {
  const card = (event.target as Element).closest('.copy')?.closest('li');
  const index = card?.parentElement ? Array.prototype.indexOf.call(card.parentElement.children, card) : -1;
  const voucher = shown[index];
  if (voucher) ctx.onCopy(voucher);
}

/** The keyed list: a voucher keeps its DOM node when the list reorders or shrinks. */
export const listView = (shown: readonly Voucher[], ctx: ItemContext): TemplateResult =>
  html`<ul part="list" class="list" role="list" aria-label=${ctx.strings.listLabel} @click=${(event: Event) => copyFromList(event, shown, ctx)}>${repeat(shown, (v) => v.id, (v) => renderVoucher(v, ctx))}</ul>`;
