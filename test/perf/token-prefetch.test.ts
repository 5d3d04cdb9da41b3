// The first logged-in load sends its token request at once, beside the runtime chunk, and the
// token client takes that answer over and checks it like its own (src/providers/net/token-prefetch.ts).
// This file must run in a page of its own, before anything else logs a tray in: its first test
// holds the runtime chunk at the server (test/runner/held-runtime.mjs) and sees what goes out
// meanwhile. The page's fake fetch answers the tray; the server is asked with the real one.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/entries/index.js';
import { clearVoucherTrayCache, type VoucherTray } from '../../src/entries/index.js';
import type { VoucherTrayErrorDetail } from '../../src/element/events.js';
import { builtInProviders } from '../../src/providers/builtin.js';
import { prefetchToken } from '../../src/providers/net/token-prefetch.js';
import { BUILT_IN_NAME, knownProvider } from '../../src/providers/registry.js';
import { currentRuntime } from '../../src/runtime/loader.js';
import { grantAnswer, installFakeFetch, json, type FakeFetch, type RecordedRequest } from '../helpers/fake-fetch.js';
import { quickRequests, recordPageErrors } from '../hardening/helpers.js';
import { codesIn, settled } from '../helpers/tray.js';

const serverFetch = window.fetch.bind(window);
const runtimeHeld = async () => ((await (await serverFetch('/__held-runtime')).json()) as { held: boolean }).held;

const records = { status: 'success', records: [{ voucherCode: 'CT-1', listName: 'One' }] };
const tokenRequests = (fake: FakeFetch) => fake.requests.filter((r) => r.method === 'POST');
const bearerCalls = (fake: FakeFetch) => fake.requests.filter((r) => r.headers.has('authorization'));
const bodyOf = (request: RecordedRequest) => JSON.parse(request.body!);

/** Everything of a request but its signal, to compare two of them. */
const shape = (request: RecordedRequest) => {
  const { signal, ...init } = request.init;
  return { url: request.url.href, headers: [...request.headers], init, signalGiven: signal instanceof AbortSignal };
};

