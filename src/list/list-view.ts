// One shopper's vouchers as cards: the usable ones, then (with `show-expired`) the unusable
// ones apart under their own heading. Loaded lazily with the runtime (src/runtime/runtime.ts):
// a page whose visitors are anonymous never downloads it.
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import { isUsable, type Voucher } from '../model/voucher.js';
import { applyTemplate } from './apply.js';
import { renderVoucher, type ItemContext } from './card.js';
import { impressions } from './impressions.js';
import { trayEvent } from '../element/events.js';

export type { ItemContext } from './card.js';

/** The voucher of the card `node` is in: its place among the list's items is its place in `vouchers`. */
function voucherAt(node: Element, vouchers: readonly Voucher[]): Voucher | undefined {
  const card = node.closest('li');
  return card?.parentElement ? vouchers[Array.prototype.indexOf.call(card.parentElement.children, card)] : undefined;
}

/**
 * The copy, "Use now" and scan controls of a list share one listener (a listener and a closure
 * per card would cost every card of a long list). A click anywhere on the code row copies,
 * unless its button is disabled (a voucher that has not started, or cannot be used any more).
 * "Use now" fires the cancelable `voucher-tray-apply` from the tray; a cancelled one stops its
 * link. "Show at the till" opens the scan view.
 */
function clickInList(event: Event, vouchers: readonly Voucher[], ctx: ItemContext): void {
  const target = event.target as Element;
  const apply = target.closest('[part~="apply-button"]');
  if (apply) {
    const voucher = voucherAt(apply, vouchers);
    const host = (apply.getRootNode() as ShadowRoot).host;
    if (voucher && host && !host.dispatchEvent(trayEvent('voucher-tray-apply', { voucher }, true))) event.preventDefault();
    return;
  }
  const scan = target.closest<HTMLElement>('.till');
  if (scan) {
    const voucher = voucherAt(scan, vouchers);
    if (voucher && ctx.scan) ctx.scan((scan.getRootNode() as ShadowRoot).host as ReactiveElement, voucher, scan, ctx.strings);
    return;
  }
  const row = target.closest('.row');
  if (!row || row.querySelector('button:disabled')) return;
  const voucher = voucherAt(row, vouchers);
  if (voucher) ctx.onCopy(voucher);
}

/** An image that fails to load leaves: no broken-image icon, no empty space (error events do not bubble, so: capture). */
const dropFailedImage = {
  handleEvent: (event: Event) => (event.target as Element).localName === 'img' && (event.target as Element).setAttribute('hidden', ''),
  capture: true,
};

/**
 * The keyed cards: a voucher keeps its DOM node when the list reorders or shrinks. A directive
 * so that it can ask the tray it renders in for `apply-url` (checked here, once per list and
 * render; only usable cards get the action): the first-paint file then hands the list nothing
 * more than before.
 */
class Cards extends Directive {
  // Without a part (server rendering, which never renders a list) there is no tray to ask.
  render(vouchers: readonly Voucher[], ctx: ItemContext, _usable: boolean) {
    return repeat(vouchers, (v) => v.id, (v) => renderVoucher(v, ctx));
  }

  override update(part: ChildPart, [vouchers, ctx, usable]: Parameters<this['render']>) {
    const host = part.options?.host as { applyUrl?: string } | undefined;
    const apply = usable ? applyTemplate(host?.applyUrl, document.baseURI) : undefined;
    return repeat(vouchers, (v) => v.id, (v) => renderVoucher(v, ctx, apply));
  }
}
const cards = directive(Cards);

const list = (vouchers: readonly Voucher[], ctx: ItemContext, usable: boolean, part: string, label: string | undefined, labelledBy?: string) =>
  html`<ul ${impressions(vouchers)} part=${part} class="list" role="list" aria-label=${label ?? nothing} aria-labelledby=${labelledBy ?? nothing} tabindex=${ctx.scroller ? '0' : nothing} @click=${(event: Event) => clickInList(event, vouchers, ctx)} @error=${dropFailedImage}>${cards(vouchers, ctx, usable)}</ul>`;

/** The usable vouchers (scheduled ones among them, muted), then the unusable ones apart. */
export function listView(shown: readonly Voucher[], ctx: ItemContext): TemplateResult {
  // `shown` comes usable first (model/voucher.ts `visibleVouchers`).
  let split = shown.findIndex((v) => !isUsable(v, ctx.now));
  if (split < 0) split = shown.length;
  const usable = shown.slice(0, split);
  const gone = shown.slice(split);
  return html`${usable.length
    ? list(usable, ctx, true, 'list', ctx.strings.listLabel)
    : html`<div part="empty" class="empty"><slot name="empty"><p>${ctx.strings.empty}</p></slot></div>`}${gone.length
    ? html`<p part="unusable-heading" class="heading" id="unusable">${ctx.strings.unusableHeading}</p>${list(gone, ctx, false, 'list unusable-list', undefined, 'unusable')}`
    : nothing}`;
}
