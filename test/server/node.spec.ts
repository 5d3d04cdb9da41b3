/// <reference types="node" />
// toNodeListener on node:http and Express (whose middleware signature Connect shares).
import assert from 'node:assert/strict';
import { request as httpRequest, createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import express from 'express';
import { createVoucherTrayHandler, toNodeListener } from '../../src/server/index.js';
import { fakeUpstreams, LOGIN_HEADER, SECRET, type Fakes } from './harness.js';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

/** A raw request: the path goes out exactly as written (fetch would resolve dot segments). */
function raw(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(base);
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('toNodeListener', () => {
  let fakes: Fakes;
  const servers: Server[] = [];
  before(async () => (fakes = await fakeUpstreams()));
  after(async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
    await fakes.close();
  });
  const handler = () =>
    createVoucherTrayHandler({ secret: SECRET, identify: (r) => r.headers.get(LOGIN_HEADER), ...(fakes.kitOptions() as object) });

  async function grant(base: string, provider: string, identity: string) {
    const answer = await raw(base, '/voucher-tray/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [LOGIN_HEADER]: identity },
      body: JSON.stringify({ provider, identity }),
    });
    assert.equal(answer.status, 200, answer.body);
    return JSON.parse(answer.body) as { token: string; api_base: string };
  }

  it('serves node:http: token, proxy, 404 for other paths, absolute api_base from the Host', async () => {
    const server = createServer(toNodeListener(handler()));
    servers.push(server);
    const base = await listen(server);
    const { token, api_base } = await grant(base, 'spaaza', '21');
    assert.equal(api_base, `${base}/voucher-tray/api/spaaza`);
    const vouchers = await raw(base, '/voucher-tray/api/spaaza/get-user-vouchers?user_id=21', { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(vouchers.status, 200);
    assert.match(String(vouchers.headers['cache-control']), /private/);
    assert.equal(vouchers.headers['set-cookie'], undefined);
    assert.equal((await raw(base, '/elsewhere')).status, 404);
  });

  it('refuses raw dot segments, backslashes and double slashes that a Request would have resolved', async () => {
    const server = createServer(toNodeListener(handler()));
    servers.push(server);
    const base = await listen(server);
    const { token } = await grant(base, 'clevertap', 'alice');
    const auth = { Authorization: `Bearer ${token}` };
    const before = fakes.count();
    for (const path of [
      '/voucher-tray/api/clevertap/../spaaza/get-user-vouchers?user_id=21',
      '/voucher-tray/api/clevertap/%2e%2e/clevertap/1/promo/vouchers?identity=alice',
      '/voucher-tray/api/clevertap/1/promo/./vouchers?identity=alice',
      '/voucher-tray/api/clevertap\\1/promo/vouchers?identity=alice',
      '/voucher-tray/api/clevertap//1/promo/vouchers?identity=alice',
    ]) {
      assert.equal((await raw(base, path, { headers: auth })).status, 400, path);
    }
    assert.equal(fakes.count(), before);
  });

  it('refuses a token body over the limit with 413, and a slow start does not hang', async () => {
    const server = createServer(toNodeListener(handler()));
    servers.push(server);
    const base = await listen(server);
    const big = await raw(base, '/voucher-tray/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [LOGIN_HEADER]: 'alice' },
      body: JSON.stringify({ provider: 'clevertap', identity: 'alice', pad: 'x'.repeat(100_000) }),
    });
    assert.equal(big.status, 413);
  });

  it('works as Express (and Connect) middleware: falls through with next(), reads a parsed body', async () => {
    const app = express();
    app.use(express.json());
    app.use(toNodeListener(handler()));
    app.get('/shop', (_req, res) => void res.send('the shop'));
    const server = createServer(app);
    servers.push(server);
    const base = await listen(server);
    const { token } = await grant(base, 'clevertap', 'alice');
    const vouchers = await raw(base, '/voucher-tray/api/clevertap/1/promo/vouchers?identity=alice', { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(vouchers.status, 200);
    assert.equal((await raw(base, '/shop')).body, 'the shop');
  });
});
