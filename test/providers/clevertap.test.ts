import { expect } from '@open-wc/testing';
import { clevertapAdapter } from '../../src/providers/clevertap.js';
import { checkedVouchers } from '../../src/model/guard.js';
import { VoucherTrayError } from '../../src/providers/errors.js';
import emptyBody from '../fixtures/clevertap-empty.json';
import errorBody from '../fixtures/clevertap-error.json';
import fetchVoucherBody from '../fixtures/clevertap-fetch-voucher.json';
import { awkwardIdentity, copyOf, expectTrayError, fakeRequest, malformedBodies } from './fake-request.js';

describe('clevertapAdapter', () => {
  it('defaults to the global CleverTap API', () => {
    expect(clevertapAdapter.defaultApiBase).to.equal('https://api.clevertap.com');
  });

  it('asks Fetch Voucher for the identity, leaving encoding to getJson', async () => {
    const request = fakeRequest([emptyBody], { identity: awkwardIdentity });
    await clevertapAdapter.fetchVouchers(request);
    expect(request.calls).to.deep.equal([
      { path: '/1/promo/vouchers', query: { identity: awkwardIdentity } },
    ]);
  });

  it('maps every record of the sample response', async () => {
    const vouchers = await clevertapAdapter.fetchVouchers(fakeRequest([fetchVoucherBody]));
    expect(vouchers).to.deep.equal([
      {
        id: 'clevertap:1500:1434:BMO9IW7QTALK',
        code: 'BMO9IW7QTALK',
        provider: 'clevertap',
        title: 'FLAT1000',
        description: 'Get flat 1500 offer on Amazon using this voucher',
        brand: 'AMAZON',
        expiresAt: 1750789800000,
        status: 'active',
      },
      {
        id: 'clevertap:1501:1434:3248BO386IJG',
        code: '3248BO386IJG',
        provider: 'clevertap',
        title: 'FLAT20%',
        description: 'Get 20% offer on electronics items',
        brand: 'FLIPKART',
        expiresAt: 1750789800000,
        status: 'active',
      },
    ]);
    expect(vouchers.every((v) => v.value === undefined)).to.equal(true);
  });

  it('returns no vouchers for the empty sample', async () => {
    expect(await clevertapAdapter.fetchVouchers(fakeRequest([emptyBody]))).to.deep.equal([]);
  });

  it('turns a fail body into an http error, even when it came with HTTP 200', async () => {
    const error = await expectTrayError(clevertapAdapter.fetchVouchers(fakeRequest([errorBody])));
    expect(error.kind).to.equal('http');
    expect(error.message).to.equal('Invalid identity');
    expect(error.status).to.equal(400);
  });

  it('gives a fail body without a message or an HTTP-like code a generic error', async () => {
    const error = await expectTrayError(
      clevertapAdapter.fetchVouchers(fakeRequest([{ status: 'fail', code: 'E42' }])),
    );
    expect(error.kind).to.equal('http');
    expect(error.message).to.be.a('string').and.not.equal('');
    expect(error.status).to.equal(undefined);
  });

  it('reads the message of an error body', () => {
    expect(clevertapAdapter.errorMessage?.(errorBody)).to.equal('Invalid identity');
    expect(clevertapAdapter.errorMessage?.({ status: 'fail' })).to.equal(undefined);
    expect(clevertapAdapter.errorMessage?.('Bad gateway')).to.equal(undefined);
    expect(clevertapAdapter.errorMessage?.(null)).to.equal(undefined);
  });

  it('passes getJson errors through untouched', async () => {
    const thrown = new VoucherTrayError('http', 'Unauthorized', 401);
    const error = await expectTrayError(clevertapAdapter.fetchVouchers(fakeRequest([thrown])));
    expect(error).to.equal(thrown);
  });

  it('reports any other body shape as a parse error', async () => {
    const shapes = [
      ...malformedBodies,
      { status: 'success' },
      { status: 'success', records: {} },
      { records: [] },
      { status: 'pending', records: [] },
    ];
    for (const body of shapes) {
      const error = await expectTrayError(clevertapAdapter.fetchVouchers(fakeRequest([body])));
      expect(error.kind, JSON.stringify(body)).to.equal('parse');
    }
  });

  it('skips records without a code and maps wrong-typed fields to undefined', async () => {
    const body = copyOf(fetchVoucherBody);
    body.records = [
      null,
      'BMO9IW7QTALK',
      [],
      { voucherCode: '' },
      { voucherCode: '   ' },
      { voucherCode: null, listName: 'No code' },
      { voucherCode: { nested: true } },
      {
        voucherCode: ' SPACED ',
        listExpiry: 'tomorrow',
        partner: 7,
        listName: ['x'],
        listDescription: '',
        campaignId: null,
      },
      { voucherCode: 'STRING-EXPIRY', listExpiry: '1750789800', externalVoucherId: 'L1' },
      { voucherCode: 'NEGATIVE', listExpiry: -5 },
    ];
    const vouchers = await clevertapAdapter.fetchVouchers(fakeRequest([body]));
    expect(vouchers.map((v) => v.code)).to.deep.equal(['SPACED', 'STRING-EXPIRY', 'NEGATIVE']);
    const [spaced, stringExpiry, negative] = vouchers;
    expect(spaced).to.deep.equal({
      id: 'clevertap:::SPACED',
      code: 'SPACED',
      provider: 'clevertap',
      title: undefined,
      description: undefined,
      brand: '7',
      expiresAt: undefined,
      status: 'active',
    });
    expect(stringExpiry?.expiresAt).to.equal(1750789800000);
    expect(stringExpiry?.id).to.equal('clevertap::L1:STRING-EXPIRY');
    expect(negative?.expiresAt).to.equal(undefined);
  });

  it('keeps ids unique when a record is repeated', async () => {
    const body = copyOf(fetchVoucherBody);
    body.records.push(copyOf(fetchVoucherBody).records[0]);
    // The repeat keeps its id; the loader's guard keeps one entry per id.
    const vouchers = checkedVouchers(await clevertapAdapter.fetchVouchers(fakeRequest([body])), 'clevertap', location.href);
    expect(vouchers.map((v) => v.id)).to.deep.equal([
      'clevertap:1500:1434:BMO9IW7QTALK',
      'clevertap:1501:1434:3248BO386IJG',
    ]);
  });

  it('titles by listName and never shows listTag, where the docs disagree on which holds what', async () => {
    const [voucher] = await clevertapAdapter.fetchVouchers(fakeRequest([fetchVoucherBody]));
    expect(voucher?.title).to.equal('FLAT1000');
    expect(JSON.stringify(voucher)).to.not.contain('summersale');
    // Without a listName the tag does not stand in: a marketer's label is no title.
    const body = copyOf(fetchVoucherBody);
    delete body.records[0].listName;
    const [untitled] = await clevertapAdapter.fetchVouchers(fakeRequest([body]));
    expect(untitled?.title).to.equal(undefined);
    expect(JSON.stringify(untitled)).to.not.contain('summersale');
  });

  it('reads only the documented fields', async () => {
    const body = copyOf(fetchVoucherBody);
    Object.assign(body.records[0], { voucherValue: 1000, currency: 'INR', startDate: 1750000000, imageUrl: 'https://cdn.invalid/x.png', status: 'used' });
    const [withExtras] = await clevertapAdapter.fetchVouchers(fakeRequest([body]));
    const [plain] = await clevertapAdapter.fetchVouchers(fakeRequest([fetchVoucherBody]));
    expect(withExtras).to.deep.equal(plain);
  });
});
