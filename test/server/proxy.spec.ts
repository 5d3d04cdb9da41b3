/// <reference types="node" />
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { FAKE_CREDENTIALS } from '../../demo/fake-upstreams/server.js';
import { fakeUpstreams, makeKit, SECRET, type Fakes } from './harness.js';

const CT = '/voucher-tray/api/clevertap/1/promo/vouchers';

describe('proxy: the five request shapes', () => {
  let fakes: Fakes;
  before(async () => (fakes = await fakeUpstreams()));
  after(() => fakes.close());
  afterEach(() => void (fakes.state.requests.length = 0));

  it('forwards each shape with the account credentials, built from the grant and the allow-list only', async () => {
    const kit = makeKit(fakes);
    const cases: Array<[string, string, string, string, Record<string, string>]> = [
      ['clevertap', '+919538784114', `${CT}?identity=%2B919538784114&extra=1`, '/1/promo/vouchers', { identity: '+919538784114' }],
      ['voucherify', 'cust_alice', '/voucher-tray/api/voucherify/v1/customers/cust_alice/redeemables?limit=100&starting_after_id=rh_ALICE-2&expand=all', '/v1/customers/cust_alice/redeemables', { limit: '100', starting_after_id: 'rh_ALICE-2' }],
      ['voucherify-vouchers', 'cust_alice', '/voucher-tray/api/voucherify-vouchers/v1/vouchers?customer=cust_alice&limit=100&page=1&campaign=x', '/v1/vouchers', { customer: 'cust_alice', limit: '100', page: '1' }],
      ['voucherify', 'cust_alice', '/voucher-tray/api/voucherify/v1/vouchers/ALICE-1?x=1', '/v1/vouchers/ALICE-1', {}],
      ['spaaza', '21', '/voucher-tray/api/spaaza/get-user-vouchers?user_id=21&chain_id=999', '/get-user-vouchers', { user_id: '21', chain_id: '1743' }],
    ];
    for (const [provider, identity, path, upstreamPath, upstreamQuery] of cases) {
      const { token } = await kit.token(provider, identity);
      const response = await kit.get(path, token, { Cookie: 'session=browser-secret', 'X-Forwarded-For': '1.2.3.4' });
      assert.equal(response.status, 200, `${provider} ${path}: ${await response.clone().text()}`);
      assert.ok(await response.json());
      const seen = fakes.state.requests.at(-1)!;
      assert.equal(seen.path, upstreamPath);
      assert.deepEqual(seen.query, upstreamQuery);
      // Nothing of the browser's request reaches the provider: no grant, no cookie.
      assert.equal(seen.headers['cookie'], undefined);
      assert.doesNotMatch(String(seen.headers['authorization'] ?? ''), new RegExp(token));
      assert.equal(seen.headers['x-forwarded-for'], undefined);
    }
  });

  it('relays the answer without the upstream headers, privately', async () => {
    const kit = makeKit(fakes);
    const { token } = await kit.token('clevertap', 'alice');
    const response = await kit.get(`${CT}?identity=alice`, token);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('cache-control') ?? '', /\bprivate\b/);
    assert.equal(response.headers.get('set-cookie'), null);
    assert.equal(response.headers.get('x-upstream-secret-header'), null);
    const body = await response.text();
    assert.match(body, /CT-alice-0/);
    assert.doesNotMatch(body + JSON.stringify([...response.headers]), /FAKE-ACCOUNT|fake-passcode/);
  });

  it('answers 401 for a missing, forged, expired or other-provider grant, never asking upstream', async () => {
    const kit = makeKit(fakes);
    const { token } = await kit.token('clevertap', 'alice');
    const forged = await new SignJWT({ prv: 'clevertap' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setAudience('voucher-tray-proxy')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('another-secret-of-at-least-32-bytes-long'));
    const unsigned = `${token.split('.').slice(0, 2).join('.')}.`;
    const { token: spaazaGrant } = await kit.token('spaaza', 'alice');
    for (const bad of [undefined, 'garbage', forged, unsigned, spaazaGrant]) {
      const response = await kit.get(`${CT}?identity=alice`, bad);
      assert.equal(response.status, 401, `grant ${bad}`);
      assert.match(response.headers.get('www-authenticate') ?? '', /Bearer/);
    }
    kit.clock.advance(301_000);
    assert.equal((await kit.get(`${CT}?identity=alice`, token)).status, 401);
    assert.equal(fakes.count(), 0);
  });

  it('answers 403 when the path or query names another shopper, never asking upstream', async () => {
    const kit = makeKit(fakes);
    const alice = (await kit.token('voucherify', 'cust_alice')).token;
    const ct = (await kit.token('clevertap', 'alice')).token;
    const sp = (await kit.token('spaaza', '21')).token;
    const vv = (await kit.token('voucherify-vouchers', 'cust_alice')).token;
    assert.equal((await kit.get('/voucher-tray/api/voucherify/v1/customers/cust_bob/redeemables', alice)).status, 403);
    assert.equal((await kit.get(`${CT}?identity=bob`, ct)).status, 403);
    assert.equal((await kit.get('/voucher-tray/api/spaaza/get-user-vouchers?user_id=22', sp)).status, 403);
    assert.equal((await kit.get('/voucher-tray/api/voucherify-vouchers/v1/vouchers?customer=cust_bob', vv)).status, 403);
    // Given twice, so that a proxy reading the first and a provider the last would disagree.
    assert.equal((await kit.get(`${CT}?identity=alice&identity=bob`, ct)).status, 400);
    assert.equal(fakes.count(), 0);
  });

  it('answers Get Voucher only for a voucher the grant\'s customer holds (by id or source_id), else 404', async () => {
    const kit = makeKit(fakes);
    const byId = (await kit.token('voucherify', 'cust_alice')).token;
    const bySource = (await kit.token('voucherify', 'alice@example.com')).token;
    const vv = (await kit.token('voucherify-vouchers', 'cust_alice')).token;
    assert.equal((await kit.get('/voucher-tray/api/voucherify/v1/vouchers/ALICE-2', byId)).status, 200);
    assert.equal((await kit.get('/voucher-tray/api/voucherify-vouchers/v1/vouchers/ALICE-2', vv)).status, 200);
    assert.equal((await kit.get('/voucher-tray/api/voucherify/v1/vouchers/ALICE-3', bySource)).status, 200);
    const stolen = await kit.get('/voucher-tray/api/voucherify/v1/vouchers/BOB-1', byId);
    assert.equal(stolen.status, 404);
    assert.doesNotMatch(await stolen.text(), /BOB-1|cust_bob/);
    assert.equal((await kit.get('/voucher-tray/api/voucherify/v1/vouchers/BOB-1', bySource)).status, 404);
    assert.equal((await kit.get('/voucher-tray/api/voucherify/v1/vouchers/NOPE', byId)).status, 404);
  });

  it('refuses dot segments, backslashes, encoded slashes and double slashes with 400', async () => {
    const kit = makeKit(fakes);
    const v = (await kit.token('voucherify', 'cust_alice')).token;
    const ct = (await kit.token('clevertap', 'alice')).token;
    const paths = [
      '/voucher-tray/api/voucherify/v1/vouchers/ALICE-1%2F..%2F..%2Fcustomers',
      '/voucher-tray/api/voucherify/v1/vouchers/%5C..',
      '/voucher-tray/api/voucherify/v1/customers/cust_alice%2Fredeemables/redeemables',
      '/voucher-tray/api/voucherify//v1/vouchers/ALICE-1',
      '/voucher-tray/api/voucherify/v1/vouchers/%2e%2e%2fcustomers',
    ];
    for (const path of paths) assert.equal((await kit.get(path, v)).status, 400, path);
    assert.equal((await kit.get(`${CT}?identity=..`, ct)).status, 400);
    assert.equal((await kit.get(`${CT}?identity=a%2Fb`, ct)).status, 400);
    assert.equal(fakes.count(), 0);
  });

  it('refuses unknown routes, bad parameters and other methods', async () => {
    const kit = makeKit(fakes);
    const v = (await kit.token('voucherify', 'cust_alice')).token;
    const vv = (await kit.token('voucherify-vouchers', 'cust_alice')).token;
    assert.equal((await kit.get('/voucher-tray/api/voucherify/v1/customers/cust_alice', v)).status, 404);
    assert.equal((await kit.get('/voucher-tray/api/voucherify/v1/vouchers?customer=cust_alice', v)).status, 404);
    assert.equal((await kit.get('/voucher-tray/api/voucherify-vouchers/v1/customers/cust_alice/redeemables', vv)).status, 404);
    assert.equal((await kit.get('/voucher-tray/api/voucherify/v1/customers/cust_alice/redeemables?limit=1000', v)).status, 400);
    assert.equal((await kit.get('/voucher-tray/api/voucherify/v1/customers/cust_alice/redeemables?starting_after_id=a%26b', v)).status, 400);
    assert.equal((await kit.get('/voucher-tray/api/voucherify-vouchers/v1/vouchers?customer=cust_alice&page=0', vv)).status, 400);
    assert.equal((await kit.get('/voucher-tray/api/nope/x', v)).status, 404);
    const post = await kit.handle(new Request('http://shop.test/voucher-tray/api/clevertap/1/promo/vouchers', { method: 'POST', body: 'x' }));
    assert.equal(post?.status, 405);
    assert.equal(fakes.count(), 0);
  });

  it('turns the provider refusing the server credentials into 502, not a 401 the tray would retry', async () => {
    const kit = makeKit(fakes, { clevertap: { accountId: 'WRONG', passcode: 'wrong', apiBase: fakes.urls.clevertap } });
    const { token } = await kit.token('clevertap', 'alice');
    const response = await kit.get(`${CT}?identity=alice`, token);
    assert.equal(response.status, 502);
    assert.doesNotMatch(await response.text(), /WRONG|wrong/);
  });

  it('relays provider errors as clear statuses: 5xx, unreadable bodies, unreachable hosts', async () => {
    const kit = makeKit(fakes, { cacheTtl: 0 });
    const { token } = await kit.token('clevertap', 'alice');
    fakes.state.failures.clevertap = [{ status: 500, body: { status: 'fail', error: 'boom', code: 500 } }];
    assert.equal((await kit.get(`${CT}?identity=alice`, token)).status, 500);
    const gone = makeKit(fakes, { clevertap: { ...FAKE_CREDENTIALS.clevertap, apiBase: 'http://127.0.0.1:1' } });
    const t2 = (await gone.token('clevertap', 'alice')).token;
    assert.equal((await gone.get(`${CT}?identity=alice`, t2)).status, 502);
  });

  it('uses Voucherify OAuth client credentials, fetching the access token once for its life', async () => {
    const { clientId, clientSecret } = FAKE_CREDENTIALS.voucherifyOAuth;
    const kit = makeKit(fakes, { voucherify: { oauth: { clientId, clientSecret }, apiBase: fakes.urls.voucherify }, cacheTtl: 0 });
    const issued = fakes.state.oauthIssued;
    const { token } = await kit.token('voucherify', 'cust_alice');
    for (let i = 0; i < 3; i++) {
      assert.equal((await kit.get('/voucher-tray/api/voucherify/v1/customers/cust_alice/redeemables?limit=100', token)).status, 200);
    }
    assert.equal(fakes.state.oauthIssued - issued, 1);
    assert.match(String(fakes.state.requests.at(-1)!.headers['authorization']), /^Bearer /);
    kit.clock.advance(901_000);
    const fresh = (await kit.token('voucherify', 'cust_alice')).token;
    assert.equal((await kit.get('/voucher-tray/api/voucherify/v1/customers/cust_alice/redeemables?limit=100', fresh)).status, 200);
    assert.equal(fakes.state.oauthIssued - issued, 2);
  });

  it('logs no secret, grant or identity', async () => {
    const kit = makeKit(fakes, { cacheTtl: 0 });
    const { token } = await kit.token('clevertap', 'alice-the-shopper');
    await kit.get(`${CT}?identity=alice-the-shopper`, token);
    fakes.state.failures.clevertap = [{ status: 503, body: {}, headers: { 'Retry-After': '1' } }];
    await kit.get(`${CT}?identity=alice-the-shopper`, token);
    await kit.get(`${CT}?identity=bob`, token);
    assert.ok(kit.logs.length > 0);
    const text = JSON.stringify(kit.logs);
    for (const secret of [SECRET, token, 'alice-the-shopper', FAKE_CREDENTIALS.clevertap.passcode, FAKE_CREDENTIALS.clevertap.accountId]) {
      assert.equal(text.includes(secret), false, `the log holds ${secret}`);
    }
  });
});
