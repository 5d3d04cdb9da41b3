import { expect, waitUntil } from '@open-wc/testing';
import { VoucherTrayError } from '../../src/providers/errors.js';
import {
  DEFAULT_REQUEST_SETTINGS,
  REQUEST_TIMEOUT_MS,
  parseRetryAfter,
  retryPause,
  sendRequest,
} from '../../src/providers/net/request.js';
import { TokenClient } from '../../src/providers/net/token-client.js';
import { installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { neverAnswers, pause, quickRequests, stalledResponse } from './helpers.js';

const URL_ = 'https://provider.test/data';
const send = (signal = new AbortController().signal) => sendRequest(URL_, {}, signal);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('should have failed'),
    (error: unknown) => error,
  );

describe('hardening: requests', () => {
  let fake: FakeFetch;
  let restore: () => void;
  beforeEach(() => {
    fake = installFakeFetch();
    restore = quickRequests();
  });
  afterEach(() => {
    fake.restore();
    restore();
  });

  it('defaults to a bounded timeout, two retries and a 10 s cap on Retry-After', () => {
    expect(DEFAULT_REQUEST_SETTINGS).to.include({ timeoutMs: REQUEST_TIMEOUT_MS, maxRetries: 2, maxRetryAfterMs: 10_000 });
    expect(REQUEST_TIMEOUT_MS).to.equal(15_000);
  });

  describe('timeouts', () => {
    it('turns a server that never answers into a timeout error, and aborts its request', async () => {
      fake.on('GET', '/data', (r) => neverAnswers(r.signal));
      const error = await failure(send());
      expect(error).to.be.instanceOf(VoucherTrayError).with.property('kind', 'timeout');
      expect(fake.requests[0]!.signal!.aborted).to.equal(true);
    });

    it('times out a body that starts and then stalls', async () => {
      fake.on('GET', '/data', () => stalledResponse('{"records": ['));
      const error = await failure(send());
      expect(error).to.be.instanceOf(VoucherTrayError).with.property('kind', 'timeout');
    });
  });

  describe('broken connections', () => {
    it('reports a reset connection as a network error', async () => {
      fake.on('GET', '/data', () => Promise.reject(new TypeError('Failed to fetch')));
      const error = await failure(send());
      expect(error).to.be.instanceOf(VoucherTrayError).with.property('kind', 'network');
    });

    it('reports a body cut short as a network error', async () => {
      fake.on('GET', '/data', () => stalledResponse('{"rec', new TypeError('network error')));
      const error = await failure(send());
      expect(error).to.be.instanceOf(VoucherTrayError).with.property('kind', 'network');
    });

    it('rethrows the caller’s own abort untouched', async () => {
      fake.on('GET', '/data', (r) => neverAnswers(r.signal));
      const controller = new AbortController();
      const result = failure(send(controller.signal));
      await pause(10);
      controller.abort();
      expect((await result as DOMException).name).to.equal('AbortError');
    });
  });

  describe('429 and 503', () => {
    for (const status of [429, 503]) {
      it(`retries ${status} twice at most, then hands the answer on`, async () => {
        fake.on('GET', '/data', () => json({}, status, { 'Retry-After': '0' }));
        const answer = await send();
        expect(answer.status).to.equal(status);
        expect(fake.count()).to.equal(3);
      });

      it(`succeeds when a ${status} is followed by a 200`, async () => {
        let calls = 0;
        fake.on('GET', '/data', () => (++calls === 1 ? json({}, status) : json({ ok: true })));
        const answer = await send();
        expect(answer.status).to.equal(200);
        expect(JSON.parse(answer.text)).to.deep.equal({ ok: true });
        expect(fake.count()).to.equal(2);
      });
    }

    it('does not retry other failures', async () => {
      for (const status of [400, 401, 403, 404, 500, 502]) {
        fake.requests.length = 0;
        fake.on('GET', '/data', () => json({}, status, { 'Retry-After': '0' }));
        expect((await send()).status).to.equal(status);
        expect(fake.count(), String(status)).to.equal(1);
      }
    });

    it('gives up at once when Retry-After asks for longer than the cap', async () => {
      fake.on('GET', '/data', () => json({}, 429, { 'Retry-After': '3600' }));
      expect((await send()).status).to.equal(429);
      expect(fake.count()).to.equal(1);
    });

    it('waits for Retry-After before retrying, and an abort ends the wait at once', async function () {
      this.timeout(4000);
      // 10 s is the longest pause honoured: if the abort did not end it, this test would time out.
      fake.on('GET', '/data', () => json({}, 503, { 'Retry-After': '10' }));
      const controller = new AbortController();
      const result = failure(send(controller.signal));
      await waitUntil(() => fake.count() === 1, 'the first attempt was never made');
      await pause(100); // a retry must not come now: 10 s is asked for
      expect(fake.count(), 'no retry before the pause is over').to.equal(1);
      controller.abort();
      expect((await result as DOMException).name).to.equal('AbortError');
      expect(fake.count()).to.equal(1);
    });

    it('retries the token endpoint too', async () => {
      let calls = 0;
      fake.on('POST', '/token', () => (++calls < 3 ? json({}, 503, { 'Retry-After': '0' }) : json({ token: 'late' })));
      const grant = await new TokenClient().get({
        endpoint: 'https://shop.test/token',
        provider: 'clevertap',
        identity: 'alice',
        signal: new AbortController().signal,
      });
      expect(grant.token).to.equal('late');
      expect(fake.count()).to.equal(3);
    });
  });

  describe('Retry-After', () => {
    const now = Date.UTC(2026, 10, 22, 12);

    it('reads seconds and HTTP dates, never negative', () => {
      expect(parseRetryAfter('3', now)).to.equal(3000);
      expect(parseRetryAfter(' 0 ', now)).to.equal(0);
      expect(parseRetryAfter(new Date(now + 4000).toUTCString(), now)).to.equal(4000);
      expect(parseRetryAfter(new Date(now - 60_000).toUTCString(), now)).to.equal(0);
    });

    it('ignores what it cannot read', () => {
      for (const value of [null, '', '-1', '1.5', 'soon', '2026-11-22T12:00:00Z', 'Sun, 99 Nov 2026 12:00:00 GMT']) {
        expect(parseRetryAfter(value, now), String(value)).to.equal(undefined);
      }
    });

    it('pauses as asked, doubles a default pause, and refuses pauses beyond the cap', () => {
      const restoreDefaults = quickRequests({ retryDelayMs: 500, maxRetryAfterMs: 10_000 });
      try {
        expect(retryPause('2', 0, now)).to.equal(2000);
        expect(retryPause(null, 0, now)).to.equal(500);
        expect(retryPause(null, 1, now)).to.equal(1000);
        expect(retryPause('10', 0, now)).to.equal(10_000);
        expect(retryPause('11', 0, now)).to.equal(undefined);
        expect(retryPause(new Date(now + 60_000).toUTCString(), 0, now)).to.equal(undefined);
      } finally {
        restoreDefaults();
      }
    });
  });
});
