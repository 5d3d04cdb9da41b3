// End to end, as an embedder runs it: the element (attributes only) against the mock backend
// of demo/mock-backend.js, which mints tokens and answers with the seed documents' JSON for
// all five provider endpoints. No fetch is stubbed here.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/entries/index.js';
import type { VoucherTray } from '../../src/entries/index.js';
import { clearVoucherTrayCache } from '../../src/entries/index.js';
import { codesIn, settled } from '../helpers/tray.js';

interface LogEntry {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  provider: string | null;
  identity: string | null;
  authorized: boolean;
}

async function mockLog(): Promise<LogEntry[]> {
  return (await fetch('/mock/_log')).json();
}


async function mount(attributes: string): Promise<VoucherTray> {
  const el = await fixture<VoucherTray>(staticHtml`<voucher-tray token-endpoint="/mock/token" ${unsafeStatic(attributes)}></voucher-tray>`);
  await settled(el);
  return el;
}

function expectUsableSoonestFirst(el: VoucherTray): void {
  const now = Date.now();
  expect(el.vouchers.length).to.be.greaterThan(0);
  expect(codesIn(el)).to.deep.equal(el.vouchers.map((v) => v.code));
  for (const v of el.vouchers) {
    // Shown and usable, or shown muted as not active yet (Voucherify NOT_ACTIVE_YET).
    expect(['active', 'scheduled'], v.code).to.include(v.status);
    if (v.expiresAt !== undefined) expect(v.expiresAt, v.code).to.be.greaterThan(now);
  }
  const expiries = el.vouchers.map((v) => v.expiresAt ?? Infinity);
  expect(expiries).to.deep.equal([...expiries].sort((a, b) => a - b));
}

describe('end to end against the mock backend', () => {
  beforeEach(async () => {
    clearVoucherTrayCache();
    await fetch('/mock/_log', { method: 'DELETE' });
  });

  it('CleverTap Fetch Voucher', async () => {
    const el = await mount('provider="clevertap" identity="+919538784114"');
    expectUsableSoonestFirst(el);
    const log = await mockLog();
    expect(log.map((e) => `${e.method} ${e.path}`)).to.deep.equal(['POST /mock/token', 'GET /mock/clevertap/1/promo/vouchers']);
    expect(log[1]!.query).to.deep.equal({ identity: '+919538784114' });
    expect(log[1]!.authorized).to.equal(true);
    // The hidden ones are really there: show-expired brings expired entries back.
    el.showExpired = true;
    await el.updateComplete;
    expect(el.vouchers.some((v) => v.expiresAt! <= Date.now())).to.equal(true);
  });

  it('Voucherify List Customer Redeemables, following the cursor', async () => {
    const el = await mount('provider="voucherify" identity="cust_p1ufreYbVbwZ1x70nFkH9rF9"');
    expectUsableSoonestFirst(el);
    const pages = (await mockLog()).filter((e) => e.path.endsWith('/redeemables'));
    expect(pages.length).to.be.greaterThan(1);
    expect(pages[0]!.path).to.equal('/mock/voucherify/v1/customers/cust_p1ufreYbVbwZ1x70nFkH9rF9/redeemables');
    expect(pages[0]!.query).to.deep.equal({ limit: '100' });
    expect(pages[1]!.query.starting_after_id).to.be.a('string');
    expect(pages.every((p) => p.authorized)).to.equal(true);
  });

  it('Voucherify List Vouchers, page by page while pages come back full', async () => {
    const el = await mount('provider="voucherify-vouchers" identity="many"');
    const pages = (await mockLog()).filter((e) => e.path === '/mock/voucherify/v1/vouchers');
    expect(pages.map((p) => p.query)).to.deep.equal([
      { customer: 'many', limit: '100', page: '1' },
      { customer: 'many', limit: '100', page: '2' },
      { customer: 'many', limit: '100', page: '3' },
    ]);
    expect(el.vouchers.length).to.be.greaterThan(200);
    expectUsableSoonestFirst(el);
  });

  it('Voucherify Get Voucher for each of the given codes', async () => {
    const identity = 'cust_p1ufreYbVbwZ1x70nFkH9rF9';
    const { codes } = (await (await fetch(`/mock/_codes?identity=${identity}`)).json()) as { codes: string[] };
    const asked = [...codes.slice(0, 3), 'NOPE-123'];
    const el = await mount(`provider="voucherify" identity="${identity}" codes="${asked.join(', ')}" show-expired`);
    const gets = (await mockLog()).filter((e) => e.path.startsWith('/mock/voucherify/v1/vouchers/'));
    expect(gets.map((e) => decodeURIComponent(e.path.split('/').pop()!))).to.have.members(asked);
    // The unknown code (404) is skipped; the known ones are shown.
    expect(codesIn(el)).to.have.members(codes.slice(0, 3));
  });

  it('Spaaza get-user-vouchers, with its zone-less UTC expiry', async () => {
    const el = await mount('provider="spaaza" identity="21"');
    expectUsableSoonestFirst(el);
    const log = await mockLog();
    expect(log[1]!.path).to.equal('/mock/spaaza/get-user-vouchers');
    expect(log[1]!.query).to.deep.equal({ user_id: '21' });
  });

  it('renews a revoked token once and carries on', async () => {
    const el = await mount('provider="spaaza" identity="21"');
    await fetch('/mock/_tokens', { method: 'DELETE' });
    await fetch('/mock/_log', { method: 'DELETE' });
    await el.refresh();
    await settled(el);
    expect((await mockLog()).map((e) => `${e.method} ${e.path} ${e.authorized}`)).to.deep.equal([
      'GET /mock/spaaza/get-user-vouchers false',
      'POST /mock/token false',
      'GET /mock/spaaza/get-user-vouchers true',
    ]);
    expectUsableSoonestFirst(el);
  });

  for (const [provider, status] of [
    ['clevertap', 500],
    ['voucherify', 500],
    ['spaaza', 500],
  ] as const) {
    it(`shows the error state when ${provider} fails`, async () => {
      const errors: CustomEvent[] = [];
      const el = await fixture<VoucherTray>(html`<voucher-tray
        @voucher-tray-error=${(e: CustomEvent) => errors.push(e)}
        provider=${provider}
        identity="error"
        token-endpoint="/mock/token"
      ></voucher-tray>`);
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part="retry-button"]')).to.exist;
      expect(errors.map((e) => e.detail.status)).to.deep.equal([status]);
      expect(errors[0]!.detail.kind).to.equal('http');
    });
  }

  it('reports the token endpoint being down as kind "token"', async () => {
    const errors: CustomEvent[] = [];
    const el = await fixture<VoucherTray>(html`<voucher-tray
      @voucher-tray-error=${(e: CustomEvent) => errors.push(e)}
      provider="clevertap"
      identity="token-down"
      token-endpoint="/mock/token"
    ></voucher-tray>`);
    await settled(el);
    expect(errors.map((e) => [e.detail.kind, e.detail.status])).to.deep.equal([['token', 503]]);
  });
});
