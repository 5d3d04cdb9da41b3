import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/entries/index.js';
import type { VoucherTray } from '../../src/entries/index.js';
import { installFakeFetch, json } from '../helpers/fake-fetch.js';
import { codesIn, quickRequests, settled } from './helpers.js';

const PROVIDERS = ['clevertap', 'voucherify', 'voucherify-vouchers', 'spaaza'];
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table', 'group', 'groupCollapsed'] as const;
const TRAY_EVENTS = ['voucher-tray-load', 'voucher-tray-error', 'voucher-tray-copy', 'voucher-tray-login'];

/** Everything the page can keep or show outside the tray's memory. */
async function pageState() {
  const entries = (storage: Storage) => Object.entries({ ...storage }).sort();
  const databases = indexedDB.databases ? (await indexedDB.databases()).map((db) => db.name) : [];
  const caches_ = 'caches' in window ? await caches.keys() : [];
  return {
    local: entries(localStorage),
    session: entries(sessionStorage),
    cookie: document.cookie,
    databases,
    caches: caches_,
    href: location.href,
    history: history.length,
  };
}

/** Every attribute value in the document, shadow roots included. */
function allAttributes(root: Document | ShadowRoot = document): string[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [
    ...node.getAttributeNames().map((name) => `${node.localName}[${name}=${node.getAttribute(name)}]`),
    ...(node.shadowRoot ? allAttributes(node.shadowRoot) : []),
  ]);
}

