// Impressions: voucher-tray-view once per voucher and shopper per page view, when at least half
// of its card is visible; never for a card below the fold nobody scrolled to; one observer per
// tray, let go of when the tray leaves or its cards do. The observers are counted through a
// wrapper around the browser's own IntersectionObserver (installed before any tray renders).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VoucherTray, VoucherTrayViewEvent } from '../../src/entries/index.js';
import type { Voucher } from '../../src/model/voucher.js';
import type { FakeFetch } from '../helpers/fake-fetch.js';
import { DAY, fakeBackend, part, parts, providerWith, settled, voucher } from './helpers.js';

const Native = window.IntersectionObserver;
/** Every observer the page made that is not disconnected, with the cards it observes. */
const live = new Map<IntersectionObserver, Set<Element>>();
class CountingObserver extends Native {
  constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
    super(callback, options);
    live.set(this, new Set());
  }
  override observe(target: Element): void {
    live.get(this)?.add(target);
    super.observe(target);
  }
  override unobserve(target: Element): void {
    live.get(this)?.delete(target);
    super.unobserve(target);
  }
  override disconnect(): void {
    live.delete(this);
    super.disconnect();
  }
}
window.IntersectionObserver = CountingObserver;

/** The live observers watching cards of `tray`, and those cards. */
function observersOf(tray: VoucherTray): { observers: number; cards: Element[] } {
  const mine = [...live].filter(([, cards]) => [...cards].some((card) => (card.getRootNode() as ShadowRoot).host === tray));
  return { observers: mine.length, cards: mine.flatMap(([, cards]) => [...cards]) };
}

const views: string[] = [];
document.addEventListener('voucher-tray-view', (event) => views.push((event as VoucherTrayViewEvent).detail.voucher.code));
const viewsOf = (prefix: string) => views.filter((code) => code.startsWith(prefix));

/** Waits for rendering and the observers' frames: for something that is NOT to happen. */
const pause = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 150))));

/** Scrolls the page so that `fraction` of the card's height is inside the viewport, from below. */
async function showFraction(card: Element, fraction: number): Promise<void> {
  const box = card.getBoundingClientRect();
  window.scrollBy(0, box.top - (innerHeight - box.height * fraction));
  await pause();
}

const tray = (id: string, provider: string, identity: string, extra = html``) =>
  html`<voucher-tray id=${id} provider=${provider} identity=${identity} token-endpoint="/token" locale="en">${extra}</voucher-tray>`;

/** A page taller than the viewport: a tray at the top, one three screens below. */
async function tallPage(top: string, below: string, shopper: string): Promise<[VoucherTray, VoucherTray]> {
  const page = await fixture<HTMLElement>(html`<div>
    ${tray('top', top, shopper)}
    <div style="height: 300vh"></div>
    ${tray('below', below, shopper)}
    <div style="height: 100vh"></div>
  </div>`);
  const trays = [...page.querySelectorAll('voucher-tray')] as [VoucherTray, VoucherTray];
  await Promise.all(trays.map((el) => settled(el)));
  return trays;
}

