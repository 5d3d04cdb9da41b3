// The card as a ticket: what it shows once, what it never does (overflow, broken images), and
// what cannot be copied (not started yet, no longer usable).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { cardStyles } from '../../src/list/card.styles.js';
import type { FakeFetch } from '../helpers/fake-fetch.js';
import { DAY, HOUR, fakeBackend, part, parts, providerWith, root, settled, text, trayFixture, voucher } from './helpers.js';

const LONG = 'Supercalifragilisticexpialidocious'.repeat(4);
const KEY = 'f3a9c0d2e4b6a8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8';

describe('the card', () => {
  let fake: FakeFetch;
  beforeEach(() => (fake = fakeBackend()));
  afterEach(() => fake.restore());

  it('never overflows a 260 px container, whatever the length of its texts', async () => {
    const long = providerWith(() => [
      voucher({ code: KEY, title: LONG, brand: LONG, description: LONG, value: { kind: 'units', units: 2, unitType: LONG }, expiresAt: Date.now() + HOUR }),
      voucher({ code: `${LONG}-CODE`, title: 'Short', value: { kind: 'amount', amount: 1234567.89, currency: 'EUR' } }),
    ]);
    const page = await fixture<HTMLDivElement>(html`<div style="width: 260px"><voucher-tray provider=${long} identity="a" token-endpoint="/token" locale="en" show-expired></voucher-tray></div>`);
    const el = await settled(page.querySelector('voucher-tray')!);
    const edge = page.getBoundingClientRect().right;
    expect(el.scrollWidth, 'the tray').to.be.at.most(260);
    for (const node of root(el).querySelectorAll('[part]')) {
      expect(node.getBoundingClientRect().right, node.getAttribute('part')!).to.be.at.most(edge + 0.5);
    }
    expect(document.documentElement.scrollWidth, 'the page never scrolls sideways').to.be.at.most(window.innerWidth);
  });

  it('shortens a long code in the middle, but copies and names the whole code', async () => {
    const keyed = providerWith(() => [voucher({ code: KEY, title: 'Spaaza key' })]);
    const page = await fixture<HTMLDivElement>(html`<div style="width: 300px"><voucher-tray provider=${keyed} identity="a" token-endpoint="/token" locale="en"></voucher-tray></div>`);
    const el = await settled(page.querySelector('voucher-tray')!);
    const code = part(el, 'code')!;
    expect(code.textContent).to.equal(KEY);
    const [head, tail] = [...code.children] as HTMLElement[];
    expect(getComputedStyle(head!).textOverflow).to.equal('ellipsis');
    expect(head!.scrollWidth, 'the head gives way').to.be.greaterThan(head!.clientWidth);
    expect(tail!.textContent, 'the end stays readable').to.equal(KEY.slice(-6));
    expect(part(el, 'copy-button')!.getAttribute('aria-label')).to.equal(`Copy code: ${KEY}`);
    const written: string[] = [];
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void written.push(value) } });
    try {
      setTimeout(() => part(el, 'copy-button')!.click());
      await oneEvent(el, 'voucher-tray-copy');
    } finally {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(written).to.deep.equal([KEY]);
  });

  it('shows the value once when the title states it, and marks the stub of a voucher without a value', async () => {
    const titled = providerWith(() => [
      voucher({ code: 'FLASH', title: '€5 Flash Voucher', value: { kind: 'amount', amount: 5, currency: 'EUR' } }),
      voucher({ code: 'FLAT', title: 'FLAT20%', brand: 'AMAZON' }),
    ]);
    const el = await trayFixture(html`<voucher-tray provider=${titled} identity="a" token-endpoint="/token" locale="en"></voucher-tray>`);
    const [flash, flat] = parts(el, 'voucher');
    expect(text(flash!.querySelector('[part="value"]'))).to.equal('€5');
    expect(text(flash!.querySelector('[part="title"]'))).to.equal('Flash Voucher');
    expect(text(flat!.querySelector('[part="title"]'))).to.equal('FLAT20%');
    const mark = flat!.querySelector('[part="stub"] [part="mark"]')!;
    expect(text(mark)).to.equal('A');
    expect(mark.getAttribute('aria-hidden'), 'the brand is read out in the body').to.equal('true');
    // The value is the largest text of the card.
    const size = (node: Element | null) => parseFloat(getComputedStyle(node!).fontSize);
    for (const name of ['title', 'code', 'expiry', 'brand', 'description']) {
      const other = flash!.querySelector(`[part~="${name}"]`);
      if (other) expect(size(flash!.querySelector('[part="value"]')), name).to.be.greaterThan(size(other));
    }
    await expect(el).to.be.accessible();
  });

  it('removes an image that fails to load: no broken icon, no empty space', async () => {
    const pictured = providerWith(() => [voucher({ code: 'PIC', title: 'Pictured', image: `${location.origin}/no-such-image-${Date.now()}.png` })]);
    const el = await trayFixture(html`<voucher-tray provider=${pictured} identity="a" token-endpoint="/token"></voucher-tray>`);
    const image = part(el, 'image')!;
    await waitUntil(() => image.hasAttribute('hidden'), 'the failed image stayed', { timeout: 5000 });
    expect(getComputedStyle(image).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('shows a voucher that has not started muted, says when it starts, and copies nothing until then', async () => {
    let startsAt = 0;
    const scheduled = providerWith(() => {
      startsAt = Date.now() + 1500;
      return [voucher({ code: 'LATER-ON', title: 'Soon yours', value: { kind: 'percent', percent: 10 }, startsAt, expiresAt: Date.now() + 30 * DAY })];
    });
    const copies: Event[] = [];
    const el = await trayFixture(html`<voucher-tray provider=${scheduled} identity="a" token-endpoint="/token" locale="en" @voucher-tray-copy=${(e: Event) => copies.push(e)}></voucher-tray>`);
    const card = part(el, 'voucher')!;
    expect(card.dataset['status']).to.equal('scheduled');
    expect(text(part(el, 'status'))).to.match(/^Starts /);
    const button = part(el, 'copy-button') as HTMLButtonElement;
    expect(button.disabled).to.equal(true);
    part(el, 'code')!.click();
    button.click();
    expect(getComputedStyle(part(el, 'code')!).userSelect || getComputedStyle(part(el, 'code')!).webkitUserSelect).to.equal('none');
    // Greyed: its stub is not the usable one's.
    // Greyed: the muted stub (light default #eaeef2), not the usable one's (#e9f0ff).
    expect(getComputedStyle(part(el, 'stub')!).backgroundColor).to.equal('rgb(234, 238, 242)');
    await expect(el).to.be.accessible();
    // It starts on screen, and can be copied from then on.
    await waitUntil(() => card.dataset['status'] === 'active', 'it never started', { timeout: 6000 });
    expect(Date.now()).to.be.at.least(startsAt);
    expect((part(el, 'copy-button') as HTMLButtonElement).disabled).to.equal(false);
    expect(getComputedStyle(part(el, 'stub')!).backgroundColor).to.equal('rgb(233, 240, 255)');
    expect(copies).to.have.length(0);
  });

  it('puts unusable vouchers apart with show-expired: after the usable ones, under a heading, greyed, copy disabled, status said once', async () => {
    const mixed = providerWith(() => [
      voucher({ code: 'USED-1', title: 'Welcome', status: 'used', value: { kind: 'percent', percent: 20 } }),
      voucher({ code: 'LIVE-1', title: 'Live', value: { kind: 'percent', percent: 10 }, expiresAt: Date.now() + 9 * DAY }),
      voucher({ code: 'GONE-1', title: 'Spring', expiresAt: Date.now() - 2 * DAY - HOUR }),
      voucher({ code: 'OFF-1', title: 'Staff', status: 'disabled' }),
    ]);
    const el = await trayFixture(html`<voucher-tray provider=${mixed} identity="a" token-endpoint="/token" locale="en" show-expired></voucher-tray>`);
    const [usable, unusable] = parts(el, 'list');
    expect(parts(el, 'list')).to.have.length(2);
    expect([...usable!.querySelectorAll('[part~="code"]')].map(text)).to.deep.equal(['LIVE-1']);
    expect(unusable!.getAttribute('part')).to.equal('list unusable-list');
    const heading = part(el, 'unusable-heading')!;
    expect(text(heading)).to.equal('No longer usable');
    expect(unusable!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(heading.compareDocumentPosition(unusable!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    const cards = [...unusable!.querySelectorAll<HTMLElement>('[part="voucher"]')];
    expect(cards.map((c) => c.dataset['status'])).to.deep.equal(['expired', 'used', 'disabled']);
    expect(cards.map((c) => text(c.querySelector('[part="meta"]')))).to.deep.equal(['Expired 2 days ago', 'Used', 'Disabled']);
    for (const card of cards) {
      // Said once: one status, no expiry beside it.
      expect(card.querySelectorAll('[part~="status"]'), card.dataset['status']).to.have.length(1);
      expect(card.querySelector('[part~="expiry"]')).to.equal(null);
      expect((card.querySelector('[part="copy-button"]') as HTMLButtonElement).disabled).to.equal(true);
      expect(getComputedStyle(card.querySelector('[part="code"]')!).textDecorationLine).to.equal('line-through');
    }
    await expect(el).to.be.accessible();
  });

  it('lets a voucher that expires on screen fade out, then leave; no fade under reduced motion', async () => {
    const leaving = providerWith(() => [voucher({ code: 'BYE', expiresAt: Date.now() + 1200 }), voucher({ code: 'STAY', expiresAt: Date.now() + DAY })]);
    const el = await trayFixture(html`<voucher-tray provider=${leaving} identity="a" token-endpoint="/token"></voucher-tray>`);
    const bye = parts(el, 'voucher')[0]!;
    expect(bye.hasAttribute('data-leaving')).to.equal(false);
    await waitUntil(() => bye.hasAttribute('data-leaving'), 'it never started leaving', { timeout: 5000 });
    expect(getComputedStyle(bye).animationName).to.equal('leave');
    await waitUntil(() => !bye.isConnected, 'it never left', { timeout: 5000 });
    expect(parts(el, 'voucher')).to.have.length(1);
    const reduce = [...cardStyles.styleSheet!.cssRules].find((r): r is CSSMediaRule => r instanceof CSSMediaRule && /prefers-reduced-motion:\s*reduce/.test(r.conditionText));
    const inner = [...reduce!.cssRules] as CSSStyleRule[];
    expect(inner.some((r) => r.selectorText.includes('[data-leaving]') && r.style.animationName === 'none')).to.equal(true);
  });
});
