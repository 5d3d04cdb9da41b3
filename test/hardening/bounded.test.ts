// Bounded work, whatever the server sends: entries and texts are capped, a whole load has one
// deadline, Get Voucher calls are few at a time with one retry budget, a bad code is skipped.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/entries/index.js';
import type { VoucherTray } from '../../src/entries/index.js';
import { pendingWakeCount } from '../../src/format/clock.js';
import { MAX_TEXT, MAX_VOUCHERS } from '../../src/model/guard.js';
import { installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { codesIn, quickRequests, recordPageErrors, settled } from './helpers.js';

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
});
