// "Use now" (apply-url): a link on each usable card to the filled template, the code
// percent-encoded in the one place the template gives it; the cancelable voucher-tray-apply
// first; bad templates ignored with one console warning each.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VoucherTray, VoucherTrayApplyEvent } from '../../src/entries/index.js';
import type { FakeFetch } from '../helpers/fake-fetch.js';
import { DAY, fakeBackend, parts, providerWith, text, trayFixture, voucher } from './helpers.js';

const HOSTILE = `A&B/../x?y#z "q" 'it's' Ünï 券`;

const provider = providerWith(() => [
  voucher({ code: HOSTILE, title: 'Hostile' }),
  voucher({ code: 'SECOND-20', title: 'Second' }),
  voucher({ code: 'LATER-5', title: 'Later', startsAt: Date.now() + 3 * DAY }),
  voucher({ code: 'USED-1', title: 'Used', status: 'used' }),
  voucher({ code: 'OLD-2', title: 'Old', expiresAt: Date.now() - DAY }),
  voucher({ code: 'FRIEND-3', title: 'Refer a friend', role: 'referrer' }),
]);

const applyLinks = (el: VoucherTray) => parts(el, 'apply-button') as HTMLAnchorElement[];
/** The card (li) an element is in, by the code it shows. */
const cardCode = (node: Element) => text(node.closest('li')!.querySelector('[part="code"]'));
/** Waits for rendering and the observers' frames: for something that is NOT to happen. */
const pause = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));

const trayWith = (applyUrl: string | undefined) =>
  trayFixture(
    html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en" show-expired apply-url=${applyUrl ?? ''}></voucher-tray>`,
  );

