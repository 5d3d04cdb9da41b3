// The server-rendered tray in the browser: usable with no JavaScript at all (declarative
// shadow DOM, a plain login link), and hydrated by Lit without a mismatch when the script
// runs, after which it loads like any tray. Hydration support must load before Lit.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import '../../src/entries/index.js';
import type { VoucherTray } from '../../src/entries/index.js';
import { recordPageErrors } from '../hardening/helpers.js';
import { codesIn, part, settled } from '../helpers/tray.js';

async function sandboxedPage(state: string): Promise<Document> {
  const frame = document.createElement('iframe');
  // Same origin (so the test can look inside), but no scripts: what a shopper without
  // JavaScript, or before the script arrives, gets.
  frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/ssr/page?state=${state}`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/**
 * The rendered tray put into the page with `defer-hydration`, so it waits; the nodes the
 * server rendered are taken note of; then hydration is let go. Hydration keeps those nodes,
 * where rendering anew would replace them.
 */
async function hydrated(state: string): Promise<{ tray: VoucherTray; rendered: Element[] }> {
  const markup = await (await fetch(`/ssr/tray?state=${state}&defer=1`)).text();
  const host = document.createElement('div');
  document.body.append(host);
  // Parses the declarative shadow root as a page would.
  (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  const tray = host.querySelector('voucher-tray')!;
  const rendered = [...tray.shadowRoot!.querySelectorAll('[part]')];
  expect(rendered.length, 'server-rendered parts').to.be.greaterThan(0);
  tray.removeAttribute('defer-hydration');
  await tray.updateComplete;
  return { tray, rendered };
}

describe('server rendering', () => {
  let page: ReturnType<typeof recordPageErrors>;
  beforeEach(() => (page = recordPageErrors()));
  afterEach(() => {
    page.stop();
    for (const node of document.body.querySelectorAll('iframe, div')) node.remove();
    expect(page.errors, 'errors on the page (a hydration mismatch throws)').to.deep.equal([]);
  });

  it('without JavaScript, shows the login prompt with a working link', async () => {
    const doc = await sandboxedPage('anonymous');
    const root = doc.querySelector('voucher-tray')!.shadowRoot;
    expect(root, 'declarative shadow root').to.not.equal(null);
    const link = root!.querySelector<HTMLAnchorElement>('a[part="login-button"]')!;
    expect(link.textContent).to.equal('Log in');
    expect(new URL(link.href).hash).to.equal('#ssr-login');
    expect(root!.querySelector('[part="login-text"]')!.textContent).to.equal('Log in to see your vouchers.');
  });

  it('without JavaScript, shows a logged-in shopper the skeleton', async () => {
    const doc = await sandboxedPage('shopper');
    expect(doc.querySelector('voucher-tray')!.shadowRoot!.querySelector('[part="loading"]')).to.not.equal(null);
  });

  it('hydrates the anonymous prompt: the same nodes, now with the login event', async () => {
    const { tray, rendered } = await hydrated('anonymous');
    const link = part(tray, 'login-button')!;
    expect(rendered, 'the server-rendered link is kept').to.include(link);
    expect(link.localName).to.equal('a');
    let fired = 0;
    tray.addEventListener('voucher-tray-login', (event) => (fired++, event.preventDefault()));
    link.click();
    expect(fired).to.equal(1);
    expect(location.hash).to.not.equal('#ssr-login');
  });

  it('hydrates a logged-in tray and loads its vouchers', async () => {
    const { tray, rendered } = await hydrated('shopper');
    expect(rendered, 'the server-rendered base is kept').to.include(part(tray, 'base'));
    await settled(tray);
    expect(codesIn(tray).length).to.be.greaterThan(0);
    await expect(tray).to.be.accessible();
  });

  it('hydrates a German tray rendered in English, then reads German', async () => {
    const { tray } = await hydrated('german');
    await tray.updateComplete;
    expect(part(tray, 'login-button')!.textContent).to.equal('Anmelden');
  });

  it("hydrates a German shopper's skeleton and loads the vouchers in German", async () => {
    const { tray } = await hydrated('germanShopper');
    await settled(tray);
    expect(codesIn(tray).length).to.be.greaterThan(0);
    expect(part(tray, 'copy-button')!.textContent).to.contain('kopieren');
  });
});
