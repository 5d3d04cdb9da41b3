// A page may register its own adapter under a built-in name before any tray has logged in,
// that is before the runtime (which registers the built-ins) has arrived. The page's adapter
// must survive the built-ins' arrival. This file needs a page of its own, where no tray has
// loaded yet; web-test-runner gives each test file one.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/entries/index.js';
import { registerProvider, type VoucherTray } from '../../src/entries/index.js';
import { currentRuntime } from '../../src/runtime/loader.js';
import { grantAnswer, installFakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';

describe('a page adapter under a built-in name, registered before the runtime', () => {
  let fake: FakeFetch;
  beforeEach(() => {
    fake = installFakeFetch();
    fake.on('POST', '/token', (r) => grantAnswer(r, { token: 't', expires_in: 600 }, 'https://own.test'));
  });
  afterEach(() => fake.restore());

  it('is kept when the built-ins arrive, and loads only once', async () => {
    expect(currentRuntime(), 'no runtime yet in this page').to.equal(undefined);
    let calls = 0;
    registerProvider('clevertap', {
      defaultApiBase: 'https://own.test',
      fetchVouchers: async () => {
        calls++;
        return [{ id: 'own', code: 'PAGE-ADAPTER', provider: 'clevertap', status: 'active' }];
      },
    });
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="+15550100" token-endpoint="/token"></voucher-tray>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="code"]'), 'no voucher');
    expect(currentRuntime()).to.not.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="code"]')!.textContent).to.equal('PAGE-ADAPTER');
    expect(calls).to.equal(1);
  });
});
