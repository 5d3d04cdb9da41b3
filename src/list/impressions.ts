// Impressions: `voucher-tray-view` once per voucher and shopper per page view, when at least
// half of its card is on screen. One IntersectionObserver per tray, shared by its lists; a
// directive on each list keeps the observed cards in step with the list and lets go of them
// when the list leaves or the tray is removed (LitElement's disconnectedCallback disconnects
// every directive of its template). Comes with the runtime: nothing of it is on first paint.
import { nothing } from 'lit';
import { AsyncDirective, directive, type ElementPart, type PartInfo } from 'lit/async-directive.js';
import { trayEvent } from '../element/events.js';
import type { Voucher } from '../model/voucher.js';

/** Half of the card: an impression, not a glimpse of its edge. */
const THRESHOLD = 0.5;

/** What this page view has already reported: voucher and shopper. A reload or re-render does not report again. */
const seen = new Set<string>();

interface Watch {
  observer: IntersectionObserver;
  /** The cards observed for this tray, each with its voucher and key. */
  cards: Map<Element, { voucher: Voucher; key: string }>;
}
const watches = new WeakMap<Element, Watch>();

function watchOf(host: HTMLElement): Watch {
  let watch = watches.get(host);
  if (watch) return watch;
  const cards: Watch['cards'] = new Map();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const card = cards.get(entry.target);
        if (!card || !entry.isIntersecting) continue;
        // A card without a size yet (Firefox lays out a skipped content-visibility card at zero
        // height until it nears the screen) counts as wholly visible at the screen's edge. It is
        // no impression: observed afresh next frame, it reports its real share.
        const { width, height } = entry.boundingClientRect;
        if (!width || !height) {
          observer.unobserve(entry.target);
          requestAnimationFrame(() => cards.get(entry.target) === card && observer.observe(entry.target));
          continue;
        }
        if (entry.intersectionRatio < THRESHOLD) continue;
        observer.unobserve(entry.target);
        cards.delete(entry.target);
        if (seen.has(card.key)) continue;
        seen.add(card.key);
        host.dispatchEvent(trayEvent('voucher-tray-view', { voucher: card.voucher }));
      }
      release(host);
    },
    { threshold: THRESHOLD },
  );
  watches.set(host, (watch = { observer, cards }));
  return watch;
}

/** A tray with no card left to watch drops its observer. */
function release(host: Element): void {
  const watch = watches.get(host);
  if (watch && !watch.cards.size) {
    watch.observer.disconnect();
    watches.delete(host);
  }
}

class Impressions extends AsyncDirective {
  private _list: Element | undefined;
  private _host: HTMLElement | undefined;
  private _vouchers: readonly Voucher[] = [];
  /** The cards of this list that are observed. */
  private readonly _own = new Set<Element>();

  constructor(part: PartInfo) {
    super(part);
  }

  render(_vouchers: readonly Voucher[]) {
    return nothing;
  }

  override update(part: ElementPart, [vouchers]: [readonly Voucher[]]) {
    this._list = part.element;
    this._host = part.options?.host as HTMLElement | undefined;
    this._vouchers = vouchers;
    // The list's own bindings come before its items: look at the cards once they are rendered.
    if (this.isConnected) queueMicrotask(() => this._sync());
    return nothing;
  }

  /** Observes the cards not reported yet (a card is the voucher at its place in the list) and lets go of those gone. */
  private _sync(): void {
    const host = this._host;
    const list = this._list;
    if (!this.isConnected || !host || !list) return;
    const shopper = String((host as { identity?: unknown }).identity ?? '').trim();
    const current = new Set<Element>();
    Array.prototype.forEach.call(list.children, (card: Element, index: number) => {
      const voucher = this._vouchers[index];
      if (!voucher) return;
      const key = `${shopper}\n${voucher.provider}\n${voucher.id}`;
      if (seen.has(key)) return;
      current.add(card);
      // An observer only for a tray with a card to watch.
      const watch = watchOf(host);
      watch.cards.set(card, { voucher, key });
      watch.observer.observe(card);
    });
    for (const card of this._own) if (!current.has(card)) this._drop(card);
    this._own.clear();
    current.forEach((card) => this._own.add(card));
    release(host);
  }

  private _drop(card: Element): void {
    const watch = this._host && watches.get(this._host);
    if (!watch) return;
    watch.observer.unobserve(card);
    watch.cards.delete(card);
  }

  protected override disconnected(): void {
    this._own.forEach((card) => this._drop(card));
    this._own.clear();
    if (this._host) release(this._host);
  }

  protected override reconnected(): void {
    queueMicrotask(() => this._sync());
  }
}

/** On a list (`<ul ${impressions(vouchers)}>`): its cards report their first half-visible moment. */
export const impressions = directive(Impressions);