/** Records console.warn for one test. */
function recordWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('Use now (apply-url)', () => {
  let fake: FakeFetch;
  beforeEach(() => (fake = fakeBackend()));
  afterEach(() => fake.restore());

  it('offers no action without apply-url', async () => {
    const el = await trayWith(undefined);
    expect(parts(el, 'voucher')).to.have.length(6);
    expect(applyLinks(el)).to.deep.equal([]);
    // The card's hidden slot for the action is no link and takes no focus.
    expect(parts(el, 'voucher')[0]!.querySelector('a.apply')!.hasAttribute('href')).to.equal(false);
  });

  it('puts "Use now" on usable cards only (not a referral code to share), as a link named with the code, beside the copy control', async () => {
    const el = await trayWith('/cart?discount={code}&from=tray');
    const links = applyLinks(el);
    expect(links.map(cardCode)).to.deep.equal([HOSTILE, 'SECOND-20']);
    for (const link of links) {
      expect(link.localName).to.equal('a');
      expect(text(link)).to.equal('Use now');
      expect(link.getAttribute('aria-label')).to.equal(`Use now: ${cardCode(link)}`);
      expect(link.getAttribute('target')).to.equal('_self');
      expect(getComputedStyle(link).display).to.not.equal('none');
    }
    // The copy control stays on every card.
    expect(parts(el, 'copy-button')).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('percent-encodes a hostile code in exactly the one place {code} stands', async () => {
    const el = await trayWith('/cart?discount={code}&from=tray');
    const url = new URL(applyLinks(el)[0]!.href);
    expect(url.origin).to.equal(location.origin);
    expect(url.pathname).to.equal('/cart');
    expect(url.hash).to.equal('');
    expect([...url.searchParams]).to.deep.equal([
      ['discount', HOSTILE],
      ['from', 'tray'],
    ]);
    // Nothing of it raw: no space, quote, &, #, / or non-ASCII outside the encoding.
    expect(url.search).to.match(/^\?discount=[A-Za-z0-9%._~!*()-]+&from=tray$/);

    const inPath = await trayWith('https://shop.example/apply/{code}/go');
    const target = new URL(applyLinks(inPath)[0]!.href);
    expect(target.origin).to.equal('https://shop.example');
    const segments = target.pathname.split('/');
    expect(segments).to.have.length(4);
    expect([segments[1], decodeURIComponent(segments[2]!), segments[3]]).to.deep.equal(['apply', HOSTILE, 'go']);
    expect(target.search + target.hash).to.equal('');
  });

  it('fires the cancelable voucher-tray-apply; cancelled, the page stays where it is', async () => {
    const el = await trayWith('/cart?discount={code}');
    const before = location.href;
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('voucher-tray-apply', cancel);
    let clickPrevented: boolean | undefined;
    const lastWord = (event: Event) => (clickPrevented = event.defaultPrevented);
    window.addEventListener('click', lastWord);
    try {
      setTimeout(() => applyLinks(el)[1]!.click());
      const event = (await oneEvent(el, 'voucher-tray-apply')) as VoucherTrayApplyEvent;
      expect(event.detail.voucher.code).to.equal('SECOND-20');
      expect([event.bubbles, event.composed, event.cancelable, event.defaultPrevented]).to.deep.equal([true, true, true, true]);
      await pause();
      expect(clickPrevented, 'the link was cancelled').to.equal(true);
      expect(location.href).to.equal(before);
    } finally {
      document.removeEventListener('voucher-tray-apply', cancel);
      window.removeEventListener('click', lastWord);
    }
  });

  it('takes its words from text-apply and from the translations', async () => {
    const own = await trayFixture(
      html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en" apply-url="/cart/{code}" text-apply="Apply to basket"></voucher-tray>`,
    );
    expect(text(applyLinks(own)[1])).to.equal('Apply to basket');
    expect(applyLinks(own)[1]!.getAttribute('aria-label')).to.equal('Apply to basket: SECOND-20');
    const german = await trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="de" apply-url="/cart/{code}"></voucher-tray>`);
    expect(text(applyLinks(german)[1])).to.equal('Jetzt einlösen');
  });

  it('works from the keyboard (Enter on the focused link)', async () => {
    const el = await trayWith('/cart?discount={code}');
    const applied: string[] = [];
    el.addEventListener('voucher-tray-apply', (event) => (applied.push(event.detail.voucher.code), event.preventDefault()));
    applyLinks(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => applied.length > 0, 'Enter applied nothing');
    expect(applied).to.deep.equal([HOSTILE]);
  });

  it('goes away when apply-url is removed, and follows a new one', async () => {
    const el = await trayWith('/cart?discount={code}');
    el.applyUrl = '/basket/{code}';
    await el.updateComplete;
    expect(new URL(applyLinks(el)[1]!.href).pathname).to.equal('/basket/SECOND-20');
    el.removeAttribute('apply-url');
    await el.updateComplete;
    expect(applyLinks(el)).to.deep.equal([]);
  });

  it('ignores a template without {code} or with another scheme: no action, one warning per reason', async () => {
    const warnings = recordWarnings();
    try {
      for (const bad of ['/cart', 'javascript:alert("{code}")', 'data:text/html,{code}', '{code}:alert(1)', 'https://[bad/{code}']) {
        const el = await trayWith(bad);
        expect(applyLinks(el), bad).to.deep.equal([]);
        // Again: same reason, no second warning.
        const again = await trayWith(bad);
        again.applyUrl = `${bad} `;
        await again.updateComplete;
        expect(applyLinks(again), bad).to.deep.equal([]);
      }
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([
      '<voucher-tray>: apply-url has no {code}: no "Use now" action is shown',
      '<voucher-tray>: apply-url is not an http(s) or relative URL: no "Use now" action is shown',
    ]);
    // A code never appears in a warning.
    expect(warnings.messages.join()).to.not.include('SECOND-20');
  });
});

describe('Use now, not cancelled: the page goes to the filled URL', () => {
  // A real navigation, in a frame of its own: the tray in it goes through the mock backend
  // (demo/mock-backend.js) and its link is followed by the browser, nothing stubbed. The test
  // server has no /cart: its 404 page is the frame's new, same-origin document.
  it('navigates the same frame to exactly the filled URL', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 600px; height: 800px"></iframe>`);
    const loaded = oneEvent(frame, 'load');
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <voucher-tray provider="clevertap" identity="+919538784114" token-endpoint="/mock/token" apply-url="/cart?discount={code}&amp;from=tray"></voucher-tray>
      <script type="module" src="/src/entries/index.ts"></script></body></html>`;
    await loaded;
    const win = frame.contentWindow!;
    const tray = () => win.document.querySelector('voucher-tray') as VoucherTray | null;
    await waitUntil(() => tray()?.shadowRoot?.querySelector('[part~="apply-button"]'), 'the framed tray never showed Use now', { timeout: 10000 });
    const link = tray()!.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="apply-button"]')!;
    const code = text(link.closest('li')!.querySelector('[part="code"]'));
    const applied: string[] = [];
    tray()!.addEventListener('voucher-tray-apply', (event) => applied.push((event as VoucherTrayApplyEvent).detail.voucher.code));
    const navigated = oneEvent(frame, 'load');
    link.click();
    await navigated;
    expect(applied).to.deep.equal([code]);
    const at = new URL(frame.contentWindow!.location.href);
    expect(at.origin + at.pathname).to.equal(`${location.origin}/cart`);
    expect([...at.searchParams]).to.deep.equal([
      ['discount', code],
      ['from', 'tray'],
    ]);
  });
});
