// Bounded work, whatever the server sends: entries and texts are capped, a whole load has one
// deadline, Get Voucher calls are few at a time with one retry budget, a bad code is skipped.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/entries/index.js';
import type { VoucherTray } from '../../src/entries/index.js';
import { pendingWakeCount } from '../../src/format/clock.js';
import { MAX_TEXT, MAX_VOUCHERS } from '../../src/model/guard.js';
import { installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { DEFAULT_REQUEST_SETTINGS } from '../../src/providers/net/request.js';
import { GET_VOUCHER_IN_FLIGHT } from '../../src/providers/voucherify/get-voucher.js';
import { codesIn, pause, quickRequests, recordPageErrors, seededRandom, settled } from './helpers.js';

const DAY_S = 86_400;
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('hardening: bounded work', () => {
  let fake: FakeFetch;
  let restore: () => void;
  let page: ReturnType<typeof recordPageErrors>;
  beforeEach(() => {
    fake = installFakeFetch();
    restore = quickRequests({ timeoutMs: 5000 });
    page = recordPageErrors();
    fake.on('POST', '/token', () => json({ token: 'tok', expires_in: 600 }));
  });
  afterEach(() => {
    page.stop();
    fake.restore();
    restore();
    expect(page.errors).to.deep.equal([]);
  });

  it('keeps at most MAX_VOUCHERS entries, usable ones first, and caps every text', async function () {
    this.timeout(60_000);
    const records = [
      // Expired ones first in the answer: they give way to the usable ones.
      ...Array.from({ length: 1000 }, (_, i) => ({ voucherCode: `OLD-${i}`, campaignId: `o${i}`, listExpiry: nowSeconds() - DAY_S })),
      { voucherCode: 'X'.repeat(MAX_TEXT.code + 1), campaignId: 'long-code' },
      { voucherCode: 'LONG-TEXT', campaignId: 'long', listName: '😀'.repeat(1000), listDescription: 'd'.repeat(1_000_000), listExpiry: nowSeconds() + DAY_S },
      ...Array.from({ length: 130_000 }, (_, i) => ({ voucherCode: `NEW-${i}`, campaignId: `n${i}`, listExpiry: nowSeconds() + 2 * DAY_S + i })),
    ];
    fake.on('GET', '/api/1/promo/vouchers', () => json({ status: 'success', records }));
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
    const { detail } = await oneEvent(el, 'voucher-tray-load');
    await settled(el);
    expect(detail.vouchers).to.have.length(MAX_VOUCHERS);
    expect(codesIn(el)).to.have.length(MAX_VOUCHERS);
    expect(el.vouchers.every((v) => !v.code.startsWith('OLD-') && v.code.length <= MAX_TEXT.code)).to.equal(true);
    const long = el.vouchers.find((v) => v.code === 'LONG-TEXT')!;
    expect(long.description!.length).to.be.at.most(MAX_TEXT.description);
    expect(long.title!.length).to.be.at.most(MAX_TEXT.name);
    expect(long.title!.endsWith('😀…'), 'cut between characters, never inside one').to.equal(true);
    expect(pendingWakeCount(), 'the expiry timer is armed').to.be.greaterThan(0);
  });

  it('gives a whole load one deadline: many slow pages end in the timeout state', async () => {
    restore();
    // Each page answers well within its own attempt's deadline; together they take far longer.
    restore = quickRequests({ timeoutMs: 5000, loadTimeoutMs: 300 });
    const full = Array.from({ length: 100 }, (_, i) => ({ code: `P-${i}`, active: true }));
    let pages = 0;
    fake.on('GET', '/api/v1/vouchers', async () => {
      await pause(40);
      const page = ++pages;
      return json({ object: 'list', vouchers: full.map((v) => ({ ...v, code: `${v.code}-${page}` })) });
    });
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="voucherify-vouchers" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
    const event = await firstOf(el, ['voucher-tray-load', 'voucher-tray-error']);
    expect(event.type).to.equal('voucher-tray-error');
    expect(event.detail.kind).to.equal('timeout');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
  });

  it('skips a code that cannot be a path segment and shows the others', async () => {
    fake.on('GET', /^\/api\/v1\/vouchers\/[^/]+$/, (r) => json({ code: decodeURIComponent(r.url.pathname.split('/').pop()!), active: true }));
    const el = await fixture<VoucherTray>(html`<voucher-tray codes="GOOD,..,.,BAD\uD800,ALSO-GOOD" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
    await settled(el);
    expect(codesIn(el)).to.have.members(['GOOD', 'ALSO-GOOD']);
    expect(fake.requests.filter((r) => r.method === 'GET').map((r) => r.url.pathname)).to.have.members(['/api/v1/vouchers/GOOD', '/api/v1/vouchers/ALSO-GOOD']);
  });

  it('still reports config when every code is bad, rather than listing everything', async () => {
    const el = await fixture<VoucherTray>(html`<voucher-tray codes="..,." identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
    expect((await oneEvent(el, 'voucher-tray-error')).detail.kind).to.equal('config');
    expect(fake.count((r) => r.method === 'GET')).to.equal(0);
  });

  describe('Get Voucher against a server that says "too many requests"', () => {
    const codes = Array.from({ length: 50 }, (_, i) => `C${i}`).join(',');
    let inFlight = 0;
    let mostInFlight = 0;
    const counted = async (answer: () => Promise<Response>) => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      try {
        return await answer();
      } finally {
        inFlight--;
      }
    };
    beforeEach(() => (inFlight = mostInFlight = 0));

    it('keeps a few requests in flight and one retry budget for the whole load', async () => {
      fake.on('GET', /^\/api\/v1\/vouchers\//, () => counted(async () => json({ message: 'slow down' }, 429, { 'Retry-After': '0' })));
      const el = await fixture<VoucherTray>(html`<voucher-tray codes=${codes} identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      const { detail } = await oneEvent(el, 'voucher-tray-error');
      expect(detail).to.include({ kind: 'http', status: 429 });
      expect(mostInFlight, 'in flight at once').to.be.at.most(GET_VOUCHER_IN_FLIGHT);
      expect(fake.count((r) => r.method === 'GET'), 'requests in all').to.be.at.most(GET_VOUCHER_IN_FLIGHT + DEFAULT_REQUEST_SETTINGS.maxRetriesPerLoad);
    });

    it('a 429 to one request pauses every request of the load', async () => {
      restore();
      restore = quickRequests({ timeoutMs: 5000, retryDelayMs: 250 });
      const { random } = seededRandom();
      let refusedAt: number | undefined;
      const starts: [code: string, at: number][] = [];
      fake.on('GET', /^\/api\/v1\/vouchers\//, (r) =>
        counted(async () => {
          const code = r.url.pathname.split('/').pop()!;
          starts.push([code, performance.now()]);
          if (code === 'C0' && refusedAt === undefined) {
            refusedAt = performance.now();
            return json({ message: 'slow down' }, 429);
          }
          // Slow enough that no slot frees before the tray has read the 429.
          await pause(60 + random() * 20);
          return json({ code, active: true });
        }),
      );
      const el = await fixture<VoucherTray>(html`<voucher-tray codes="C0,C1,C2,C3,C4,C5,C6,C7" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      await settled(el);
      expect(codesIn(el)).to.have.length(8);
      expect(starts.slice(0, GET_VOUCHER_IN_FLIGHT).map(([code]) => code)).to.deep.equal(['C0', 'C1', 'C2', 'C3']);
      // Every request after the first few waited out the pause C0's 429 imposed (250 ms).
      const later = starts.slice(GET_VOUCHER_IN_FLIGHT);
      expect(later).to.have.length(5);
      for (const [code, at] of later) expect(at - refusedAt!, code).to.be.at.least(240);
    });
  });
});

/** The first of `types` the tray fires. */
function firstOf(el: Element, types: string[]): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      for (const type of types) el.removeEventListener(type, listener);
      resolve(event as CustomEvent);
    };
    for (const type of types) el.addEventListener(type, listener);
  });
}
