import { expect } from '@open-wc/testing';
import { checkedVouchers } from '../../src/model/guard.js';
import { VoucherTrayError } from '../../src/providers/errors.js';
import { spaazaAdapter } from '../../src/providers/spaaza.js';
import errorBody from '../fixtures/spaaza-error.json';
import userVouchersBody from '../fixtures/spaaza-get-user-vouchers.json';
import { awkwardIdentity, copyOf, expectTrayError, fakeRequest, malformedBodies } from './fake-request.js';

const EXPIRED_2018 = Date.UTC(2018, 6, 30);
const euro = { kind: 'amount', amount: 5, currency: 'EUR', currencySymbol: '€' };
// The honour voucher of the sample: €4 of its €5 redeemed.
const euroLeft = { kind: 'balance', amount: 1, total: 5, currency: 'EUR', currencySymbol: '€' };

/** A success body whose basket list holds `entries`. */
function withBasket(...entries: unknown[]) {
  const body = copyOf(userVouchersBody);
  body.results.basket_vouchers = entries;
  body.results.honour_vouchers = [];
  return body;
}

describe('spaazaAdapter', () => {
  it('defaults to the Spaaza API', () => {
    expect(spaazaAdapter.defaultApiBase).to.equal('https://api0.spaaza.com');
  });

  it('asks get-user-vouchers for the user id, leaving encoding to getJson', async () => {
    const request = fakeRequest([userVouchersBody], { identity: awkwardIdentity });
    await spaazaAdapter.fetchVouchers(request);
    expect(request.calls).to.deep.equal([{ path: '/get-user-vouchers', query: { user_id: awkwardIdentity } }]);
  });

  it('maps the basket and honour vouchers of the sample field by field, and nothing else', async () => {
    const vouchers = await spaazaAdapter.fetchVouchers(fakeRequest([userVouchersBody]));
    expect(vouchers).to.deep.equal([
      {
        id: 'spaaza:35735',
        code: 'honour0004',
        provider: 'spaaza',
        title: '€5 Signup Voucher',
        description: 'Redeem this voucher in store to get €5 off your purchase.',
        value: euro,
        expiresAt: Date.UTC(2050, 0, 1),
        status: 'active',
        image: 'https://www.example.com/voucher-image.jpg',
        // voucher_status "generated": a basket voucher must be claimed before it is redeemed.
        blocked: 'unclaimed',
      },
      {
        id: 'spaaza:30880',
        code: 'honour004',
        provider: 'spaaza',
        title: 'ACME Loyalty Campaign',
        description: 'Thanks for being a great customer',
        value: euro,
        expiresAt: EXPIRED_2018,
        status: 'active',
        image: undefined,
        blocked: 'unclaimed',
      },
      {
        id: 'spaaza:94231',
        // No honour code: the voucher id, which redeems it as the key does, never the 64-character key.
        code: '94231',
        provider: 'spaaza',
        title: 'ACME Loyalty Campaign',
        description: 'Thanks for being a great customer',
        value: euro,
        expiresAt: EXPIRED_2018,
        status: 'active',
        image: undefined,
      },
      {
        id: 'spaaza:94697',
        code: 'HON00421',
        provider: 'spaaza',
        title: 'ACME Loyalty Campaign',
        description: 'Redeem this voucher online for a free item.',
        value: euroLeft,
        expiresAt: EXPIRED_2018,
        status: 'active',
        image: undefined,
      },
    ]);
  });

  it('reads var_price_vouchers too, and falls back to voucher_id for the code', async () => {
    const body = withBasket();
    body.results.var_price_vouchers = [{ voucher_id: 777, voucher_title: 'Personal price', voucher_amount: '2.50' }];
    const [voucher] = await spaazaAdapter.fetchVouchers(fakeRequest([body]));
    expect(voucher).to.deep.include({ id: 'spaaza:777', code: '777', title: 'Personal price' });
    expect(voucher?.value).to.deep.equal({
      kind: 'amount',
      amount: 2.5,
      currency: undefined,
      currencySymbol: undefined,
    });
  });

  it('marks redeemed vouchers as used', async () => {
    const [voucher] = await spaazaAdapter.fetchVouchers(
      fakeRequest([withBasket({ voucher_honour_code: 'R1', voucher_id: 1, voucher_status: 'redeemed' })]),
    );
    expect(voucher?.status).to.equal('used');
  });

  it('names the currency only for symbols that mean one currency', async () => {
    const symbols = ['£', '₹', '$', 'PTN', '', null];
    const body = withBasket(
      ...symbols.map((symbol, i) => ({ voucher_id: i, voucher_amount: 1, voucher_currency_symbol: symbol })),
    );
    const vouchers = await spaazaAdapter.fetchVouchers(fakeRequest([body]));
    const named = vouchers.map((v) =>
      v.value?.kind === 'amount' ? [v.value.currency, v.value.currencySymbol] : null,
    );
    expect(named).to.deep.equal([
      ['GBP', '£'],
      ['INR', '₹'],
      [undefined, '$'],
      [undefined, 'PTN'],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('turns an error body into an http error, even when it came with HTTP 200', async () => {
    const error = await expectTrayError(spaazaAdapter.fetchVouchers(fakeRequest([errorBody])));
    expect(error.kind).to.equal('http');
    expect(error.message).to.equal('The user could not be found.');
    // error.code 9 is Spaaza's own numbering, not an HTTP status.
    expect(error.status).to.equal(undefined);
  });

  it('reads the message of an error body', () => {
    expect(spaazaAdapter.errorMessage?.(errorBody)).to.equal('The user could not be found.');
    const nameOnly = copyOf(errorBody);
    delete nameOnly.error.description;
    expect(spaazaAdapter.errorMessage?.(nameOnly)).to.equal('user_not_found');
    expect(spaazaAdapter.errorMessage?.({ result: { code: 2 } })).to.equal(undefined);
    expect(spaazaAdapter.errorMessage?.('oops')).to.equal(undefined);
  });

  it('still fails with a generic message when the error body says little', async () => {
    const error = await expectTrayError(spaazaAdapter.fetchVouchers(fakeRequest([{ result: { code: 2 } }])));
    expect(error.kind).to.equal('http');
    expect(error.message).to.be.a('string').and.not.equal('');
  });

  it('passes getJson errors through untouched', async () => {
    const thrown = new VoucherTrayError('timeout', 'No answer within 15 s');
    expect(await expectTrayError(spaazaAdapter.fetchVouchers(fakeRequest([thrown])))).to.equal(thrown);
  });

  it('reports any other body shape as a parse error', async () => {
    const shapes = [
      ...malformedBodies,
      { result: { code: 1, status: 'ok' } },
      { results: [] },
      { results: { wallet: {} } },
    ];
    for (const body of shapes) {
      const error = await expectTrayError(spaazaAdapter.fetchVouchers(fakeRequest([body])));
      expect(error.kind, JSON.stringify(body)).to.equal('parse');
    }
  });

  it('skips entries without a code and maps wrong-typed fields to undefined', async () => {
    const body = withBasket(
      null,
      'honour0004',
      [],
      {},
      { voucher_honour_code: '', voucher_key: ' ', voucher_id: null, voucher_title: 'No code' },
      {
        voucher_honour_code: { code: 'x' },
        voucher_key: 'KEY-1',
        voucher_id: 12,
        voucher_title: 3,
        voucher_description: [],
        voucher_amount: 'five',
        voucher_expiry_datetime_utc: '2050-02-30 00:00:00',
        voucher_status: 5,
        voucher_image_url: 'javascript:alert(1)',
      },
    );
    body.results.honour_vouchers = 'not a list';
    const vouchers = await spaazaAdapter.fetchVouchers(fakeRequest([body]));
    expect(vouchers).to.deep.equal([
      {
        id: 'spaaza:12',
        code: '12',
        provider: 'spaaza',
        title: '3',
        description: undefined,
        value: undefined,
        expiresAt: undefined,
        status: 'active',
        image: undefined,
      },
    ]);
  });

  it('keeps ids unique when a voucher appears in two lists', async () => {
    const body = copyOf(userVouchersBody);
    body.results.var_price_vouchers = [copyOf(body.results.honour_vouchers[0])];
    // The repeat keeps its id; the loader's guard keeps one entry per id.
    const vouchers = checkedVouchers(await spaazaAdapter.fetchVouchers(fakeRequest([body])), 'spaaza', location.href);
    expect(vouchers.map((v) => v.id)).to.deep.equal(['spaaza:35735', 'spaaza:30880', 'spaaza:94231', 'spaaza:94697']);
  });
});

describe('spaazaAdapter: what the shopper can do with each voucher', () => {
  const basket = (fields: Record<string, unknown>) => ({ voucher_id: 1, voucher_amount: 5, voucher_currency_symbol: '€', voucher_status: 'claimed', voucher_locked: false, ...fields });
  const one = async (body: unknown) => (await spaazaAdapter.fetchVouchers(fakeRequest([body])))[0];

  it('after a partial redemption, what is left of the original amount', async () => {
    const voucher = await one(withBasket(basket({ voucher_amount_original: 10, voucher_amount_redeemed: 2.5 })));
    expect(voucher?.value).to.deep.equal({ kind: 'balance', amount: 7.5, total: 10, currency: 'EUR', currencySymbol: '€' });
    expect(voucher?.status).to.equal('active');
    // Nothing redeemed yet: the amount, as before.
    expect((await one(withBasket(basket({ voucher_amount_redeemed: 0 }))))?.value?.kind).to.equal('amount');
    // Redeemed down to nothing, though not marked redeemed: spent.
    const spent = await one(withBasket(basket({ voucher_amount_original: 5, voucher_amount_redeemed: 5 })));
    expect([spent?.status, spent?.value]).to.deep.equal(['used', { kind: 'balance', amount: 0, total: 5, currency: 'EUR', currencySymbol: '€' }]);
  });

  it('an absurdly large partly redeemed amount stays a finite number (found by the property test)', async () => {
    const voucher = await one(withBasket(basket({ voucher_amount: 1.797693134862316e306, voucher_amount_redeemed: 1 })));
    const value = voucher?.value as { amount: number; total: number } | undefined;
    expect(Number.isFinite(value?.amount), `amount ${value?.amount}`).to.equal(true);
    expect(value?.total).to.equal(1.797693134862316e306);
  });

  it('a locked voucher is held back, whatever its list', async () => {
    expect((await one(withBasket(basket({ voucher_locked: true }))))?.blocked).to.equal('locked');
    const body = withBasket();
    body.results.honour_vouchers = [basket({ voucher_honour_code: 'H1', voucher_locked: true })];
    expect((await one(body))?.blocked).to.equal('locked');
  });

  it('a generated basket voucher must be claimed first; a generated honour voucher need not', async () => {
    expect((await one(withBasket(basket({ voucher_status: 'generated' }))))?.blocked).to.equal('unclaimed');
    expect((await one(withBasket(basket({ voucher_status: 'claimed' }))))?.blocked).to.equal(undefined);
    const body = withBasket();
    body.results.honour_vouchers = [basket({ voucher_honour_code: 'H1', voucher_status: 'generated' })];
    expect((await one(body))?.blocked).to.equal(undefined);
  });

  it('the code is the honour code, else the voucher id; a 64-character key is never a code', async () => {
    const key = '4b900509eab95909e2cfcd74a9d039dce1dbbcba40d3463163b965ec1bbfdace';
    expect((await one(withBasket(basket({ voucher_honour_code: 'HON1', voucher_key: key }))))?.code).to.equal('HON1');
    expect((await one(withBasket(basket({ voucher_id: 94231, voucher_key: key }))))?.code).to.equal('94231');
    expect(await spaazaAdapter.fetchVouchers(fakeRequest([withBasket(basket({ voucher_id: null, voucher_key: key }))]))).to.deep.equal([]);
    const all = await spaazaAdapter.fetchVouchers(fakeRequest([userVouchersBody]));
    expect(all.every((v) => !/^[0-9a-f]{64}$/.test(v.code))).to.equal(true);
  });

  it('expired vouchers (filter=all) are expired', async () => {
    expect((await one(withBasket(basket({ voucher_status: 'expired' }))))?.status).to.equal('expired');
  });
});
