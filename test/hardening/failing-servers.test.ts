import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/entries/index.js';
import type { VoucherTray, VoucherTrayErrorDetail } from '../../src/entries/index.js';
import clevertapBody from '../fixtures/clevertap-fetch-voucher.json';
import { installFakeFetch, json, type FakeFetch, type RecordedRequest } from '../helpers/fake-fetch.js';
import { codesIn, neverAnswers, part, pause, quickRequests, recordPageErrors, settled, stalledResponse } from './helpers.js';

type Answer = (request: RecordedRequest) => Response | Promise<Response>;
interface Failure {
  name: string;
  answer: Answer;
  /** What the error event says when the token endpoint fails this way, and when the provider does. */
  token: Omit<VoucherTrayErrorDetail, 'message'>;
  provider: Omit<VoucherTrayErrorDetail, 'message'>;
}

const statusFailure = (status: number, headers: Record<string, string> = {}): Failure => ({
  name: `HTTP ${status}`,
  answer: () => json({ error: 'nope', message: 'nope' }, status, headers),
  token: { kind: 'token', status },
  provider: { kind: 'http', status },
});

const FAILURES: Failure[] = [
  ...[400, 401, 403, 404, 500].map((status) => statusFailure(status)),
  statusFailure(429, { 'Retry-After': '0' }),
  statusFailure(503, { 'Retry-After': new Date(Date.now() - 1000).toUTCString() }),
  {
    name: 'an HTML login page instead of JSON',
    answer: () => new Response('<!doctype html><form action="/login">Sign in</form>', { headers: { 'Content-Type': 'text/html' } }),
    token: { kind: 'token' },
    provider: { kind: 'parse' },
  },
  {
    name: 'an empty body',
    answer: () => new Response(null, { status: 204 }),
    token: { kind: 'token' },
    provider: { kind: 'parse' },
  },
  {
    name: 'JSON of the wrong shape',
    answer: () => json({ tokens: ['x'], status: 'success', records: { nope: true } }),
    token: { kind: 'token' },
    provider: { kind: 'parse' },
  },
  {
    name: 'a reset connection',
    answer: () => Promise.reject(new TypeError('Failed to fetch')),
    token: { kind: 'token' },
    provider: { kind: 'network' },
  },
  {
    name: 'a body cut short',
    answer: () => stalledResponse('{"token": "abc', new TypeError('network error')),
    token: { kind: 'token' },
    provider: { kind: 'network' },
  },
  {
    name: 'an answer that never comes',
    answer: (request) => neverAnswers(request.signal),
    token: { kind: 'timeout' },
    provider: { kind: 'timeout' },
  },
  {
    name: 'a body that starts and never ends',
    answer: () => stalledResponse('{"token": "abc'),
    token: { kind: 'timeout' },
    provider: { kind: 'timeout' },
  },
];

const tokenFor = (request: RecordedRequest) => `tok-${JSON.parse(request.body!).identity}`;
const identityOf = (request: RecordedRequest) =>
  request.method === 'POST' ? JSON.parse(request.body!).identity : request.url.searchParams.get('identity');

describe('hardening: failing servers', () => {
  let fake: FakeFetch;
  let restore: () => void;
  let page: ReturnType<typeof recordPageErrors>;

  beforeEach(() => {
    fake = installFakeFetch();
    // A second per attempt: short enough for the hanging servers, long enough that Alice's
    // good answers never time out on a loaded machine (at 150 ms, Firefox once timed out).
    restore = quickRequests({ timeoutMs: 1000 });
    page = recordPageErrors();
  });
  afterEach(() => {
    page.stop();
    fake.restore();
    restore();
  });

  /** Alice loads fine; then Bob, whose requests to `target` fail as `failure` says. */
  async function switchToFailingShopper(target: 'token' | 'provider', failure: Failure) {
    fake.on('POST', '/token', (r) =>
      target === 'token' && identityOf(r) === 'bob' ? failure.answer(r) : json({ token: tokenFor(r), expires_in: 600 }),
    );
    fake.on('GET', '/ct/1/promo/vouchers', (r) =>
      target === 'provider' && identityOf(r) === 'bob' ? failure.answer(r) : json(alicesVouchers()),
    );
    const errors: VoucherTrayErrorDetail[] = [];
    const el = await fixture<VoucherTray>(html`<voucher-tray
      @voucher-tray-error=${(e: CustomEvent<VoucherTrayErrorDetail>) => errors.push(e.detail)}
      provider="clevertap"
      identity="alice"
      token-endpoint="/token"
      api-base="/ct"
    ></voucher-tray>`);
    await settled(el);
    expect(codesIn(el)).to.deep.equal(['ALICE-CODE']);

    // From the switch on, Alice's voucher must never be on screen again, not even for a frame.
    const leaks: string[] = [];
    const watch = new MutationObserver(() => {
      if (el.shadowRoot!.textContent!.includes('ALICE-CODE')) leaks.push(el.shadowRoot!.textContent!);
    });
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    el.identity = 'bob';
    await oneEvent(el, 'voucher-tray-error');
    await pause(300); // room for a second event, which must not come
    watch.disconnect();
    return { el, errors, leaks };
  }

  for (const target of ['token', 'provider'] as const) {
    describe(`the ${target === 'token' ? 'token endpoint' : 'provider'} answering with`, () => {
      for (const failure of FAILURES) {
        it(`${failure.name}: the error state, one event, nothing thrown, no earlier shopper`, async () => {
          const { el, errors, leaks } = await switchToFailingShopper(target, failure);
          const expected = target === 'token' ? failure.token : failure.provider;
          expect(errors).to.have.length(1);
          expect(errors[0]).to.deep.equal({ ...expected, message: errors[0]!.message });
          expect(errors[0]!.message).to.be.a('string').and.not.equal('');
          expect(part(el, 'error'), 'error part').to.exist;
          expect(part(el, 'retry-button'), 'retry button').to.exist;
          expect(leaks, 'the earlier shopper’s voucher stayed on screen').to.deep.equal([]);
          expect(el.vouchers).to.deep.equal([]);
          expect(page.errors).to.deep.equal([]);

          // The retry button tries again (and fails the same way, once).
          const before = fake.requests.length;
          part(el, 'retry-button')!.click();
          const again = await oneEvent(el, 'voucher-tray-error');
          expect(again.detail.kind).to.equal(expected.kind);
          expect(fake.requests.length).to.be.greaterThan(before);
          expect(page.errors).to.deep.equal([]);
        });
      }
    });
  }

  it('renews the token once after a provider 401, never in a loop', async () => {
    const { errors } = await switchToFailingShopper('provider', statusFailure(401));
    const bobs = fake.requests.filter((r) => identityOf(r) === 'bob');
    expect(bobs.map((r) => r.method)).to.deep.equal(['POST', 'GET', 'POST', 'GET']);
    expect(errors).to.have.length(1);
  });

  it('sends at most three requests for a 429 or 503 that does not go away', async () => {
    for (const status of [429, 503]) {
      fake.requests.length = 0;
      const { errors } = await switchToFailingShopper('provider', statusFailure(status, { 'Retry-After': '0' }));
      expect(fake.count((r) => r.method === 'GET' && identityOf(r) === 'bob')).to.equal(3);
      expect(errors.map((e) => e.status)).to.deep.equal([status]);
    }
  });
});

function alicesVouchers() {
  const body = structuredClone(clevertapBody) as { records: Record<string, unknown>[] };
  body.records = [{ ...body.records[0], voucherCode: 'ALICE-CODE', listExpiry: Math.floor(Date.now() / 1000) + 86_400 }];
  return body;
}