describe('hardening: privacy', () => {
  let restore: () => void;
  // The default 15 s request timeout: this test counts tokens, and on a loaded machine a short
  // timeout abandoned a token request the mock had already answered.
  beforeEach(() => (restore = quickRequests({ timeoutMs: 15_000 })));
  afterEach(() => restore());

  it('keeps tokens and identities out of storage, URLs, attributes, events and the console', async function () {
    this.timeout(60_000);
    const identity = 'privacy+31 6/12?34@example.com';
    const tokens: string[] = [];
    const output: string[] = [];
    const details: string[] = [];
    const writes: string[] = [];

    const before = await pageState();
    await fetch('/mock/_log', { method: 'DELETE' });
    // A pass-through spy on fetch, only to learn the real tokens the mock mints.
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      if (String(input).endsWith('/mock/token') && response.ok) tokens.push((await response.clone().json()).token);
      return response;
    };
    const realConsole = { ...console };
    for (const method of CONSOLE_METHODS) {
      (console as any)[method] = (...args: unknown[]) => output.push(`${method}: ${args.map(String).join(' ')}`);
    }
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(`storage ${key}`);
      return setItem.call(this, key, value);
    };
    const openDb = indexedDB.open;
    indexedDB.open = (name: string, version?: number) => (writes.push(`indexedDB ${name}`), openDb.call(indexedDB, name, version));
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => cookie.get!.call(document),
      set: (value: string) => (writes.push(`cookie ${value}`), cookie.set!.call(document, value)),
    });
    const record = (event: Event) => details.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`);
    for (const type of TRAY_EVENTS) document.addEventListener(type, record, true);

    try {
      const root = await fixture<HTMLDivElement>(html`<div>
        ${PROVIDERS.map((provider) => html`<voucher-tray provider=${provider} token-endpoint="/mock/token"></voucher-tray>`)}
      </div>`);
      const trays = [...root.querySelectorAll('voucher-tray')];
      // The last error of each tray, to say why if one does not load.
      const errors = new Map<Element, unknown>();
      for (const tray of trays) tray.addEventListener('voucher-tray-error', (event) => errors.set(tray, event.detail));
      for (const tray of trays) tray.identity = identity;
      for (const tray of trays) await settled(tray);
      for (const tray of trays) expect(codesIn(tray).length, tray.provider).to.be.greaterThan(0);

      // The provider forgets every token: the next load gets a 401, a second token, and succeeds.
      await fetch('/mock/_tokens', { method: 'DELETE' });
      for (const tray of trays) await tray.refresh();
      for (const tray of trays) await settled(tray);
      // Each tray renewed and loaded. (Under load a request could once outlive a short timeout:
      // a token the mock minted whose answer the tray never read, so the count below fell short.)
      for (const tray of trays) {
        const error = tray.shadowRoot!.querySelector('[part~="error"]') ? errors.get(tray) : undefined;
        expect(codesIn(tray).length, `${tray.provider} after renewal${error ? `: ${JSON.stringify(error)}` : ''}`).to.be.greaterThan(0);
      }

      // Copy and login events too.
      const clipboard = navigator.clipboard.writeText;
      navigator.clipboard.writeText = async () => undefined;
      setTimeout(() => trays[0]!.shadowRoot!.querySelector<HTMLElement>('[part~="copy-button"]')!.click());
      await oneEvent(trays[0]!, 'voucher-tray-copy');
      navigator.clipboard.writeText = clipboard;
      trays[0]!.identity = undefined;
      await trays[0]!.updateComplete;
      trays[0]!.addEventListener('voucher-tray-login', (event) => event.preventDefault(), { once: true });
      trays[0]!.shadowRoot!.querySelector<HTMLElement>('[part~="login-button"]')!.click();

      expect(tokens.length, 'tokens minted (4 trays, then 4 renewals)').to.be.at.least(8);
      const secrets = [identity, encodeURIComponent(identity), ...tokens];
      const leaksIn = (texts: string[]) => texts.filter((text) => secrets.some((secret) => text.includes(secret)));

      for (const tray of trays) expect(tray.hasAttribute('identity'), 'identity reflected').to.equal(false);
      expect(leaksIn(allAttributes()), 'attributes').to.deep.equal([]);
      expect(details.length).to.be.greaterThan(0);
      expect(leaksIn(details), 'event details').to.deep.equal([]);
      expect(leaksIn(output), 'console output').to.deep.equal([]);
      expect(writes, 'storage, IndexedDB or cookie writes').to.deep.equal([]);
      expect(await pageState(), 'page state').to.deep.equal(before);

      // URLs: tokens in none; the identity only in the provider requests themselves.
      const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(urls.filter((url) => tokens.some((token) => url.includes(token))), 'token in a URL').to.deep.equal([]);
      const withIdentity = urls.filter((url) => url.includes(encodeURIComponent(identity)) || url.includes(identity));
      for (const url of withIdentity) expect(new URL(url).pathname, url).to.match(/^\/mock\/(clevertap|voucherify|spaaza)\//);
      const log = (await (await realFetch('/mock/_log')).json()) as { path: string; query: Record<string, string> }[];
      expect(JSON.stringify(log), 'the mock saw a token in a URL').to.not.contain('[token]');
    } finally {
      window.fetch = realFetch;
      Object.assign(console, realConsole);
      Storage.prototype.setItem = setItem;
      indexedDB.open = openDb;
      delete (document as { cookie?: string }).cookie;
      for (const type of TRAY_EVENTS) document.removeEventListener(type, record, true);
    }
  });

  it('never passes on a provider or token-endpoint message that names the shopper or the token', async () => {
    const fake = installFakeFetch();
    try {
      const identity = 'shopper+4711@example.com';
      for (const [target, answer] of [
        ['token', () => json({ error: `no session for ${identity}` }, 403)],
        ['provider', () => json({ status: 'fail', error: `Customer ${identity} unknown`, code: 404 }, 404)],
        ['provider', () => json({ status: 'fail', error: 'token tok-secret-1 is revoked', code: 403 }, 403)],
        ['provider', () => json({ status: 'fail', error: `customer ${encodeURIComponent(identity)} x`, code: 400 }, 400)],
      ] as const) {
        fake.on('POST', '/token', target === 'token' ? answer : () => json({ token: 'tok-secret-1' }));
        fake.on('GET', '/api/1/promo/vouchers', answer);
        const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity=${identity} token-endpoint="/token" api-base="/api"></voucher-tray>`);
        const { detail } = await oneEvent(el, 'voucher-tray-error');
        expect(JSON.stringify(detail)).to.not.match(/4711|tok-secret/);
        expect(detail.status).to.be.a('number');
        el.remove();
      }
    } finally {
      fake.restore();
    }
  });
});
