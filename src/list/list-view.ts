// One shopper's vouchers as cards: the usable ones, then (with `show-expired`) the unusable
// ones apart under their own heading. Loaded lazily with the runtime (src/runtime/runtime.ts):
// a page whose visitors are anonymous never downloads it.
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isUsable, type Voucher } from '../model/voucher.js';
import { renderVoucher, type ItemContext } from './card.js';

export type { ItemContext } from './card.js';

/**
 * The copy and scan controls of a list share one listener: a card is found by its place among
 * the list's items, which is its voucher's place in `vouchers` (a listener and a closure per card
 * would cost every card of a long list). A click anywhere on the code row copies, unless its
 * button is disabled (a voucher that has not started, or cannot be used any more); "Show at the
 * till" opens the scan view.
 */
function actOnList(event: Event, vouchers: readonly Voucher[], ctx: ItemContext): void {
  const target = event.target as Element;
  const scan = target.closest<HTMLElement>('.till');
  const row = scan ?? target.closest('.row');
  if (!row || (!scan && row.querySelector('button:disabled'))) return;
  const card = row.closest('li');
  if (!card) return;
  const index = card.parentElement ? Array.prototype.indexOf.call(card.parentElement.children, card) : -1;
  const voucher = vouchers[index];
  if (!voucher) return;
  if (!scan) return ctx.onCopy(voucher);
  if (ctx.scan) ctx.scan((card.getRootNode() as ShadowRoot).host as ReactiveElement, voucher, scan, ctx.strings);
}

/** An image that fails to load leaves: no broken-image icon, no empty space (error events do not bubble, so: capture). */
const dropFailedImage = {
  handleEvent: (event: Event) => (event.target as Element).localName === 'img' && (event.target as Element).setAttribute('hidden', ''),
  capture: true,
};

/** The keyed list: a voucher keeps its DOM node when the list reorders or shrinks. */
const list = (vouchers: readonly Voucher[], ctx: ItemContext, part: string, label: string | undefined, labelledBy?: string) =>
  html`<ul part=${part} class="list" role="list" aria-label=${label ?? nothing} aria-labelledby=${labelledBy ?? nothing} tabindex=${ctx.scroller ? '0' : nothing} @click=${(event: Event) => actOnList(event, vouchers, ctx)} @error=${dropFailedImage}>${repeat(vouchers, (v) => v.id, (v) => renderVoucher(v, ctx))}</ul>`;

/** The usable vouchers (scheduled ones among them, muted), then the unusable ones apart. */
export function listView(shown: readonly Voucher[], ctx: ItemContext): TemplateResult {
  // `shown` comes usable first (model/voucher.ts `visibleVouchers`).
  let split = shown.findIndex((v) => !isUsable(v, ctx.now));
  if (split < 0) split = shown.length;
  const usable = shown.slice(0, split);
  const gone = shown.slice(split);
  return html`${usable.length
    ? list(usable, ctx, 'list', ctx.strings.listLabel)
    : html`<div part="empty" class="empty"><slot name="empty"><p>${ctx.strings.empty}</p></slot></div>`}${gone.length
    ? html`<p part="unusable-heading" class="heading" id="unusable">${ctx.strings.unusableHeading}</p>${list(gone, ctx, 'list unusable-list', undefined, 'unusable')}`
    : nothing}`;
}