describe('impressions (voucher-tray-view)', () => {
  let fake: FakeFetch;
  beforeEach(() => {
    fake = fakeBackend();
    window.scrollTo(0, 0);
  });
  afterEach(() => {
    fake.restore();
    window.scrollTo(0, 0);
  });

  it('reports a card once half of it is visible, never one below the fold nobody scrolled to, never twice', async () => {
    const [top, below] = await tallPage(
      providerWith(() => [voucher({ code: 'A-TOP-1' }), voucher({ code: 'A-TOP-2' })]),
      providerWith(() => [voucher({ code: 'A-BELOW-1' })]),
      'shopper-a',
    );
    await waitUntil(() => viewsOf('A-').length === 2, 'the cards on screen were never reported', { timeout: 5000 });
    await pause();
    expect(viewsOf('A-').sort()).to.deep.equal(['A-TOP-1', 'A-TOP-2']);

    // A third of the card in view: not yet an impression.
    const card = parts(below, 'voucher')[0]!;
    await showFraction(card, 0.3);
    expect(viewsOf('A-BELOW')).to.deep.equal([]);
    // Most of it: one impression.
    await showFraction(card, 0.9);
    await waitUntil(() => viewsOf('A-BELOW').length > 0, 'the card scrolled into view was never reported', { timeout: 5000 });

    // Away and back, a reload of the list, a re-render: still that one.
    window.scrollTo(0, 0);
    await pause();
    card.scrollIntoView();
    await pause();
    await Promise.all([top.refresh(), below.refresh()]);
    below.requestUpdate();
    await below.updateComplete;
    await pause();
    expect(viewsOf('A-').sort()).to.deep.equal(['A-BELOW-1', 'A-TOP-1', 'A-TOP-2']);
    // The event carries the voucher, from the tray.
    expect(top.vouchers.map((v: Voucher) => v.code)).to.deep.equal(['A-TOP-1', 'A-TOP-2']);
  });

  it('counts per shopper: another shopper seeing the same voucher is an impression of its own', async () => {
    const provider = providerWith(() => [voucher({ code: 'B-SHARED' })]);
    const el = await settled(await fixture<VoucherTray>(tray('b', provider, 'shopper-b1')));
    await waitUntil(() => viewsOf('B-').length === 1, 'never reported', { timeout: 5000 });
    el.identity = 'shopper-b2';
    await waitUntil(() => viewsOf('B-').length === 2, 'the second shopper’s view was never reported', { timeout: 5000 });
    el.identity = 'shopper-b1';
    await settled(el);
    await pause();
    expect(viewsOf('B-')).to.deep.equal(['B-SHARED', 'B-SHARED']);
  });

  it('uses one observer per tray, lets go of cards that leave the list, and of everything when the tray leaves', async () => {
    let round = 0;
    const changing = providerWith(() =>
      ++round === 1
        ? [voucher({ code: 'C-GOES' }), voucher({ code: 'C-STAYS' }), voucher({ code: 'C-USED', status: 'used' })]
        : [voucher({ code: 'C-STAYS' }), voucher({ code: 'C-USED', status: 'used' })],
    );
    const page = await fixture<HTMLElement>(html`<div><div style="height: 300vh"></div>${tray('c', changing, 'shopper-c')}<div style="height: 100vh"></div></div>`);
    const el = page.querySelector('voucher-tray')!;
    el.showExpired = true;
    await settled(el);
    await waitUntil(() => observersOf(el).cards.length === 3, 'the cards below the fold were not observed', { timeout: 5000 });
    // Two lists (usable and unusable), one observer.
    expect(parts(el, 'list')).to.have.length(2);
    expect(observersOf(el).observers).to.equal(1);

    // The list changes: the card that left is no longer observed, and nothing detached is.
    await el.refresh();
    await pause();
    expect(parts(el, 'voucher')).to.have.length(2);
    const { cards } = observersOf(el);
    expect(cards).to.have.length(2);
    expect(cards.every((card) => card.isConnected)).to.equal(true);

    // Removed: its observer is disconnected, and scrolling where it was reports nothing.
    const before = live.size;
    el.remove();
    expect(observersOf(el).observers).to.equal(0);
    expect(live.size).to.equal(before - 1);
    window.scrollTo(0, document.documentElement.scrollHeight);
    await pause();
    expect(viewsOf('C-')).to.deep.equal([]);

    // Back on the page (a move): it observes again, and reports once scrolled to.
    page.append(el);
    await el.updateComplete;
    await waitUntil(() => observersOf(el).cards.length === 2, 'the tray did not observe again on return', { timeout: 5000 });
    for (const card of parts(el, 'voucher')) {
      card.scrollIntoView({ block: 'center' });
      const code = card.querySelector('[part="code"]')!.textContent!.trim();
      await waitUntil(() => viewsOf('C-').includes(code), `the returned tray never reported ${code}`, { timeout: 5000 });
    }
    expect(viewsOf('C-').sort()).to.deep.equal(['C-STAYS', 'C-USED']);
    // Every card seen: nothing left to observe, the observer is gone.
    await waitUntil(() => observersOf(el).observers === 0, 'the observer outlived its last card', { timeout: 5000 });
  });

  it('reports nothing from a closed launcher popover, then its cards once it opens', async () => {
    const provider = providerWith(() => [voucher({ code: 'D-IN-POPOVER', expiresAt: Date.now() + 5 * DAY })]);
    const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} identity="shopper-d" token-endpoint="/token" layout="launcher"></voucher-tray>`);
    await waitUntil(() => part(el, 'launcher') && part(el, 'voucher'), 'the launcher never had its card', { timeout: 5000 });
    await pause();
    expect(viewsOf('D-')).to.deep.equal([]);
    (part(el, 'launcher') as HTMLButtonElement).click();
    await waitUntil(() => viewsOf('D-').length === 1, 'the opened popover’s card was never reported', { timeout: 5000 });
  });
});
