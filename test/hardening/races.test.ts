import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/entries/index.js';
import { registerProvider, type Voucher, type VoucherTray } from '../../src/entries/index.js';
import type { ProviderRequest } from '../../src/providers/types.js';
import { loadRuntime } from '../../src/runtime/loader.js';
import { grantAnswer, installFakeFetch, json, type FakeFetch, type RecordedRequest } from '../helpers/fake-fetch.js';
import { codesIn, pause, quickRequests, recordPageErrors, seededRandom, settled } from './helpers.js';

// Random delays make requests finish out of order; the seed is printed when a test fails.
const { seed, random } = seededRandom();

/** A provider that names each voucher after the shopper and the provider it was asked for. */
for (const name of ['race-one', 'race-two']) {
  registerProvider(name, {
    defaultApiBase: `https://${name}.invalid`,
    async fetchVouchers(request: ProviderRequest) {
      const body = (await request.getJson('/vouchers', { who: request.identity })) as { who: string };
      return [{ id: body.who, code: `${name}:${body.who}`, provider: name, status: 'active' }] as Voucher[];
    },
  });
}

let minted = 0;
const tokenOwner = new Map<string, string>();
/** Requests the fake server has answered (the rest are pending, or were aborted). */
const answered = new Set<RecordedRequest>();
const ownerOf = (request: RecordedRequest) => tokenOwner.get(request.headers.get('authorization')!.replace('Bearer ', ''));

