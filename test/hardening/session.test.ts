// Session hygiene: what the page holds of a shopper ends when their session does.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/entries/index.js';
import { clearVoucherTrayCache, registerProvider, type Voucher, type VoucherTray } from '../../src/entries/index.js';
import { TokenClient, TOKEN_DEFAULT_LIFETIME_MS } from '../../src/providers/net/token-client.js';
import { deferred, installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { codesIn, quickRequests, settled } from './helpers.js';

registerProvider('session-test', {
  defaultApiBase: '/session-api',
  async fetchVouchers(request) {
    const body = (await request.getJson('/vouchers', { who: request.identity })) as { codes: string[] };
    return body.codes.map((code) => ({ id: code, code, provider: 'session-test', status: 'active' })) as Voucher[];
  },
});

const tray = (identity: string | undefined) =>
  fixture<VoucherTray>(html`<voucher-tray provider="session-test" .identity=${identity} token-endpoint="/token"></voucher-tray>`);

describe('hardening: session hygiene', () => {
  let fake: FakeFetch;
  let restore: () => void;
  const tokenRequests = () => fake.count((r) => r.method === 'POST');
  beforeEach(() => {
    restore = quickRequests({ timeoutMs: 5000 });
    fake = installFakeFetch();
    let minted = 0;
    fake.on('POST', '/token', () => json({ token: `t${++minted}`, expires_in: 600 }));
    fake.on('GET', '/session-api/vouchers', (r) => json({ codes: [`${r.url.searchParams.get('who')}-1`] }));
  });
  afterEach(() => {
    fake.restore();
    restore();
  });

  describe('grants end with the session', () => {
    it('a tray whose identity is removed drops that grant: the next tray for the shopper asks again', async () => {
      const first = await settled(await tray('alice'));
      expect(tokenRequests()).to.equal(1);
      first.identity = undefined;
      await first.updateComplete;
      const next = await settled(await tray('alice'));
      expect(codesIn(next)).to.deep.equal(['alice-1']);
      expect(tokenRequests(), 'the token endpoint sees the new session').to.equal(2);
    });

    it('clearVoucherTrayCache() mid-load: the tray loads again with a new token instead of hanging', async () => {
      const held = deferred<Response>();
      fake.on('GET', '/session-api/vouchers', () => held.promise);
      const el = await tray('alice');
      await waitUntil(() => fake.count((r) => r.method === 'GET') === 1, 'no provider request');
      fake.on('GET', '/session-api/vouchers', () => json({ codes: ['alice-2'] }));
      clearVoucherTrayCache();
      await settled(el);
      expect(codesIn(el)).to.deep.equal(['alice-2']);
      expect(tokenRequests()).to.equal(2);
      held.resolve(json({ codes: ['stale'] }));
    });

    it('clearVoucherTrayCache() drops the grants of every shopper on the page', async () => {
      await settled(await tray('alice'));
      await settled(await tray('bob'));
      clearVoucherTrayCache();
      await settled(await tray('alice'));
      await settled(await tray('bob'));
      expect(tokenRequests()).to.equal(4);
    });

    it('prefers expires_in to expires_at: a client clock ten minutes fast still reuses the grant', async () => {
      const serverNow = Date.UTC(2026, 11, 1, 9);
      const client = new TokenClient(() => serverNow + 10 * 60_000);
      fake.on('POST', '/token', () => json({ token: 'both', expires_at: serverNow / 1000 + 300, expires_in: 300 }));
      const request = { endpoint: `${location.origin}/token`, provider: 'x', identity: 'alice', signal: new AbortController().signal };
      const first = await client.get(request);
      expect(await client.get(request)).to.equal(first);
      expect(tokenRequests()).to.equal(1);
    });

    it('an expires_at sent in milliseconds is reused briefly, never for ever', async () => {
      let now = Date.UTC(2026, 11, 1, 9);
      const client = new TokenClient(() => now);
      fake.on('POST', '/token', () => json({ token: 'ms', expires_at: now + 3_600_000 }));
      const request = { endpoint: `${location.origin}/token`, provider: 'x', identity: 'alice', signal: new AbortController().signal };
      await client.get(request);
      now += TOKEN_DEFAULT_LIFETIME_MS + 1000;
      await client.get(request);
      expect(tokenRequests()).to.equal(2);
    });
  });

  describe('the error event', () => {
    const failing = (error: string) =>
      fake.on('GET', '/api/1/promo/vouchers', () => json({ status: 'fail', error, code: 404 }, 404));

    it('carries the tray’s own message, never the provider’s words about the shopper', async () => {
      failing('No profile for alice.smith@example.com');
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="Alice.Smith@Example.com" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      const { detail } = await oneEvent(el, 'voucher-tray-error');
      expect(detail).to.include({ kind: 'http', status: 404 });
      expect(detail.message).to.be.a('string').and.not.equal('');
      expect(detail.message).to.not.match(/alice|profile/i);
    });

    it('carries the provider’s text only with the debug setting', async () => {
      failing('Profile store offline');
      const plain = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="bob" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      expect((await oneEvent(plain, 'voucher-tray-error')).detail.message).to.not.contain('Profile store');
      const debug = await fixture<VoucherTray>(html`<voucher-tray debug provider="clevertap" identity="bob" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      expect((await oneEvent(debug, 'voucher-tray-error')).detail.message).to.equal('Profile store offline');
    });
  });

  describe('vouchers handed out', () => {
    it('are frozen: a listener that edits one tray’s voucher changes nothing another tray shows', async () => {
      fake.on('GET', '/session-api/vouchers', () => json({ codes: ['REAL-1'] }));
      const root = await fixture<HTMLDivElement>(html`<div>
        <voucher-tray id="a" provider="session-test" identity="carol" token-endpoint="/token"
          @voucher-tray-load=${(event: CustomEvent<{ vouchers: Voucher[] }>) => {
            try {
              event.detail.vouchers[0]!.code = 'EDITED';
            } catch {
              // Frozen: strict-mode code is told so.
            }
          }}></voucher-tray>
        <voucher-tray id="b" provider="session-test" identity="carol" token-endpoint="/token"></voucher-tray>
      </div>`);
      const [a, b] = [...root.querySelectorAll('voucher-tray')];
      await settled(a!);
      await settled(b!);
      expect(fake.count((r) => r.method === 'GET'), 'the trays shared one load').to.equal(1);
      b!.requestUpdate();
      await b!.updateComplete;
      expect(b!.vouchers.map((v) => v.code)).to.deep.equal(['REAL-1']);
      expect(codesIn(b!)).to.deep.equal(['REAL-1']);
      expect(a!.vouchers.map((v) => v.code)).to.deep.equal(['REAL-1']);
    });
  });

  it('el.vouchers never hands out the previous shopper’s vouchers once identity changes', async () => {
    const el = await settled(await tray('alice'));
    expect(el.vouchers.map((v) => v.code)).to.deep.equal(['alice-1']);
    el.identity = 'bob';
    expect(el.vouchers, 'at once, before any render').to.deep.equal([]);
    await el.updateComplete;
    expect(el.vouchers, 'after the first render').to.deep.equal([]);
    await waitUntil(() => el.vouchers.length === 1, 'bob never loaded');
    expect(el.vouchers.map((v) => v.code)).to.deep.equal(['bob-1']);
  });

  it('a tray off the page makes no request when its settings change, and loads when it returns', async () => {
    const el = await settled(await tray('alice'));
    const before = fake.requests.length;
    const parent = el.parentElement!;
    el.remove();
    el.identity = 'bob';
    await el.updateComplete;
    await el.refresh();
    // A load would have sent its token request by the time a macrotask has passed.
    await new Promise((resolve) => setTimeout(resolve));
    expect(fake.requests.length, 'requests while off the page').to.equal(before);
    parent.append(el);
    await waitUntil(() => codesIn(el).join() === 'bob-1', 'bob never loaded on return');
    expect(fake.requests.slice(before).map((r) => r.method)).to.deep.equal(['POST', 'GET']);
  });
});
