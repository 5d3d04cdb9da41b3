import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/entries/index.js';
import type { VoucherTray } from '../../src/entries/index.js';
import { installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { quickRequests, settled } from './helpers.js';

/** Awkward identities and how each must look on the wire (written out, not computed). */
const IDENTITIES: [identity: string, encoded: string][] = [
  ['+31 6/12?34#5', '%2B31%206%2F12%3F34%235'],
  ['../../admin', '..%2F..%2Fadmin'],
  ['a%2Fb&x=1', 'a%252Fb%26x%3D1'],
  ['山田 太郎', '%E5%B1%B1%E7%94%B0%20%E5%A4%AA%E9%83%8E'],
  ['Ελένη@example.com', '%CE%95%CE%BB%CE%AD%CE%BD%CE%B7%40example.com'],
  ['😀\\x', '%F0%9F%98%80%5Cx'],
];

/** Where each provider puts the identity, relative to api-base `/api`. */
const WIRE: Record<string, (encoded: string) => string> = {
  clevertap: (e) => `/api/1/promo/vouchers?identity=${e}`,
  voucherify: (e) => `/api/v1/customers/${e}/redeemables?limit=100`,
  'voucherify-vouchers': (e) => `/api/v1/vouchers?customer=${e}&limit=100&page=1`,
  spaaza: (e) => `/api/get-user-vouchers?user_id=${e}`,
};

describe('hardening: identities reach the provider percent-encoded', () => {
  let fake: FakeFetch;
  let restore: () => void;
  beforeEach(() => {
    fake = installFakeFetch();
    restore = quickRequests({ timeoutMs: 2000 });
    fake.on('POST', '/token', () => json({ token: 'tok' }));
    fake.on('GET', /^\/api\//, () => json({ status: 'success', records: [], data: [], vouchers: [], results: { basket_vouchers: [] } }));
  });
  afterEach(() => {
    fake.restore();
    restore();
  });

  for (const [provider, wire] of Object.entries(WIRE)) {
    it(`${provider}: every awkward identity, exactly as encoded`, async () => {
      for (const [identity, encoded] of IDENTITIES) {
        fake.requests.length = 0;
        const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} token-endpoint="/token" api-base="/api"></voucher-tray>`);
        el.identity = identity;
        await settled(el);
        const [token, call] = fake.requests;
        expect(JSON.parse(token!.body!), identity).to.deep.equal({ provider, identity, api_base: `${location.origin}/api` });
        expect(call!.url.href, identity).to.equal(new URL(wire(encoded), location.origin).href);
      }
    });
  }

  it('encodes each voucher code in its Get Voucher path', async () => {
    const el = await fixture<VoucherTray>(html`<voucher-tray codes=${IDENTITIES.map(([code]) => code).join(',')} identity="c" token-endpoint="/token" api-base="/api"></voucher-tray>`);
    await settled(el);
    const paths = fake.requests.filter((r) => r.method === 'GET').map((r) => r.url.pathname);
    // A code with a comma is two codes: `a%2Fb&x=1` has none, so every code is asked once.
    expect(paths).to.have.members(IDENTITIES.map(([, encoded]) => `/api/v1/vouchers/${encoded}`));
  });

  for (const dots of ['.', '..', '%2e%2E']) {
    it(`never lets the path segment ${JSON.stringify(dots)} climb out of the provider path`, async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="voucherify" identity=${dots} token-endpoint="/token" api-base="/api"></voucher-tray>`);
      const literal = dots !== '%2e%2E';
      if (literal) {
        const { detail } = await oneEvent(el, 'voucher-tray-error');
        expect(detail.kind).to.equal('config');
        expect(fake.count((r) => r.method === 'GET')).to.equal(0);
      } else {
        // A literal "%2e%2E" is text like any other: its % is encoded, so it is no dot segment.
        await settled(el);
        expect(fake.requests[1]!.url.pathname).to.equal('/api/v1/customers/%252e%252E/redeemables');
      }
    });
  }

  it('refuses an identity that is not valid text instead of crashing on it', async () => {
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" token-endpoint="/token" api-base="/api"></voucher-tray>`);
    el.identity = 'ab\uD800';
    const { detail } = await oneEvent(el, 'voucher-tray-error');
    expect(detail.kind).to.equal('config');
    expect(fake.requests).to.have.length(0);
  });
});

describe('hardening: identities end to end, against the mock backend', () => {
  let restore: () => void;
  beforeEach(() => (restore = quickRequests({ timeoutMs: 5000 })));
  afterEach(() => restore());

  for (const provider of Object.keys(WIRE)) {
    it(`${provider}: the provider decodes exactly the shopper the token was minted for`, async () => {
      for (const [identity] of IDENTITIES.slice(0, 4)) {
        await fetch('/mock/_log', { method: 'DELETE' });
        const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} token-endpoint="/mock/token"></voucher-tray>`);
        el.identity = identity;
        await settled(el);
        const log = (await (await fetch('/mock/_log')).json()) as { path: string; identity: string; authorized: boolean }[];
        const calls = log.filter((entry) => entry.path !== '/mock/token');
        expect(calls.length, identity).to.be.greaterThan(0);
        for (const call of calls) expect({ identity: call.identity, authorized: call.authorized }, identity).to.deep.equal({ identity, authorized: true });
      }
    });
  }
});
