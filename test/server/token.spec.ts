/// <reference types="node" />
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decodeJwt } from 'jose';
import { createVoucherTrayHandler } from '../../src/server/index.js';
import { fakeUpstreams, LOGIN_HEADER, makeKit, ORIGIN, SECRET, tokenRequest, type Fakes } from './harness.js';

describe('token endpoint', () => {
  let fakes: Fakes;
  before(async () => (fakes = await fakeUpstreams()));
  after(() => fakes.close());

  it('mints a short-lived grant for the logged-in shopper, naming its own proxy', async () => {
    const kit = makeKit(fakes);
    const answer = await kit.token('clevertap', '+919538784114');
    assert.equal(answer.api_base, `${ORIGIN}/voucher-tray/api/clevertap`);
    assert.equal(answer.expires_at, kit.clock.ms / 1000 + 300);
    const claims = decodeJwt(answer.token);
    assert.equal(claims.sub, '+919538784114');
    assert.equal(claims['prv'], 'clevertap');
    // The grant carries no provider credential.
    assert.doesNotMatch(answer.token + JSON.stringify(claims), /FAKE-ACCOUNT|fake-passcode/);
  });

  it('answers 403 when the body names another shopper than identify() returns, or nobody is logged in', async () => {
    const kit = makeKit(fakes);
    const other = await kit.handle(tokenRequest({ provider: 'clevertap', identity: 'mallory' }, { [LOGIN_HEADER]: 'alice' }));
    assert.equal(other?.status, 403);
    const anonymous = await kit.handle(tokenRequest({ provider: 'clevertap', identity: 'alice' }));
    assert.equal(anonymous?.status, 403);
  });

  it('passes the provider to identify() so identities may differ per provider', async () => {
    const seen: string[] = [];
    const kit = makeKit(fakes, { identify: (_r, provider) => (seen.push(provider), provider === 'spaaza' ? '21' : 'cust_alice') });
    assert.equal((await kit.handle(tokenRequest({ provider: 'spaaza', identity: '21' })))?.status, 200);
    assert.equal((await kit.handle(tokenRequest({ provider: 'voucherify', identity: '21' })))?.status, 403);
    assert.deepEqual(seen, ['spaaza', 'voucherify']);
  });

  it('accepts the api_base the tray sends along, whatever it is, and names its own proxy', async () => {
    const kit = makeKit(fakes);
    for (const apiBase of ['https://evil.example/x', 42, null, { nested: true }]) {
      const response = await kit.handle(tokenRequest({ provider: 'spaaza', identity: '21', api_base: apiBase }, { [LOGIN_HEADER]: '21' }));
      assert.equal(response?.status, 200);
      assert.equal((await response!.json()).api_base, `${ORIGIN}/voucher-tray/api/spaaza`);
    }
  });

  it('refuses malformed requests with clear statuses', async () => {
    const kit = makeKit(fakes);
    const as = { [LOGIN_HEADER]: 'alice' };
    const status = async (request: Request) => (await kit.handle(request))?.status;
    assert.equal(await status(tokenRequest('not json', as)), 400);
    assert.equal(await status(tokenRequest([1, 2], as)), 404);
    assert.equal(await status(tokenRequest({ provider: 'clevertap' }, as)), 400);
    assert.equal(await status(tokenRequest({ provider: 'clevertap', identity: '   ' }, as)), 400);
    assert.equal(await status(tokenRequest({ provider: 'nope', identity: 'alice' }, as)), 404);
    assert.equal(await status(tokenRequest({ provider: 'clevertap', identity: 'a/b' }, { [LOGIN_HEADER]: 'a/b' })), 400);
    assert.equal(await status(tokenRequest({ provider: 'clevertap', identity: '..' }, { [LOGIN_HEADER]: '..' })), 400);
    assert.equal(await status(tokenRequest({ provider: 'clevertap', identity: 'x', pad: 'y'.repeat(5000) }, as)), 413);
    const plain = new Request(`${ORIGIN}/voucher-tray/token`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'text/plain' } });
    assert.equal(await status(plain), 415);
    assert.equal(await status(new Request(`${ORIGIN}/voucher-tray/token`)), 405);
  });

  it('does not serve a provider without credentials: its token requests get 404', async () => {
    const kit = makeKit(fakes, { spaaza: undefined });
    const response = await kit.handle(tokenRequest({ provider: 'spaaza', identity: '21' }, { [LOGIN_HEADER]: '21' }));
    assert.equal(response?.status, 404);
    assert.equal((await kit.get('/voucher-tray/api/spaaza/get-user-vouchers?user_id=21')).status, 404);
  });

  it('answers 500, not a crash, when identify() throws, and logs no detail of it', async () => {
    const kit = makeKit(fakes, { identify: () => { throw new Error(`session store down for alice ${SECRET}`); } });
    const response = await kit.handle(tokenRequest({ provider: 'clevertap', identity: 'alice' }));
    assert.equal(response?.status, 500);
    assert.doesNotMatch(JSON.stringify(kit.logs), /alice|session store/);
  });

  it('refuses a token request from an origin it does not allow, and answers preflights of allowed ones', async () => {
    const kit = makeKit(fakes, { allowedOrigins: ['https://www.shop.test'] });
    const foreign = await kit.handle(tokenRequest({ provider: 'clevertap', identity: 'alice' }, { [LOGIN_HEADER]: 'alice', Origin: 'https://evil.test' }));
    assert.equal(foreign?.status, 403);
    const allowed = await kit.handle(tokenRequest({ provider: 'clevertap', identity: 'alice' }, { [LOGIN_HEADER]: 'alice', Origin: 'https://www.shop.test' }));
    assert.equal(allowed?.status, 200);
    assert.equal(allowed?.headers.get('access-control-allow-origin'), 'https://www.shop.test');
    assert.equal(allowed?.headers.get('access-control-expose-headers'), 'Retry-After');
    const preflight = (origin: string) =>
      kit.handle(new Request(`${ORIGIN}/voucher-tray/token`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } }));
    const ok = await preflight('https://www.shop.test');
    assert.equal(ok?.status, 204);
    assert.match(ok?.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    assert.equal((await preflight('https://evil.test'))?.status, 403);
  });

  it('rotates secrets: grants signed with an older secret still verify, new ones use the newest', async () => {
    const old = makeKit(fakes);
    const { token } = await old.token('clevertap', 'alice');
    const rotated = makeKit(fakes, { secret: ['a-brand-new-secret-of-at-least-32-bytes', SECRET] });
    assert.equal((await rotated.get(`/voucher-tray/api/clevertap/1/promo/vouchers?identity=alice`, token)).status, 200);
    const dropped = makeKit(fakes, { secret: ['a-brand-new-secret-of-at-least-32-bytes'] });
    assert.equal((await dropped.get(`/voucher-tray/api/clevertap/1/promo/vouchers?identity=alice`, token)).status, 401);
  });

  it('refuses to be created without a secret of 32+ bytes or without identify', () => {
    const identify = () => undefined;
    assert.throws(() => createVoucherTrayHandler({ secret: 'short', identify }), /32 bytes/);
    assert.throws(() => createVoucherTrayHandler({ secret: [], identify }), /secret/);
    assert.throws(() => createVoucherTrayHandler({ secret: SECRET } as never), /identify/);
  });

  it('answers healthz, and passes on requests outside its routes', async () => {
    const kit = makeKit(fakes);
    assert.equal((await kit.handle(new Request(`${ORIGIN}/voucher-tray/healthz`)))?.status, 200);
    assert.equal(await kit.handle(new Request(`${ORIGIN}/elsewhere`)), undefined);
    assert.equal(await kit.handle(new Request(`${ORIGIN}/voucher-trayx/token`)), undefined);
    const custom = makeKit(fakes, { basePath: '/api/vt/' });
    assert.equal((await custom.handle(new Request(`${ORIGIN}/api/vt/healthz`)))?.status, 200);
  });
});
