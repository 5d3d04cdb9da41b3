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