describe('hardening: races', () => {
  // The first logged-in load imports the runtime; with it already here, the rapid changes below
  // land while requests are on the wire, which is the race these tests are about.
  before(() => loadRuntime());
  let fake: FakeFetch;
  let restore: () => void;
  let page: ReturnType<typeof recordPageErrors>;
  beforeEach(() => {
    fake = installFakeFetch();
    restore = quickRequests({ timeoutMs: 5000 });
    page = recordPageErrors();
    // Every token and every answer takes a random while, so requests finish out of order.
    fake.on('POST', '/token', async (r) => {
      const { identity } = JSON.parse(r.body!);
      const token = `t${++minted}`;
      tokenOwner.set(token, identity);
      await pause(random() * 30);
      answered.add(r);
      return grantAnswer(r, { token, expires_in: 600 }, `https://${JSON.parse(r.body!).provider}.invalid`);
    });
    fake.on('GET', '/vouchers', async (r) => {
      await pause(random() * 30);
      answered.add(r);
      return json({ who: r.url.searchParams.get('who') });
    });
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(`races: replay with random seed ${seed}`);
    page.stop();
    fake.restore();
    restore();
    expect(page.errors).to.deep.equal([]);
  });

  /** What every race must end with: the last shopper only, and no token ever sent for another. */
  async function expectOnly(el: VoucherTray, provider: string, identity: string) {
    await waitUntil(() => codesIn(el).join() === `${provider}:${identity}`, `never showed only ${identity}`, { timeout: 10000 });
    await pause(80); // any straggler would land by now
    expect(codesIn(el)).to.deep.equal([`${provider}:${identity}`]);
    expect(el.vouchers.map((v) => v.code)).to.deep.equal([`${provider}:${identity}`]);
    for (const call of fake.requests.filter((r) => r.method === 'GET')) {
      expect(ownerOf(call), `token sent for ${call.url.searchParams.get('who')}`).to.equal(call.url.searchParams.get('who'));
    }
  }

  /** Applies a change; every request still pending when it lands must be aborted by it. */
  async function supersede(el: VoucherTray, change: () => void) {
    const pending = fake.requests.filter((r) => !answered.has(r) && !r.signal!.aborted);
    change();
    await el.updateComplete;
    await pause(0);
    for (const request of pending) {
      expect(request.signal!.aborted || answered.has(request), `${request.method} ${request.url} left running`).to.equal(true);
    }
    return pending.length;
  }

  it('identity A→B→A→B… in one go: only the last shopper, every superseded request aborted', async () => {
    const loads: string[][] = [];
    const el = await fixture<VoucherTray>(html`<voucher-tray
      @voucher-tray-load=${(e: CustomEvent) => loads.push(e.detail.vouchers.map((v: Voucher) => v.code))}
      provider="race-one"
      token-endpoint="/token"
    ></voucher-tray>`);
    let superseded = 0;
    for (const identity of ['alice', 'bob', 'alice', 'bob', 'carol', 'alice', 'bob']) {
      superseded += await supersede(el, () => (el.identity = identity));
    }
    await expectOnly(el, 'race-one', 'bob');
    expect(loads).to.deep.equal([['race-one:bob']]);
    expect(superseded, 'the changes did catch requests in flight').to.be.greaterThan(0);
  });

  it('identity changes while each load is at a different step: still only the last shopper', async function () {
    this.timeout(30_000); // room for expectOnly's 10 s wait on a loaded machine
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="race-one" token-endpoint="/token"></voucher-tray>`);
    for (let round = 0; round < 12; round++) {
      await supersede(el, () => (el.identity = ['alice', 'bob', 'carol'][round % 3]));
      await pause(random() * 40);
    }
    await supersede(el, () => (el.identity = 'dave'));
    await expectOnly(el, 'race-one', 'dave');
  });

  it('provider switched mid-load: the old provider’s request is aborted and never shown', async () => {
    // race-one's answer is held until the request is aborted.
    fake.on('GET', '/vouchers', (r) =>
      r.url.hostname === 'race-one.invalid' ? new Promise<Response>(() => undefined) : json({ who: r.url.searchParams.get('who') }),
    );
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="race-one" identity="alice" token-endpoint="/token"></voucher-tray>`);
    await waitUntil(() => fake.count((r) => r.method === 'GET') === 1, 'no first request', { timeout: 2000 });
    const first = fake.requests.find((r) => r.method === 'GET')!;
    await supersede(el, () => (el.provider = 'race-two'));
    await expectOnly(el, 'race-two', 'alice');
    expect(first.signal!.aborted).to.equal(true);
  });

  it('element removed mid-load: token and provider requests are aborted, nothing is announced', async () => {
    fake.on('POST', '/token', (r) => new Promise<Response>((_, reject) => r.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))));
    const events: string[] = [];
    const el = await fixture<VoucherTray>(html`<voucher-tray
      @voucher-tray-load=${() => events.push('load')}
      @voucher-tray-error=${() => events.push('error')}
      provider="race-one"
      identity="erin"
      token-endpoint="/token"
    ></voucher-tray>`);
    await waitUntil(() => fake.count() === 1, 'no token request', { timeout: 2000 });
    el.remove();
    await pause(30);
    expect(fake.requests[0]!.signal!.aborted).to.equal(true);
    expect(events).to.deep.equal([]);
  });

  it('a failed load aborts its own requests still running (parallel Get Voucher calls)', async () => {
    fake.on('GET', /\/api\/v1\/vouchers\//, (r) =>
      r.url.pathname.endsWith('/BROKEN') ? json({ message: 'boom' }, 500) : new Promise<Response>(() => undefined),
    );
    const el = await fixture<VoucherTray>(html`<voucher-tray codes="SLOW1,BROKEN,SLOW2" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
    await oneEvent(el, 'voucher-tray-error');
    const slow = fake.requests.filter((r) => /SLOW/.test(r.url.pathname));
    expect(slow).to.have.length(2);
    for (const request of slow) expect(request.signal!.aborted, request.url.pathname).to.equal(true);
  });

  it('many trays and many rapid changes: each ends with its own last shopper only', async function () {
    this.timeout(60_000); // six trays, each allowed expectOnly's 10 s wait on a loaded machine
    const root = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 6 }, () => html`<voucher-tray provider="race-one" token-endpoint="/token"></voucher-tray>`)}
    </div>`);
    const trays = [...root.querySelectorAll('voucher-tray')];
    const people = ['alice', 'bob', 'carol', 'dave'];
    for (let round = 0; round < 40; round++) {
      const tray = trays[round % trays.length]!;
      tray.identity = people[Math.floor(random() * people.length)];
      tray.provider = round % 5 === 0 ? 'race-two' : 'race-one';
      if (round % 7 === 0) await pause(random() * 20);
    }
    for (const tray of trays) {
      await expectOnly(tray, tray.provider, tray.identity!);
      await settled(tray);
    }
  });
});
