/// <reference types="node" />
// The recipes of the README, each run the way its runtime runs it: Hono's real app.fetch,
// a Next.js route module's GET/POST exports called with a Request (as Next does), and a
// Workers module's default export called as fetch(request, env, ctx).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FAKE_CREDENTIALS } from '../../demo/fake-upstreams/server.js';
import { createVoucherTrayHandler } from '../../src/server/index.js';
import { fakeUpstreams, LOGIN_HEADER, SECRET, tokenRequest, type Fakes } from './harness.js';
import { honoApp } from './recipes/hono-app.js';
import { nextRoute } from './recipes/next-route.js';
import worker from './recipes/worker.js';

type Fetch = (request: Request) => Promise<Response>;

async function tokenThenVouchers(serve: Fetch): Promise<void> {
  const grant = await serve(tokenRequest({ provider: 'clevertap', identity: 'alice' }, { [LOGIN_HEADER]: 'alice' }));
  assert.equal(grant.status, 200);
  const { token, api_base } = await grant.json();
  assert.equal(api_base, 'http://shop.test/voucher-tray/api/clevertap');
  const vouchers = await serve(new Request(`${api_base}/1/promo/vouchers?identity=alice`, { headers: { Authorization: `Bearer ${token}` } }));
  assert.equal(vouchers.status, 200);
  assert.equal((await vouchers.json()).status, 'success');
}

describe('recipes', () => {
  let fakes: Fakes;
  before(async () => (fakes = await fakeUpstreams()));
  after(() => fakes.close());
  const handler = () =>
    createVoucherTrayHandler({ secret: SECRET, identify: (r) => r.headers.get(LOGIN_HEADER), ...(fakes.kitOptions() as object) });

  it('Hono (the real package): the kit answers its routes, the app the rest', async () => {
    const app = honoApp(handler());
    await tokenThenVouchers((request) => Promise.resolve(app.fetch(request)));
    assert.equal(await (await app.fetch(new Request('http://shop.test/'))).text(), 'the shop');
    assert.equal((await app.fetch(new Request('http://shop.test/voucher-tray/nothing'))).status, 404);
  });

  it('Next.js route handler: GET and POST exports called with a Request', async () => {
    const route = nextRoute(handler());
    await tokenThenVouchers((request) => (request.method === 'POST' ? route.POST(request) : route.GET(request)));
  });

  it('Workers: export default { fetch(request, env, ctx) }', async () => {
    const env = { VOUCHER_TRAY_SECRET: SECRET, ...{ CLEVERTAP_ACCOUNT_ID: FAKE_CREDENTIALS.clevertap.accountId, CLEVERTAP_PASSCODE: FAKE_CREDENTIALS.clevertap.passcode }, CLEVERTAP_API_BASE: fakes.urls.clevertap };
    const ctx = { waitUntil: () => undefined };
    await tokenThenVouchers((request) => worker.fetch(request, env, ctx));
    assert.equal((await worker.fetch(new Request('http://shop.test/other'), env, ctx)).status, 404);
  });
});
