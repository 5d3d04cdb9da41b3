// Issue 11, "Also": the shared-load key holds the adapter's version; a 200 that reports an
// ended session renews the token once, like a 401.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/entries/index.js';
import { registerProvider, type Voucher, type VoucherTray } from '../../src/entries/index.js';
import { loadVouchersShared } from '../../src/providers/shared-load.js';
import { installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { codesIn, quickRequests, settled } from './helpers.js';

const spaazaFail = (name: string) => ({ result: { code: 2, status: 'error' }, error: { code: 1, name, description: 'Please log in again' } });
const spaazaOk = { result: { code: 1, status: 'ok' }, results: { basket_vouchers: [{ voucher_id: 7, voucher_key: 'KEY-7', voucher_honour_code: 'SPZ-7' }] } };
const clevertapOk = { status: 'success', records: [{ voucherCode: 'CT-1' }] };

describe('hardening: also', () => {
  let fake: FakeFetch;
  let restore: () => void;
  const count = (method: string) => fake.count((r) => r.method === method);
  beforeEach(() => {
    restore = quickRequests({ timeoutMs: 5000 });
    fake = installFakeFetch();
    let minted = 0;
    fake.on('POST', '/token', () => json({ token: `t${++minted}`, expires_in: 600 }));
  });
  afterEach(() => {
    fake.restore();
    restore();
  });

  it('a load started after registerProvider() replaced the adapter does not join the old one', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const adapter = (code: string, wait?: Promise<void>) => ({
      defaultApiBase: '/also-api',
      async fetchVouchers() {
        await wait;
        return [{ id: code, code, provider: 'also-swap', status: 'active' }] as Voucher[];
      },
    });
    registerProvider('also-swap', adapter('OLD', held));
    const options = { provider: 'also-swap', identity: 'alice', tokenEndpoint: '/token', codes: [], baseUrl: document.baseURI };
    const first = loadVouchersShared({ ...options, signal: new AbortController().signal });
    registerProvider('also-swap', adapter('NEW'));
    const second = await loadVouchersShared({ ...options, signal: new AbortController().signal });
    expect(second.map((v) => v.code)).to.deep.equal(['NEW']);
    release();
    expect((await first).map((v) => v.code)).to.deep.equal(['OLD']);
  });

  describe('a 200 that reports an ended session', () => {
    it('CleverTap {status:"fail", code:401}: renews the token once and loads', async () => {
      let calls = 0;
      fake.on('GET', '/api/1/promo/vouchers', () => json(++calls === 1 ? { status: 'fail', error: 'Unauthorized', code: 401 } : clevertapOk));
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      await settled(el);
      expect(codesIn(el)).to.deep.equal(['CT-1']);
      expect([count('POST'), count('GET')]).to.deep.equal([2, 2]);
      expect(fake.requests[3]!.headers.get('authorization')).to.equal('Bearer t2');
    });

    it('CleverTap: a second refusal is reported, never looped on', async () => {
      fake.on('GET', '/api/1/promo/vouchers', () => json({ status: 'fail', error: 'Unauthorized', code: 401 }));
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      const { detail } = await oneEvent(el, 'voucher-tray-error');
      expect(detail).to.include({ kind: 'http', status: 401 });
      expect([count('POST'), count('GET')]).to.deep.equal([2, 2]);
    });

    it('Spaaza session error: renews the token once and loads', async () => {
      let calls = 0;
      fake.on('GET', '/api/get-user-vouchers', () => json(++calls === 1 ? spaazaFail('session_expired') : spaazaOk));
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="spaaza" identity="21" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      await settled(el);
      expect(codesIn(el)).to.deep.equal(['SPZ-7']);
      expect([count('POST'), count('GET')]).to.deep.equal([2, 2]);
    });

    it('Spaaza: another error (user_not_found) does not renew', async () => {
      fake.on('GET', '/api/get-user-vouchers', () => json(spaazaFail('user_not_found')));
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="spaaza" identity="21" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      expect((await oneEvent(el, 'voucher-tray-error')).detail.kind).to.equal('http');
      expect([count('POST'), count('GET')]).to.deep.equal([1, 1]);
    });
  });
});
