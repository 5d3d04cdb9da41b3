// The network layer, the adapters and the list view come in one lazily imported runtime: a
// page whose visitors are anonymous never downloads it. (This file must run in a page of its
// own, before anything else logs a tray in; web-test-runner gives each test file one.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/entries/index.js';
import { registerProvider, type VoucherTray } from '../../src/entries/index.js';
import { currentRuntime } from '../../src/runtime/loader.js';
import { grantAnswer, installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';

const runtimeFetched = () => performance.getEntriesByType('resource').some((entry) => /\/src\/runtime\/runtime\.ts/.test(entry.name));

describe('lazy runtime', () => {
  let fake: FakeFetch;
  beforeEach(() => {
    fake = installFakeFetch();
    // Built-in and page adapters alike live on other origins: the endpoint names each.
    fake.on('POST', '/token', (r) => grantAnswer(r, { token: 't', expires_in: 600 }, 'https://api.clevertap.com'));
    fake.on('GET', '/1/promo/vouchers', () => json({ status: 'success', records: [] }));
  });
  afterEach(() => fake.restore());

  it('is not downloaded for an anonymous shopper', async () => {
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" token-endpoint="/token"></voucher-tray>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(el.shadowRoot!.querySelector('[part="login"]')).to.exist;
    expect(currentRuntime()).to.equal(undefined);
    expect(runtimeFetched()).to.equal(false);
  });

  it('is imported on the first logged-in load, and the built-ins load without a second run', async () => {
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="+15550100" token-endpoint="/token"></voucher-tray>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="empty"]'), 'never loaded');
    expect(currentRuntime()).to.not.equal(undefined);
    expect(fake.count((r) => r.method === 'POST')).to.equal(1);
    expect(fake.count((r) => r.method === 'GET')).to.equal(1);
  });

  it('a provider the page registers is not replaced by the built-in of that name', async () => {
    registerProvider('spaaza', {
      defaultApiBase: 'https://own.test',
      fetchVouchers: async () => [{ id: 'own', code: 'OWN-ADAPTER', provider: 'spaaza', status: 'active' }],
    });
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="spaaza" identity="21" token-endpoint="/token"></voucher-tray>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="code"]'), 'no voucher');
    expect(el.shadowRoot!.querySelector('[part="code"]')!.textContent).to.equal('OWN-ADAPTER');
    expect(runtimeFetched()).to.equal(true);
  });
});
