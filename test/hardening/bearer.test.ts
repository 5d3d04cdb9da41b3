// Where the bearer token may go (CONTRACT.md): only where the token endpoint said, or to the
// page's own origin; and the token request itself follows no redirect.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/entries/index.js';
import type { VoucherTray } from '../../src/entries/index.js';
import { installFakeFetch, json, type FakeFetch, type RecordedRequest } from '../helpers/fake-fetch.js';
import { codesIn, quickRequests, settled } from './helpers.js';

const records = { status: 'success', records: [{ voucherCode: 'CT-1', listName: 'One' }] };
const tokenBodies = (fake: FakeFetch) => fake.requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.body!));
const bearerCalls = (fake: FakeFetch): RecordedRequest[] => fake.requests.filter((r) => r.headers.has('authorization'));

describe('hardening: where the bearer token goes', () => {
  let fake: FakeFetch;
  let restore: () => void;
  beforeEach(() => {
    restore = quickRequests({ timeoutMs: 5000 });
    fake = installFakeFetch();
    fake.on('POST', '/token', () => json({ token: 'tok-alice', expires_in: 600 }));
    fake.on('GET', '/1/promo/vouchers', () => json(records));
    fake.on('GET', '/api/1/promo/vouchers', () => json(records));
  });
  afterEach(() => {
    fake.restore();
    restore();
  });

  it('a second tray naming another host gets no cached grant and sends nothing there', async () => {
    const first = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
    await settled(first);
    expect(codesIn(first)).to.deep.equal(['CT-1']);
    const second = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="alice" token-endpoint="/token" api-base="https://elsewhere.invalid"></voucher-tray>`);
    const { detail } = await oneEvent(second, 'voucher-tray-error');
    expect(detail.kind).to.equal('config');
    // A token request of its own, naming the base it wants, so the endpoint can refuse it.
    expect(tokenBodies(fake)).to.deep.equal([
      { provider: 'clevertap', identity: 'alice', api_base: `${location.origin}/api` },
      { provider: 'clevertap', identity: 'alice', api_base: 'https://elsewhere.invalid/' },
    ]);
    expect(bearerCalls(fake).map((r) => r.url.origin)).to.deep.equal([location.origin]);
  });

  it('sends the token to a cross-origin base only when the token response names it', async () => {
    // The built-in default (https://api.clevertap.com) is another origin: refused unless named.
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="alice" token-endpoint="/token"></voucher-tray>`);
    const { detail } = await oneEvent(el, 'voucher-tray-error');
    expect(detail.kind).to.equal('config');
    expect(bearerCalls(fake)).to.deep.equal([]);
    expect(tokenBodies(fake)).to.deep.equal([{ provider: 'clevertap', identity: 'alice' }]);

    fake.on('POST', '/token', () => json({ token: 'tok-alice', api_base: 'https://eu1.api.clevertap.com' }));
    el.remove();
    const named = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="bob" token-endpoint="/token" api-base="https://eu1.api.clevertap.com"></voucher-tray>`);
    await settled(named);
    expect(codesIn(named)).to.deep.equal(['CT-1']);
    expect(bearerCalls(fake).map((r) => r.url.origin)).to.deep.equal(['https://eu1.api.clevertap.com']);
  });

  it('uses a relative api-base (the page’s own origin) without the token response naming it', async () => {
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
    await settled(el);
    expect(codesIn(el)).to.deep.equal(['CT-1']);
    expect(bearerCalls(fake).map((r) => r.url.href)).to.deep.equal([`${location.origin}/api/1/promo/vouchers?identity=alice`]);
  });

  it('refuses to follow a redirect of the token request', async () => {
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
    await settled(el);
    const [token] = fake.requests;
    expect(token!.method).to.equal('POST');
    // What fetch does with redirect: 'error' is the browser's; that it is asked for is ours.
    expect(token!.init.redirect).to.equal('error');
  });
});
