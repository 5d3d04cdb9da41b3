// How CMS page builders and tag managers treat the element: configured by attributes only,
// moved, removed and re-added, many on one page. (Loading the script before or after the
// tags, twice, and injecting tags with innerHTML are covered by test/script-tag/.)
import { expect, fixture, html } from '@open-wc/testing';
import '../src/entries/index.js';
import { registerProvider, type VoucherTray } from '../src/entries/index.js';
import { pendingWakeCount } from '../src/format/clock.js';
import { clearVoucherTrayCache } from '../src/entries/index.js';
import { grantAnswer, installFakeFetch, json, type FakeFetch } from './helpers/fake-fetch.js';
import { codesIn, settled } from './helpers/tray.js';

registerProvider('cms-test', {
  defaultApiBase: 'https://provider.test',
  async fetchVouchers(request) {
    await request.getJson('/vouchers', { who: request.identity });
    return [
      { id: 'a', code: `${request.identity}-A`, provider: 'cms-test', status: 'active', expiresAt: Date.now() + 3_600_000 },
      { id: 'b', code: `${request.identity}-B`, provider: 'cms-test', status: 'active', expiresAt: Date.now() + 7_200_000 },
    ];
  },
});


describe('CMS and tag-manager behaviour', () => {
  let fake: FakeFetch;
  beforeEach(() => {
    clearVoucherTrayCache();
    fake = installFakeFetch();
    fake.on('POST', '/token', (r) => grantAnswer(r, { token: 'cms-token', expires_in: 600 }, 'https://provider.test'));
    fake.on('GET', '/vouchers', () => json({}));
  });
  afterEach(() => fake.restore());

  it('is configured by attributes alone, as a page builder writes it', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<voucher-tray provider="cms-test" identity="editor" token-endpoint="/token" locale="de"
      currency="EUR" login-url="/login" show-expired></voucher-tray>`;
    const el = host.querySelector<VoucherTray>('voucher-tray')!;
    await settled(el);
    expect([el.provider, el.identity, el.tokenEndpoint, el.locale, el.currency, el.loginUrl, el.showExpired]).to.deep.equal([
      'cms-test',
      'editor',
      '/token',
      'de',
      'EUR',
      '/login',
      true,
    ]);
    expect(codesIn(el)).to.deep.equal(['editor-A', 'editor-B']);
  });

  it('moving, removing and re-adding a loaded tray makes no new request and leaks no timer', async () => {
    const wakersBefore = pendingWakeCount();
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="cms-test" identity="mover" token-endpoint="/token"></voucher-tray>`);
    await settled(el);
    expect(pendingWakeCount()).to.equal(wakersBefore + 1);
    const requests = fake.requests.length;
    const columns = [document.createElement('section'), document.createElement('aside')];
    document.body.append(...columns);
    for (let i = 0; i < 5; i++) {
      columns[i % 2]!.append(el); // a drag in the page builder
      await el.updateComplete;
      el.remove(); // the block is deleted …
      await new Promise((r) => setTimeout(r));
      expect(pendingWakeCount(), 'timer released while detached').to.equal(wakersBefore);
      columns[i % 2]!.append(el); // … and undone
      await el.updateComplete;
    }
    expect(fake.requests.length).to.equal(requests);
    expect(codesIn(el)).to.deep.equal(['mover-A', 'mover-B']);
    expect(pendingWakeCount()).to.equal(wakersBefore + 1);
    el.remove();
    columns.forEach((c) => c.remove());
    expect(pendingWakeCount()).to.equal(wakersBefore);
  });

  it('a detached tray does not react to provider registrations any more', async () => {
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="cms-test" identity="gone" token-endpoint="/token"></voucher-tray>`);
    await settled(el);
    el.remove();
    let updates = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<VoucherTray['requestUpdate']>) => {
      updates++;
      original(...args);
    };
    registerProvider('cms-other', { defaultApiBase: 'https://x.test', fetchVouchers: async () => [] });
    expect(updates).to.equal(0);
  });

  it('twenty trays on one page, each its own shopper, all load and stay apart', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = Array.from(
      { length: 20 },
      (_, i) => `<voucher-tray provider="cms-test" identity="shopper-${i}" token-endpoint="/token"></voucher-tray>`,
    ).join('');
    const trays = [...host.querySelectorAll<VoucherTray>('voucher-tray')];
    for (const tray of trays) await settled(tray);
    trays.forEach((tray, i) => expect(codesIn(tray)).to.deep.equal([`shopper-${i}-A`, `shopper-${i}-B`]));
    expect(fake.count((r) => r.method === 'POST')).to.equal(20);
    expect(fake.count((r) => r.method === 'GET')).to.equal(20);
  });
});
