// Every voucher as the provider means it, in the tray: Voucherify's own examples, its
// statuses and referral codes, a validity window opening while the tray is on screen, and
// Spaaza's partly redeemed, locked and unclaimed vouchers.
import { expect, html, waitUntil } from '@open-wc/testing';
import redeemablesExample from '../fixtures/voucherify-openapi/customer-redeemables-example.json';
import getVoucherExamples from '../fixtures/voucherify-openapi/get-voucher-examples.json';
import spaazaBody from '../fixtures/spaaza-get-user-vouchers.json';
import { json, type FakeFetch } from '../helpers/fake-fetch.js';
import { copyOf } from '../providers/fake-request.js';
import { DAY, fakeBackend, part, parts, providerWith, text, trayFixture, voucher } from './helpers.js';

const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

/** Each card's text per part, keyed by its code. */
function cards(el: Element & { shadowRoot: ShadowRoot | null }) {
  return Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="voucher"]')].map((li) => {
      const line = (name: string) => plain(text(li.querySelector(`[part~="${name}"]`))) || undefined;
      return [
        line('code'),
        { value: line('value'), status: line('status'), validity: line('validity'), uses: line('uses'), copy: line('copy-button'), key: li.dataset.status, role: li.dataset.role },
      ];
    }),
  );
}

describe('provider fidelity in the tray', () => {
  let fake: FakeFetch;
  beforeEach(() => (fake = fakeBackend()));
  afterEach(() => fake.restore());

  it('shows every Get Voucher example of Voucherify’s description with its value, status and validity', async () => {
    const examples = Object.values(getVoucherExamples as Record<string, { code: string }>);
    fake.on('GET', /^\/v1\/vouchers\//, (r) => json(examples.find((e) => e.code === decodeURIComponent(r.url.pathname.split('/').pop()!))));
    const el = await trayFixture(html`<voucher-tray show-expired provider="voucherify" identity="cust_1" token-endpoint="/token" api-base="https://api.test"
      codes=${examples.map((e) => e.code).join(',')} currency="EUR" locale="en-GB"></voucher-tray>`);
    const shown = cards(el);
    // A usable voucher says nothing of its status (the card's normal case).
    const computed = { value: 'Worked out at checkout', status: undefined, validity: undefined, uses: undefined, copy: 'Copy code', key: 'active', role: undefined };
    const expiredText = shown['VT_AMOUNT_FORMULA']?.status;
    expect(expiredText).to.match(/^Expired \d+ years? ago$/);
    expect(shown).to.deep.equal({
      'VT-LOYALTY-100': { ...computed, value: '100 points' },
      'VT-GIFT-550': { ...computed, value: '€447 of €550 left' },
      // Its window closed in 2022: shown only because of show-expired, and marked so.
      // Said once, in the largest unit that reads naturally (checked above: years ago).
      VT_AMOUNT_FORMULA: { ...computed, status: expiredText, key: 'expired', validity: 'Valid Mon–Fri' },
      VT_PERCENT_FORMULA: computed,
      VT_FIXED_FORMULA: computed,
      VT_UNIT_FORMULA: computed,
      VT_UNITS_FORMULA: computed,
      VT_FREE_SHIPPING: { ...computed, value: 'Free shipping' },
    });
  });

  it('marks a referral code to share, mutes one not active yet, and counts uses left', async () => {
    const body = copyOf(redeemablesExample);
    const notYet = copyOf(body.data[0]);
    notYet.id = 'rh_later';
    notYet.redeemable.status = 'NOT_ACTIVE_YET';
    Object.assign(notYet.redeemable.voucher, { id: 'v_later', code: 'LATER' });
    body.data[0].redeemable.voucher.redemption = { quantity: 3, redeemed_quantity: 1 };
    body.data.push(notYet);
    fake.on('GET', '/v1/customers/cust_1/redeemables', () => json(body));
    const el = await trayFixture(html`<voucher-tray provider="voucherify" identity="cust_1" token-endpoint="/token" api-base="https://api.test" currency="EUR" locale="en-GB"></voucher-tray>`);
    const shown = cards(el);
    expect(shown['VT_OWNED_10']).to.deep.include({ value: '€10', status: undefined, uses: '2 uses left', copy: 'Copy code', role: undefined });
    expect(shown.VT_REFER_888).to.deep.include({ value: '€888', status: 'Referral code to share', copy: 'Copy to share', role: 'referrer', key: 'active' });
    expect(shown.LATER).to.deep.include({ status: 'Not active yet', key: 'scheduled' });
    expect(part(el, 'copy-button')?.getAttribute('aria-label')).to.equal('Copy code: VT_OWNED_10');
    await expect(el).to.be.accessible();
  });

  it('a voucher outside its window is muted with when it is usable next, and turns usable when the window opens', async () => {
    // A window that opens a moment after the load and lasts a day: the shared timer wakes the tray.
    const opensAt = Date.now() + 1500;
    const provider = providerWith(() => [voucher({ code: 'LATER', validity: { every: { from: opensAt, durationMs: DAY, intervalMs: 2 * DAY } } })]);
    const el = await trayFixture(html`<voucher-tray provider=${provider} identity="u" token-endpoint="/token" locale="en-GB"></voucher-tray>`);
    const card = () => part(el, 'voucher')!;
    expect(card().dataset.status).to.equal('scheduled');
    expect(text(part(el, 'status'))).to.match(/^Usable from /);
    await waitUntil(() => card().dataset.status === 'active', 'the window never opened', { timeout: 6000 });
    expect(part(el, 'status'), 'a usable voucher says nothing of its status').to.equal(null);
  });

  it('Spaaza: what is left after a partial redemption, why a voucher cannot be used yet, the code to use', async () => {
    const body = copyOf(spaazaBody);
    for (const list of [body.results.basket_vouchers, body.results.honour_vouchers]) {
      for (const entry of list) entry.voucher_expiry_datetime_utc = '2050-01-01 00:00:00';
    }
    body.results.basket_vouchers[2].voucher_locked = true;
    fake.on('GET', '/get-user-vouchers', () => json(body));
    const el = await trayFixture(html`<voucher-tray provider="spaaza" identity="21" token-endpoint="/token" api-base="https://spaaza.test" locale="en-GB"></voucher-tray>`);
    const shown = cards(el);
    expect(shown.HON00421).to.deep.include({ value: '€1 of €5 left', status: undefined, key: 'active' });
    expect(shown.honour0004).to.deep.include({ status: 'Claim it to use it', key: 'blocked' });
    expect(shown['94231']).to.deep.include({ status: 'Locked for now', key: 'blocked' });
    expect(parts(el, 'code').map((code) => code.textContent)).to.not.include(body.results.basket_vouchers[2].voucher_key);
  });
});
