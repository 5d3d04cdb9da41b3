import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/index.js';
import { registerProvider, type VoucherTray } from '../../src/entries/index.js';
import { MAX_PAGES } from '../../src/providers/voucherify/redeemables.js';
import { LAST_PAGE } from '../../src/providers/voucherify/list-vouchers.js';
import { MAX_VOUCHERS } from '../../src/model/guard.js';
import clevertapBody from '../fixtures/clevertap-fetch-voucher.json';
import redeemables from '../fixtures/voucherify-customer-redeemables.json';
import listVouchers from '../fixtures/voucherify-list-vouchers.json';
import { installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { codesIn, part, parts, quickRequests, recordPageErrors, settled } from './helpers.js';

const FUTURE_SECONDS = Math.floor(Date.now() / 1000) + 86_400;
const clevertapRecord = (clevertapBody as any).records[0];

describe('hardening: odd data', () => {
  let fake: FakeFetch;
  let restore: () => void;
  let page: ReturnType<typeof recordPageErrors>;
  beforeEach(() => {
    fake = installFakeFetch();
    restore = quickRequests({ timeoutMs: 5000 });
    page = recordPageErrors();
    fake.on('POST', '/token', () => json({ token: 'tok' }));
  });
  afterEach(() => {
    page.stop();
    fake.restore();
    restore();
    expect(page.errors).to.deep.equal([]);
  });

  const tray = (provider: string) =>
    fixture<VoucherTray>(html`<voucher-tray provider=${provider} identity="alice" token-endpoint="/token" api-base="/api" show-expired></voucher-tray>`);

  it('shows what it can of records with missing, null, wrong-typed and unparseable fields', async () => {
    const records = [
      { voucherCode: 'ALL-NULL', listName: null, listDescription: null, partner: null, listExpiry: null, campaignId: null },
      { voucherCode: 'WRONG-TYPES', listName: { a: 1 }, listDescription: [1, 2], partner: true, listExpiry: { at: 1 } },
      { voucherCode: 'BAD-EXPIRY', listExpiry: 'next tuesday' },
      { voucherCode: 'HUGE-EXPIRY', listExpiry: 1e300 },
      { voucherCode: 'NEGATIVE-EXPIRY', listExpiry: -1 },
      { voucherCode: 'ONLY-A-CODE' },
      { voucherCode: 12345 },
      { listName: 'No code at all' },
      { voucherCode: '' },
      null,
      'a string',
      [],
    ];
    fake.on('GET', '/api/1/promo/vouchers', () => json({ status: 'success', records }));
    const el = await tray('clevertap');
    await settled(el);
    expect(codesIn(el)).to.have.members(['ALL-NULL', 'WRONG-TYPES', 'BAD-EXPIRY', 'HUGE-EXPIRY', 'NEGATIVE-EXPIRY', 'ONLY-A-CODE', '12345']);
    for (const voucher of el.vouchers) {
      expect(voucher.expiresAt, voucher.code).to.equal(undefined);
      expect(voucher.title, voucher.code).to.equal(undefined);
    }
    // Nothing prints "undefined", "null", "NaN" or "[object Object]".
    expect(el.shadowRoot!.textContent).to.not.match(/undefined|null|NaN|\[object/);
  });

  it('treats a body that is not the provider’s shape as a parse error', async () => {
    for (const body of ['"just a string"', '[]', '{"status":"success","records":"nope"}', '{"status":"success"', 'NaN']) {
      fake.on('GET', '/api/1/promo/vouchers', () => new Response(body, { headers: { 'Content-Type': 'application/json' } }));
      const el = await tray('clevertap');
      await settled(el);
      expect(part(el, 'error'), body).to.exist;
    }
  });

  it('shows each duplicated Voucherify code once', async () => {
    const entry = (redeemables as any).data[0];
    const data = ['DUP', 'DUP', 'OTHER', 'DUP', 'OTHER'].map((code, i) => {
      const copy = structuredClone(entry);
      copy.id = `rh_${i}`;
      Object.assign(copy.redeemable.voucher, { id: `v_${i}`, code, expiration_date: null });
      return copy;
    });
    fake.on('GET', /\/api\/v1\/customers\/alice\/redeemables/, () => json({ object: 'list', data, has_more: false }));
    const el = await tray('voucherify');
    await settled(el);
    expect(codesIn(el)).to.have.members(['DUP', 'OTHER']);
  });

  it('keeps one entry per id whatever a registered adapter repeats', async () => {
    registerProvider('test-duplicates', {
      defaultApiBase: 'https://provider.invalid',
      fetchVouchers: async () => [
        { id: 'same', code: 'FIRST', provider: 'x', status: 'active' },
        { id: 'same', code: 'SECOND', provider: 'x', status: 'active' },
        { id: 'other', code: 'FIRST', provider: 'x', status: 'active' },
        { code: 'NO-ID', provider: 'x', status: 'active' },
        { code: 'NO-ID', provider: 'x', status: 'active' },
      ] as never,
    });
    const el = await tray('test-duplicates');
    await settled(el);
    expect(el.vouchers.map((v) => v.id)).to.have.members(['same', 'other', 'NO-ID']);
    expect(parts(el, 'voucher')).to.have.length(3);
  });

  it(`loads a 10,000-voucher response and renders the first ${MAX_VOUCHERS}`, async function () {
    this.timeout(60_000);
    const records = Array.from({ length: 10_000 }, (_, i) => ({
      ...clevertapRecord,
      voucherCode: `BULK-${i}`,
      campaignId: i,
      listExpiry: FUTURE_SECONDS + i,
    }));
    fake.on('GET', '/api/1/promo/vouchers', () => json({ status: 'success', records }));
    const el = await tray('clevertap');
    await settled(el, 50_000);
    expect(el.vouchers).to.have.length(MAX_VOUCHERS);
    const rendered = parts(el, 'voucher');
    expect(rendered).to.have.length(MAX_VOUCHERS);
    expect(rendered[0]!.querySelector('[part~="code"]')!.textContent!.trim()).to.equal('BULK-0');
    expect(rendered[MAX_VOUCHERS - 1]!.querySelector('[part~="code"]')!.textContent!.trim()).to.equal(`BULK-${MAX_VOUCHERS - 1}`);
  });

  it(`stops following a Voucherify cursor that never ends after ${MAX_PAGES} pages`, async () => {
    const entry = (redeemables as any).data[0];
    let page = 0;
    fake.on('GET', /\/api\/v1\/customers\/alice\/redeemables/, () => {
      const copy = structuredClone(entry);
      page++;
      copy.id = `rh_${page}`;
      Object.assign(copy.redeemable.voucher, { id: `v_${page}`, code: `PAGE-${page}`, expiration_date: null });
      return json({ object: 'list', data: [copy], has_more: true, more_starting_after: `cursor-${page}` });
    });
    const el = await tray('voucherify');
    await settled(el);
    expect(fake.count((r) => r.method === 'GET')).to.equal(MAX_PAGES);
    expect(el.vouchers).to.have.length(MAX_PAGES);
  });

  it(`stops paging List Vouchers that are always full at page ${LAST_PAGE}`, async function () {
    this.timeout(30_000);
    const template = (listVouchers as any).vouchers[0];
    fake.on('GET', /\/api\/v1\/vouchers\?/, (r) => {
      const page = Number(r.url.searchParams.get('page'));
      const vouchers = Array.from({ length: 100 }, (_, i) => ({ ...template, id: `v_${page}_${i}`, code: `P${page}-${i}`, expiration_date: null }));
      return json({ object: 'list', vouchers, total: 1e9 });
    });
    const el = await tray('voucherify-vouchers');
    await settled(el, 25_000);
    const pages = fake.requests.filter((r) => r.method === 'GET').map((r) => Number(r.url.searchParams.get('page')));
    expect(pages).to.deep.equal(Array.from({ length: LAST_PAGE }, (_, i) => i + 1));
    expect(el.vouchers).to.have.length(Math.min(LAST_PAGE * 100, MAX_VOUCHERS));
  });
});
