// Fresh on return: when the page is shown again and the answer on screen is older than a few
// minutes, every tray loads again quietly (the list stays until the new one is in), with one
// request for trays that show the same thing, and nothing while the page is hidden.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VoucherTray } from '../../src/entries/index.js';
import { FRESH_MS } from '../../src/runtime/runtime.js';
import { deferred, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { codesIn } from '../helpers/tray.js';
import { DAY, MINUTE, announced, fakeBackend, part, providerWith, settled, voucher } from './helpers.js';

let codes = ['FIRST-1'];
const provider = providerWith(() => codes.map((code) => voucher({ code, title: code, expiresAt: Date.now() + 20 * DAY })));

// The page's clock, moved on; and its visibility, as the browser would report it.
const realNow = Date.now;
let shift = 0;
const later = (ms: number) => (shift += ms);
let visibility: DocumentVisibilityState = 'visible';
const pageShown = (state: DocumentVisibilityState) => {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
};
const providerRequests = (fake: FakeFetch) => fake.count((r) => r.method === 'GET');
const tray = (identity = 'a') =>
  fixture<VoucherTray>(html`<voucher-tray provider=${provider} identity=${identity} token-endpoint="/token" locale="en"></voucher-tray>`).then((el) => settled(el));

describe('fresh on return', () => {
  let fake: FakeFetch;
  before(() => {
    Date.now = () => realNow() + shift;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  });
  after(() => {
    Date.now = realNow;
    delete (document as { visibilityState?: unknown }).visibilityState;
  });
  beforeEach(() => {
    fake = fakeBackend();
    codes = ['FIRST-1'];
    visibility = 'visible';
  });
  afterEach(() => fake.restore());

  it('loads again quietly after a few minutes away: the list stays until the new one is in', async () => {
    const el = await tray();
    expect(codesIn(el)).to.deep.equal(['FIRST-1']);
    pageShown('hidden');
    later(FRESH_MS + MINUTE);
    const held = deferred<Response>();
    fake.on('GET', '/vouchers', () => held.promise);
    codes = ['SECOND-1'];
    pageShown('visible');
    await waitUntil(() => providerRequests(fake) === 2, 'no reload on return');
    await el.updateComplete;
    expect(codesIn(el), 'the old list stays meanwhile').to.deep.equal(['FIRST-1']);
    expect(part(el, 'loading'), 'no skeleton flash').to.equal(null);
    expect(announced(el), 'nothing said').to.equal('');
    expect(el.matches(':state(loaded)')).to.equal(true);
    held.resolve(json({}));
    await waitUntil(() => codesIn(el)[0] === 'SECOND-1', 'the new list never came');
    // A grant still valid is used again: no new token request for the quiet reload.
    expect(fake.count((r) => r.method === 'POST')).to.equal(1);
  });

  it('waits while the answer is recent, and does nothing while the page stays hidden', async () => {
    const el = await tray();
    later(FRESH_MS - MINUTE);
    pageShown('visible');
    later(2 * MINUTE);
    pageShown('hidden');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(providerRequests(fake), 'no request').to.equal(1);
    expect(codesIn(el)).to.deep.equal(['FIRST-1']);
  });

  it('one request for every tray that shows the same thing; trays off the page make none', async () => {
    const trays = await Promise.all([tray(), tray(), tray('b')]);
    const gone = await tray('c');
    gone.remove();
    const before = providerRequests(fake);
    later(FRESH_MS + MINUTE);
    const held = deferred<Response>();
    fake.on('GET', '/vouchers', () => held.promise);
    pageShown('visible');
    await waitUntil(() => providerRequests(fake) === before + 2, 'no reload on return');
    held.resolve(json({}));
    await Promise.all(trays.map((el) => settled(el)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // "a" twice shares one request; "b" has its own; "c" is off the page.
    expect(providerRequests(fake)).to.equal(before + 2);
  });

  it('a quiet reload that fails shows the error state, as any load', async () => {
    const el = await tray();
    later(FRESH_MS + MINUTE);
    fake.on('GET', '/vouchers', () => new Response('{ not json', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    pageShown('visible');
    await waitUntil(() => part(el, 'error'), 'no error state', { timeout: 8000 });
    expect(el.matches(':state(error)')).to.equal(true);
  });

  it('refresh({ quiet: true }) keeps the list; refresh() shows the skeleton', async () => {
    const el = await tray();
    const held = deferred<Response>();
    fake.on('GET', '/vouchers', () => held.promise);
    void el.refresh({ quiet: true });
    await waitUntil(() => providerRequests(fake) === 2);
    await el.updateComplete;
    expect(part(el, 'loading')).to.equal(null);
    expect(codesIn(el)).to.deep.equal(['FIRST-1']);
    held.resolve(json({}));
    await settled(el);
    const again = deferred<Response>();
    fake.on('GET', '/vouchers', () => again.promise);
    void el.refresh();
    await waitUntil(() => providerRequests(fake) === 3);
    await el.updateComplete;
    expect(part(el, 'loading'), 'a plain refresh shows the skeleton').to.exist;
    again.resolve(json({}));
    await settled(el);
  });
});