describe('the first token request goes out beside the runtime chunk', () => {
  let fake: FakeFetch;
  let restore: () => void;
  beforeEach(() => {
    restore = quickRequests({ timeoutMs: 5000 });
    fake = installFakeFetch();
    fake.on('POST', '/token', (r) => grantAnswer(r, { token: `tok-${bodyOf(r).identity}`, expires_in: 600 }));
    fake.on('GET', '/api/1/promo/vouchers', () => json(records));
  });
  afterEach(() => {
    fake.restore();
    restore();
  });

  // Must stay the first test: the runtime chunk loads once per page.
  it('sends one token request for several trays before the chunk arrives; anonymous trays send none', async () => {
    expect(currentRuntime(), 'the runtime was loaded before this test').to.equal(undefined);
    const page = recordPageErrors();
    await serverFetch('/__held-runtime', { method: 'POST' });
    let trays: VoucherTray[];
    let leaving: VoucherTray;
    try {
      trays = await Promise.all(
        [1, 2, 3].map(() => fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`)),
      );
      await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      leaving = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="bob" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      await waitUntil(runtimeHeld, 'the runtime chunk was never asked for');
      await waitUntil(() => tokenRequests(fake).length === 2, 'no early token requests', { timeout: 3000 });
      // The chunk is still at the server: these went out without it.
      expect(await runtimeHeld()).to.equal(true);
      expect(currentRuntime()).to.equal(undefined);
      expect(tokenRequests(fake).map(bodyOf)).to.deep.equal([
        { provider: 'clevertap', identity: 'alice', api_base: `${location.origin}/api` },
        { provider: 'clevertap', identity: 'bob', api_base: `${location.origin}/api` },
      ]);
      expect(fake.requests).to.have.length(2);
      // Removed while the chunk is on its way.
      leaving.remove();
    } finally {
      await serverFetch('/__held-runtime/release', { method: 'POST' });
    }
    await Promise.all(trays.map((tray) => settled(tray)));
    for (const tray of trays) expect(codesIn(tray)).to.deep.equal(['CT-1']);
    // The token client took alice's answer over: no second token request, one provider request.
    expect(tokenRequests(fake)).to.have.length(2);
    expect(bearerCalls(fake).map((r) => r.headers.get('authorization'))).to.deep.equal(['Bearer tok-alice']);
    // Bob's, which no load took over, is ended once the runtime is in; nothing is left unhandled.
    const [early, bobs] = tokenRequests(fake);
    await waitUntil(() => bobs!.signal?.aborted, 'the removed tray’s early request was never ended');
    page.stop();
    expect(page.errors).to.deep.equal([]);

    // The early request is the one the token client sends itself, but for its signal.
    clearVoucherTrayCache();
    await trays[0]!.refresh();
    const late = tokenRequests(fake)[2]!;
    expect(late, 'the token client sent no request of its own').to.exist;
    expect(shape(early!)).to.deep.equal(shape(late));
    expect(shape(late).init).to.deep.include({ method: 'POST', credentials: 'same-origin', cache: 'no-store', redirect: 'error' });
  });

  describe('an early answer is checked like the token client’s own', () => {
    const failures: Record<string, { apiBase: string; answer: (r: RecordedRequest) => Response | Promise<Response> }> = {
      'a body that is not JSON': { apiBase: '/api', answer: () => new Response('<html>login</html>', { headers: { 'Content-Type': 'text/html' } }) },
      'a 500': { apiBase: '/api', answer: () => json({ error: 'down' }, 500) },
      'a 401': { apiBase: '/api', answer: () => json({ error: 'no session' }, 401) },
      'no token': { apiBase: '/api', answer: () => json({ expires_in: 600 }) },
      // What a browser does with a redirect when asked for redirect: 'error'.
      'a redirect': {
        apiBase: '/api',
        answer: (r) => {
          if (r.init.redirect === 'error') throw new TypeError('Failed to fetch');
          return Response.redirect(`${location.origin}/elsewhere`, 307);
        },
      },
      'an api_base on another origin that the endpoint did not grant': {
        apiBase: 'https://elsewhere.invalid',
        answer: () => json({ token: 'tok', expires_in: 600 }),
      },
      'a 503, then a grant (retried)': {
        apiBase: '/api',
        answer: (r) =>
          tokenRequests(fake).indexOf(r) === 0 ? json({}, 503, { 'Retry-After': '0' }) : grantAnswer(r, { token: 'tok', expires_in: 600 }),
      },
    };

    /** One tray's load, with the token request sent early (as the first load does) or not. */
    async function outcome(early: boolean, apiBase: string) {
      clearVoucherTrayCache();
      fake.requests.length = 0;
      if (early) prefetchToken('clevertap', 'carol', '/token', apiBase, '');
      let error: VoucherTrayErrorDetail | undefined;
      const el = await fixture<VoucherTray>(
        html`<voucher-tray @voucher-tray-error=${(e: CustomEvent<VoucherTrayErrorDetail>) => (error = e.detail)} provider="clevertap" identity="carol" token-endpoint="/token" api-base=${apiBase}></voucher-tray>`,
      );
      await settled(el);
      const tokens = tokenRequests(fake);
      return { error, codes: codesIn(el), tokenRequests: tokens.length, bearerCalls: bearerCalls(fake).length, tokenBodies: tokens.map((r) => r.body) };
    }

    for (const [name, { apiBase, answer }] of Object.entries(failures)) {
      it(name, async () => {
        fake.on('POST', '/token', answer);
        const late = await outcome(false, apiBase);
        const early = await outcome(true, apiBase);
        expect(early).to.deep.equal(late);
      });
    }

    it('a good one: the same vouchers, with no second token request', async () => {
      const late = await outcome(false, '/api');
      const early = await outcome(true, '/api');
      expect(early).to.deep.equal(late);
      expect(early).to.deep.include({ codes: ['CT-1'], tokenRequests: 1, bearerCalls: 1 });
    });
  });

  it('sends nothing early where the load would stop before its token request', () => {
    prefetchToken('no-such-provider', 'alice', '/token', undefined, '');
    prefetchToken('clevertap', 'alice', undefined, undefined, '');
    prefetchToken('clevertap', 'alice', '', undefined, '');
    prefetchToken('clevertap', 'alice', 'javascript:alert(1)', undefined, '');
    prefetchToken('clevertap', 'alice', '/token', 'ftp://files.invalid', '');
    prefetchToken('clevertap', 'ab\uD800', '/token', undefined, '');
    // A code list has checks of its own in load.ts: such a tray asks after the chunk, as before.
    prefetchToken('voucherify', 'alice', '/token', undefined, 'A,B');
    expect(fake.requests).to.have.length(0);
  });

  it('sends one request per key, and clearVoucherTrayCache() ends it', async () => {
    prefetchToken('clevertap', 'dave', '/token', '/api', '');
    prefetchToken('clevertap', 'dave', `${location.origin}/token`, `${location.origin}/api`, '');
    prefetchToken('clevertap', 'dave', '/token', '/other-api', '');
    await waitUntil(() => fake.requests.length === 2);
    expect(fake.requests.map((r) => bodyOf(r).api_base)).to.deep.equal([`${location.origin}/api`, `${location.origin}/other-api`]);
    clearVoucherTrayCache();
    expect(fake.requests.map((r) => r.signal?.aborted)).to.deep.equal([true, true]);
  });

  it('knows the built-in providers by name before their code is here', () => {
    // (This file has imported the built-ins, so the names are checked against the pattern itself.)
    for (const name of Object.keys(builtInProviders)) expect(BUILT_IN_NAME.test(name), name).to.equal(true);
    for (const name of ['clevertapx', 'voucherify-', 'voucherify-vouchersx', ' spaaza', 'Spaaza']) expect(knownProvider(name), name).to.equal(false);
  });
});
