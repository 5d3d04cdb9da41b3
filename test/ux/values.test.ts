import { expect, html } from '@open-wc/testing';
import { plural } from '../../src/format/intl.js';
import { formatValue } from '../../src/format/value.js';
import de from '../../src/i18n/de.js';
import { englishStrings } from '../../src/i18n/en-list.js';
import type { VoucherValue } from '../../src/model/voucher.js';
import clevertapBody from '../fixtures/clevertap-fetch-voucher.json';
import spaazaBody from '../fixtures/spaaza-get-user-vouchers.json';
import { json, type FakeFetch } from '../helpers/fake-fetch.js';
import { fakeBackend, part, parts, text, trayFixture } from './helpers.js';

// Engines put a no-break or narrow no-break space between number and sign ("10 €", "20 %").
const plain = (value: string | undefined) => value?.replace(/[\u00a0\u202f]/g, ' ');
const en = (value: VoucherValue, currency?: string) => plain(formatValue(value, 'en', currency, englishStrings));
const german = (value: VoucherValue, currency?: string) => plain(formatValue(value, 'de', currency, de));

describe('voucher values', () => {
  describe('formatValue, in English and German', () => {
    it('formats money with the voucher’s own currency, whole amounts without cents', () => {
      expect(en({ kind: 'amount', amount: 10, currency: 'EUR' })).to.equal('€10');
      expect(german({ kind: 'amount', amount: 10, currency: 'EUR' })).to.equal('10 €');
      expect(en({ kind: 'amount', amount: 12.5, currency: 'GBP' })).to.equal('£12.50');
      expect(german({ kind: 'amount', amount: 12.5, currency: 'GBP' })).to.equal('12,50 £');
    });

    it('takes the tray’s currency for amounts that carry none (Voucherify)', () => {
      expect(en({ kind: 'amount', amount: 15 }, 'USD')).to.equal('$15');
      expect(german({ kind: 'amount', amount: 15 }, 'USD')).to.equal('15 $');
      expect(en({ kind: 'amount', amount: 15 })).to.equal('15');
      // A currency attribute that is not an ISO code degrades to the number, never throws.
      expect(german({ kind: 'amount', amount: 1234.5 }, 'EURO')).to.equal('1.234,5');
    });

    it('keeps a provider’s own currency symbol when it names no known currency (Spaaza "$")', () => {
      expect(en({ kind: 'amount', amount: 7.5, currencySymbol: '$' }, 'EUR')).to.equal('$7.5');
      expect(german({ kind: 'amount', amount: 7.5, currencySymbol: '$' }, 'EUR')).to.equal('$7,5');
      expect(german({ kind: 'amount', amount: 5, currency: 'EUR', currencySymbol: '€' })).to.equal('5 €');
    });

    it('formats percent discounts', () => {
      expect(en({ kind: 'percent', percent: 20 })).to.equal('20%');
      expect(german({ kind: 'percent', percent: 12.5 })).to.equal('12,5 %');
    });

    it('formats gift card balances', () => {
      expect(en({ kind: 'balance', amount: 32.5 }, 'EUR')).to.equal('€32.50 balance');
      expect(german({ kind: 'balance', amount: 32.5 }, 'EUR')).to.equal('32,50 € Guthaben');
      // A fixed price is what the order costs, not money off: it must read differently.
      expect(en({ kind: 'fixed-price', amount: 49.99 }, 'EUR')).to.equal('Pay only €49.99');
      expect(german({ kind: 'fixed-price', amount: 49.99 }, 'EUR')).to.equal('Nur 49,99 €');
    });

    it('formats loyalty points with singular and plural', () => {
      expect(en({ kind: 'points', points: 1240 })).to.equal('1,240 points');
      expect(en({ kind: 'points', points: 1 })).to.equal('1 point');
      expect(german({ kind: 'points', points: 1240 })).to.equal('1.240 Punkte');
      expect(german({ kind: 'points', points: 1 })).to.equal('1 Punkt');
    });

    it('formats unit discounts: free items, or the unit when it is a readable name', () => {
      expect(en({ kind: 'units', units: 1 })).to.equal('1 free item');
      expect(en({ kind: 'units', units: 2 })).to.equal('2 free items');
      expect(german({ kind: 'units', units: 2 })).to.equal('2 Gratisartikel');
      expect(en({ kind: 'units', units: 3, unitType: 'car wash' })).to.equal('3 × car wash');
      expect(german({ kind: 'units', units: 1000, unitType: 'Minuten' })).to.equal('1.000 × Minuten');
    });

    it('names free shipping', () => {
      expect(en({ kind: 'free-shipping' })).to.equal('Free shipping');
      expect(german({ kind: 'free-shipping' })).to.equal('Kostenloser Versand');
    });

    it('a percent discount with its cap, a balance out of its total, free items with free shipping', () => {
      expect(en({ kind: 'percent', percent: 20, maxAmount: 50 }, 'EUR')).to.equal('20% off, up to €50');
      expect(german({ kind: 'percent', percent: 20, maxAmount: 50 }, 'EUR')).to.equal('20 % Rabatt, bis zu 50 €');
      expect(en({ kind: 'balance', amount: 447, total: 550 }, 'EUR')).to.equal('€447 of €550 left');
      expect(german({ kind: 'balance', amount: 1, total: 5, currency: 'EUR', currencySymbol: '€' })).to.equal('1 € von 5 € übrig');
      // Nothing spent yet: the plain balance.
      expect(en({ kind: 'balance', amount: 50, total: 50 }, 'EUR')).to.equal('€50 balance');
      expect(en({ kind: 'units', units: 2, freeShipping: true })).to.equal('2 free items + free shipping');
      expect(german({ kind: 'units', units: 1, freeShipping: true })).to.equal('1 Gratisartikel + kostenloser Versand');
    });

    it('a formula amount never reads as a fixed number', () => {
      for (const basis of ['amount', 'percent', 'fixed-price', 'units'] as const) {
        expect(en({ kind: 'computed', basis }, 'EUR')).to.equal('Worked out at checkout');
        expect(german({ kind: 'computed', basis }, 'EUR')).to.equal('Wird an der Kasse berechnet');
      }
    });

    it('shows nothing when there is no value', () => {
      expect(formatValue(undefined, 'en', 'EUR', englishStrings)).to.equal(undefined);
    });

    it('picks plural forms by the locale’s rules (French: 0 and 1 are singular)', () => {
      expect(plural('{value} point|{value} points', 0, 'fr')).to.equal('{value} point');
      expect(plural('{value} point|{value} points', 0, 'en')).to.equal('{value} points');
      expect(plural('{value} पॉइंट', 5, 'hi')).to.equal('{value} पॉइंट');
    });
  });

  describe('in the tray, from each provider’s answer', () => {
    let fake: FakeFetch;
    beforeEach(() => (fake = fakeBackend()));
    afterEach(() => fake.restore());

    // Voucherify Get Voucher bodies: money in cents, in the project's currency.
    const voucherify: Record<string, unknown> = {
      AMOUNT: { code: 'AMOUNT', campaign: 'Amount off', discount: { type: 'AMOUNT', amount_off: 1000 } },
      FIXED: { code: 'FIXED', campaign: 'Fixed price', discount: { type: 'FIXED', fixed_amount: 4999 } },
      PERCENT: { code: 'PERCENT', campaign: 'Percent off', discount: { type: 'PERCENT', percent_off: 15 } },
      UNIT: { code: 'UNIT', campaign: 'Free mug', discount: { type: 'UNIT', unit_off: 2, unit_type: 'prod_0a9f9aeddb019a42db' } },
      SHIP: { code: 'SHIP', campaign: 'Shipping', discount: { type: 'UNIT', unit_off: 1, unit_type: 'prod_5h1pp1ng' } },
      GIFT: { code: 'GIFT', campaign: 'Gift card', gift: { amount: 5000, balance: 3250 } },
      LOYAL: { code: 'LOYAL', campaign: 'Loyalty', loyalty_card: { points: 1300, balance: 1240 } },
    };
    const valuesByTitle = (el: Element & { shadowRoot: ShadowRoot | null }) =>
      Object.fromEntries(
        [...el.shadowRoot!.querySelectorAll('[part="voucher"]')].map((li) => [
          text(li.querySelector('[part="title"]')),
          plain(text(li.querySelector('[part="value"]'))),
        ]),
      );

    for (const [locale, expected] of [
      ['en', { 'Amount off': '€10', 'Fixed price': 'Pay only €49.99', 'Percent off': '15%', 'Free mug': '2 free items', Shipping: 'Free shipping', 'Gift card': '€32.50 of €50 left', Loyalty: '1,240 points' }],
      ['de', { 'Amount off': '10 €', 'Fixed price': 'Nur 49,99 €', 'Percent off': '15 %', 'Free mug': '2 Gratisartikel', Shipping: 'Kostenloser Versand', 'Gift card': '32,50 € von 50 € übrig', Loyalty: '1.240 Punkte' }],
    ] as const) {
      it(`shows Voucherify cents as money in the tray’s currency (${locale})`, async () => {
        fake.on('GET', /^\/v1\/vouchers\//, (r) => json(voucherify[decodeURIComponent(r.url.pathname.split('/').pop()!)]));
        const el = await trayFixture(html`<voucher-tray
          provider="voucherify"
          identity="cust_1"
          token-endpoint="/token"
          api-base="https://api.test"
          codes=${Object.keys(voucherify).join(',')}
          currency="EUR"
          locale=${locale}
        ></voucher-tray>`);
        expect(valuesByTitle(el)).to.deep.equal(expected);
      });
    }

    for (const [locale, value] of [['en', '€5'], ['de', '5 €']] as const) {
      it(`shows Spaaza amounts in their own currency (${locale})`, async () => {
        fake.on('GET', '/get-user-vouchers', () => json(spaazaBody));
        const el = await trayFixture(html`<voucher-tray provider="spaaza" identity="21" token-endpoint="/token" api-base="https://spaaza.test" currency="USD" locale=${locale}></voucher-tray>`);
        expect(plain(text(part(el, 'value')))).to.equal(value);
        // The value shows once: an English title that states it loses it; a German one does not state "5 €".
        expect(text(part(el, 'title'))).to.equal(locale === 'en' ? 'Signup Voucher' : '€5 Signup Voucher');
      });
    }

    it('shows CleverTap vouchers by list name and description, with no value', async () => {
      fake.on('GET', '/1/promo/vouchers', () => json(clevertapBody));
      const el = await trayFixture(html`<voucher-tray show-expired provider="clevertap" identity="+919538784114" token-endpoint="/token" api-base="https://ct.test"></voucher-tray>`);
      expect(parts(el, 'title').map(text)).to.have.members(['FLAT1000', 'FLAT20%']);
      expect(parts(el, 'description').map(text)).to.include('Get flat 1500 offer on Amazon using this voucher');
      expect(parts(el, 'brand').map(text)).to.have.members(['AMAZON', 'FLIPKART']);
      expect(parts(el, 'value')).to.have.length(0);
    });
  });
});
