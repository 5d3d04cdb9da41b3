import { expect } from '@open-wc/testing';
import { VoucherTrayError } from '../src/providers/errors.js';
import { TokenClient, parseGrant, TOKEN_DEFAULT_LIFETIME_MS } from '../src/providers/net/token-client.js';
import { deferred, installFakeFetch, json, type FakeFetch } from './helpers/fake-fetch.js';

const endpoint = 'https://shop.example/api/voucher-token';

describe('TokenClient', () => {
  let fake: FakeFetch;
  let now: number;
  let client: TokenClient;
  let minted: number;
  const request = (identity = 'alice', signal = new AbortController().signal) => ({
    endpoint,
    provider: 'clevertap',
    identity,
    signal,
  });

  beforeEach(() => {
    fake = installFakeFetch();
    now = Date.UTC(2026, 10, 22, 12);
    client = new TokenClient(() => now);
    minted = 0;
    fake.on('POST', '/api/voucher-token', (r) => {
      const body = JSON.parse(r.body!);
      minted++;
      return json({ token: `t${minted}-${body.identity}`, expires_in: 600 });
    });
  });
  afterEach(() => fake.restore());

  it('POSTs {provider, identity} as JSON with same-origin credentials', async () => {
    const grant = await client.get(request('+919538784114'));
    expect(grant.token).to.equal('t1-+919538784114');
    const [sent] = fake.requests;
    expect(sent!.method).to.equal('POST');
    expect(sent!.url.href).to.equal(endpoint);
    expect(sent!.headers.get('content-type')).to.equal('application/json');
    expect(sent!.credentials).to.equal('same-origin');
    expect(JSON.parse(sent!.body!)).to.deep.equal({ provider: 'clevertap', identity: '+919538784114' });
  });

  it('reuses a grant until shortly before it expires, then fetches a new one', async () => {
    const first = await client.get(request());
    now += 500_000; // 100 s left of 600: still reused
    expect(await client.get(request())).to.equal(first);
    now += 80_000; // 20 s left: inside the refresh margin
    const second = await client.get(request());
    expect(second.token).to.equal('t2-alice');
    expect(minted).to.equal(2);
  });

  it('honours expires_at (epoch seconds) over a missing expires_in', async () => {
    fake.on('POST', '/api/voucher-token', () => json({ token: 'abs', expires_at: now / 1000 + 120 }));
    const grant = await client.get(request());
    expect(grant.expiresAt).to.equal(now + 120_000);
    now += 100_000; // 20 s left of 120: renewed
    await client.get(request());
    expect(fake.count()).to.equal(2);
  });

  it('keeps a grant without expiry for the default lifetime', async () => {
    fake.on('POST', '/api/voucher-token', () => json({ token: 'plain' }));
    await client.get(request());
    now += TOKEN_DEFAULT_LIFETIME_MS / 2;
    await client.get(request());
    expect(fake.count()).to.equal(1);
    now += TOKEN_DEFAULT_LIFETIME_MS;
    await client.get(request());
    expect(fake.count()).to.equal(2);
  });

  it('shares one request among concurrent callers for the same shopper', async () => {
    const grants = await Promise.all([client.get(request()), client.get(request()), client.get(request())]);
    expect(fake.count()).to.equal(1);
    expect(new Set(grants).size).to.equal(1);
  });

  it('never hands one shopper’s grant to another', async () => {
    const [a, b] = await Promise.all([client.get(request('alice')), client.get(request('bob'))]);
    expect(a.token).to.contain('alice');
    expect(b.token).to.contain('bob');
    expect(fake.count()).to.equal(2);
  });

  it('renews once after a 401, and concurrent 401s share the renewal', async () => {
    const stale = await client.get(request());
    const [x, y] = await Promise.all([client.get(request(), stale), client.get(request(), stale)]);
    expect(x).to.equal(y);
    expect(x.token).to.equal('t2-alice');
    expect(fake.count()).to.equal(2);
    // A caller still holding the old grant gets the renewed one without another request.
    expect(await client.get(request(), stale)).to.equal(x);
    expect(fake.count()).to.equal(2);
  });

  it('keeps the shared request alive while one waiter remains, aborts it when all leave', async () => {
    const held = deferred<Response>();
    fake.on('POST', '/api/voucher-token', () => held.promise);
    const a = new AbortController();
    const b = new AbortController();
    const first = client.get(request('alice', a.signal));
    const second = client.get(request('alice', b.signal));
    a.abort();
    await first.then(
      () => expect.fail('should reject'),
      (e) => expect((e as DOMException).name).to.equal('AbortError'),
    );
    expect(fake.requests[0]!.signal!.aborted).to.equal(false);
    b.abort();
    await second.catch(() => undefined);
    expect(fake.requests[0]!.signal!.aborted).to.equal(true);
  });

  it('reports endpoint failures as kind "token" with the status', async () => {
    fake.on('POST', '/api/voucher-token', () => json({ error: 'not logged in' }, 403));
    const error = await client.get(request()).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(VoucherTrayError);
    expect((error as VoucherTrayError).kind).to.equal('token');
    expect((error as VoucherTrayError).status).to.equal(403);
    expect((error as VoucherTrayError).message).to.contain('not logged in');
  });

  it('does not cache failures', async () => {
    fake.on('POST', '/api/voucher-token', () => new Response('<html>login</html>', { status: 200 }));
    await client.get(request()).catch(() => undefined);
    fake.on('POST', '/api/voucher-token', () => json({ token: 'ok' }));
    expect((await client.get(request())).token).to.equal('ok');
  });
});

describe('parseGrant', () => {
  const now = 1_000_000;

  it('reads every field of the protocol', () => {
    const grant = parseGrant(
      {
        token: 'abc',
        expires_at: 1767225600,
        api_base: 'https://proxy.example/spaaza',
        headers: { 'X-Spaaza-Session-User-Id': '21', 'X-Num': 5 },
        params: { chain_id: '1743', page: 2 },
      },
      now,
    );
    expect(grant).to.deep.equal({
      token: 'abc',
      expiresAt: 1767225600_000,
      apiBase: 'https://proxy.example/spaaza',
      headers: { 'X-Spaaza-Session-User-Id': '21', 'X-Num': '5' },
      params: { chain_id: '1743', page: '2' },
    });
  });

  it('computes expiry from expires_in', () => {
    expect(parseGrant({ token: 'a', expires_in: 60 }, now).expiresAt).to.equal(now + 60_000);
  });

  it('drops params that cannot be percent-encoded (a lone surrogate, as WebKit let through)', () => {
    const body = JSON.parse('{"token":"a","params":{"":"\\ud800\\ufc00","ok":"1","\\udc00":"x"}}');
    expect(parseGrant(body, now).params).to.deep.equal({ ok: '1' });
  });

  it('drops header names and values that fetch would reject or that could split headers', () => {
    const grant = parseGrant({ token: 'a', headers: { 'bad name': 'x', ok: 'fine', evil: 'a\r\nSet-Cookie: x', obj: {} } }, now);
    expect(grant.headers).to.deep.equal({ ok: 'fine' });
  });

  for (const body of [null, [], 'token', { token: '' }, { token: 42 }, { tok: 'x' }]) {
    it(`rejects ${JSON.stringify(body)} as a token error`, () => {
      expect(() => parseGrant(body, now)).to.throw(VoucherTrayError).with.property('kind', 'token');
    });
  }
});
