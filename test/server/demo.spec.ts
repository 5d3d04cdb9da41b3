/// <reference types="node" />
// The demo's backend (npm start): the real kit in front of fake providers with the demo
// data, keeping the special shoppers. Run here on node:http, as Vite's middleware runs it.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { DEMO_LOGIN_COOKIE, demoBackend } from '../../demo/kit-backend.js';
import * as kit from '../../src/server/index.js';

describe('demo backend (npm start)', () => {
  let server: Server;
  let base: string;
  before(async () => {
    const serve = await demoBackend(kit);
    server = createServer((req, res) => void serve(req, res).then((done) => done || res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  async function vouchers(provider: string, identity: string, path: string) {
    const grant = await fetch(`${base}/voucher-tray/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: `${DEMO_LOGIN_COOKIE}=${encodeURIComponent(identity)}` },
      body: JSON.stringify({ provider, identity }),
    });
    if (grant.status !== 200) return grant;
    const { token, api_base } = await grant.json();
    return fetch(`${api_base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  }

  it('serves a shopper who logged in with the demo cookie, and nobody else', async () => {
    const ok = await vouchers('clevertap', '+919538784114', '/1/promo/vouchers?identity=%2B919538784114');
    assert.equal(ok.status, 200);
    assert.equal((await ok.json()).records.length, 6);
    const other = await fetch(`${base}/voucher-tray/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: `${DEMO_LOGIN_COOKIE}=alice` },
      body: JSON.stringify({ provider: 'clevertap', identity: 'bob' }),
    });
    assert.equal(other.status, 403);
  });

  it('keeps the special shoppers: nobody, error, many, token-down', async () => {
    assert.deepEqual((await (await vouchers('spaaza', 'nobody', '/get-user-vouchers?user_id=nobody')).json()).results.basket_vouchers, []);
    assert.equal((await vouchers('spaaza', 'error', '/get-user-vouchers?user_id=error')).status, 500);
    const many = await vouchers('voucherify-vouchers', 'many', '/v1/vouchers?customer=many&limit=100&page=3');
    assert.equal((await many.json()).vouchers.length, 30);
    assert.equal((await vouchers('clevertap', 'token-down', '/1/promo/vouchers?identity=token-down')).status, 503);
  });

  it('answers Get Voucher for a code the shopper holds', async () => {
    const list = await (await vouchers('voucherify', 'jane', '/v1/customers/jane/redeemables?limit=100')).json();
    const code = list.data[0].redeemable.voucher.code as string;
    assert.equal((await vouchers('voucherify', 'jane', `/v1/vouchers/${encodeURIComponent(code)}`)).status, 200);
    assert.equal((await vouchers('voucherify', 'john', `/v1/vouchers/${encodeURIComponent(code)}`)).status, 404);
  });

  it('keeps slow slow (the provider answers after 2 s) without failing', async () => {
    const started = Date.now();
    const slow = await vouchers('clevertap', 'slow', '/1/promo/vouchers?identity=slow');
    assert.equal(slow.status, 200);
    assert.ok(Date.now() - started >= 1900);
  });
});
