/// <reference types="node" />
// The standalone server, run as a child process the way `npx voucher-tray-server` runs it,
// with the shopper proven by a JWT of the "site's login" verified against a local JWKS.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { FAKE_CREDENTIALS } from '../../demo/fake-upstreams/server.js';
import { fakeUpstreams, SECRET, type Fakes } from './harness.js';
import { startRedis, type RunningRedis } from './redis-server.js';

const BIN = fileURLToPath(new URL('../../src/server/bin.ts', import.meta.url));

interface Running {
  child: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

function runBin(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', BIN], { env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

function startBin(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', BIN], { env: { PATH: process.env['PATH'] ?? '', PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const port = /listening on port (\d+)/.exec(out)?.[1];
      if (port) {
        resolve({
          child,
          base: `http://127.0.0.1:${port}`,
          stop: () => new Promise((done) => (child.exitCode !== null ? done() : (child.once('exit', () => done()), process.kill(child.pid!, 'SIGTERM')))),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`the bin exited (${code}): ${err}`)));
  });
}

describe('voucher-tray-server (the bin)', () => {
  let fakes: Fakes;
  let jwks: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  let redis: RunningRedis;
  before(async () => {
    [fakes, redis] = await Promise.all([fakeUpstreams(), startRedis()]);
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'site-1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/.well-known/jwks.json`;
  });
  after(async () => {
    await new Promise((resolve) => jwks.close(resolve));
    await Promise.all([fakes.close(), redis.stop()]);
  });

  const siteLogin = (claims: Record<string, unknown>, audience = 'shop') =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'site-1' }).setIssuer('https://login.shop.test').setAudience(audience).setExpirationTime('10m').sign(privateKey);

  const env = () => ({
    VOUCHER_TRAY_SECRET: SECRET,
    VOUCHER_TRAY_JWKS_URL: jwksUrl,
    VOUCHER_TRAY_JWT_ISSUER: 'https://login.shop.test',
    VOUCHER_TRAY_JWT_AUDIENCE: 'shop',
    VOUCHER_TRAY_JWT_COOKIE: 'site_session',
    VOUCHER_TRAY_IDENTITY_CLAIM: 'email',
    VOUCHER_TRAY_IDENTITY_CLAIM_SPAAZA: 'spaaza_user',
    CLEVERTAP_ACCOUNT_ID: FAKE_CREDENTIALS.clevertap.accountId,
    CLEVERTAP_PASSCODE: FAKE_CREDENTIALS.clevertap.passcode,
    CLEVERTAP_API_BASE: fakes.urls.clevertap,
    SPAAZA_API_BASE: fakes.urls.spaaza,
    SPAAZA_CHAIN_ID: FAKE_CREDENTIALS.spaaza.chainId,
    SPAAZA_HEADERS: JSON.stringify(FAKE_CREDENTIALS.spaaza.headers),
  });

  it('refuses to start without a secret of 32+ bytes, or with no way to prove the shopper', async () => {
    const { VOUCHER_TRAY_SECRET: _unused, ...rest } = env();
    const missing = await runBin(rest);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /VOUCHER_TRAY_SECRET is required/);
    const short = await runBin({ ...env(), VOUCHER_TRAY_SECRET: 'too-short' });
    assert.equal(short.code, 1);
    assert.match(short.stderr, /32 bytes/);
    assert.doesNotMatch(short.stderr, /too-short/);
    const noJwks = await runBin({ ...env(), VOUCHER_TRAY_JWKS_URL: '' });
    assert.match(noJwks.stderr, /VOUCHER_TRAY_JWKS_URL/);
    const badBudget = await runBin({ ...env(), CLEVERTAP_MAX_CONCURRENT: 'lots' });
    assert.match(badBudget.stderr, /CLEVERTAP_MAX_CONCURRENT/);
  });

  const voucherifyEnv = () => ({
    VOUCHERIFY_APP_ID: FAKE_CREDENTIALS.voucherify.appId,
    VOUCHERIFY_APP_TOKEN: FAKE_CREDENTIALS.voucherify.appToken,
    VOUCHERIFY_API_BASE: fakes.urls.voucherify,
    VOUCHER_TRAY_IDENTITY_CLAIM_VOUCHERIFY: 'voucherify_id',
  });

  it('serves all five request shapes with the documented environment', async () => {
    const server = await startBin({ ...env(), ...voucherifyEnv() });
    try {
      const login = await siteLogin({ email: 'alice@example.com', spaaza_user: '21', voucherify_id: 'cust_alice' });
      const grant = async (provider: string, identity: string) => {
        const answer = await fetch(`${server.base}/voucher-tray/token`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Cookie: `site_session=${login}` },
          body: JSON.stringify({ provider, identity }),
        });
        assert.equal(answer.status, 200, provider);
        return (await answer.json()) as { token: string; api_base: string };
      };
      const shapes: Array<[string, string, string]> = [
        ['clevertap', 'alice@example.com', '/1/promo/vouchers?identity=alice%40example.com'],
        ['voucherify', 'cust_alice', '/v1/customers/cust_alice/redeemables?limit=100'],
        ['voucherify-vouchers', 'cust_alice', '/v1/vouchers?customer=cust_alice&limit=100&page=1'],
        ['voucherify', 'cust_alice', '/v1/vouchers/ALICE-1'],
        ['spaaza', '21', '/get-user-vouchers?user_id=21'],
      ];
      for (const [provider, identity, path] of shapes) {
        const { token, api_base } = await grant(provider, identity);
        const answer = await fetch(`${api_base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
        assert.equal(answer.status, 200, `${provider} ${path}`);
      }
    } finally {
      await server.stop();
    }
  });

  for (const withRedis of [false, true]) {
    it(`serves the site's shoppers proven by the login cookie${withRedis ? ', with REDIS_URL' : ''}`, async () => {
      const server = await startBin({ ...env(), ...(withRedis ? { REDIS_URL: redis.url } : {}) });
      try {
        const post = (provider: string, identity: string, cookie?: string) =>
          fetch(`${server.base}/voucher-tray/token`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: `other=1; site_session=${cookie}` } : {}) },
            body: JSON.stringify({ provider, identity }),
          });
        assert.equal((await fetch(`${server.base}/voucher-tray/healthz`)).status, 200);
        const login = await siteLogin({ sub: 'u-1', email: 'alice@example.com', spaaza_user: '21' });
        const grant = await post('clevertap', 'alice@example.com', login);
        assert.equal(grant.status, 200);
        const { token, api_base } = await grant.json();
        const vouchers = await fetch(`${api_base}/1/promo/vouchers?identity=alice%40example.com`, { headers: { Authorization: `Bearer ${token}` } });
        assert.equal(vouchers.status, 200);
        // The per-provider claim: Spaaza knows this shopper as user 21.
        assert.equal((await post('spaaza', '21', login)).status, 200);
        assert.equal((await post('spaaza', 'alice@example.com', login)).status, 403);
        // No login, a login for another audience, or a provider without credentials.
        assert.equal((await post('clevertap', 'alice@example.com')).status, 403);
        assert.equal((await post('clevertap', 'alice@example.com', await siteLogin({ email: 'alice@example.com' }, 'elsewhere'))).status, 403);
        assert.equal((await post('voucherify', 'alice@example.com', login)).status, 404);
      } finally {
        await server.stop();
      }
    });
  }
});
