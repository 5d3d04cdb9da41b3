import { expect } from '@open-wc/testing';
import { VoucherTrayError } from '../../src/providers/errors.js';
import { LAST_PAGE, voucherifyVouchersAdapter } from '../../src/providers/voucherify/list-vouchers.js';
import errorBody from '../fixtures/voucherify-error.json';
import getVoucherBody from '../fixtures/voucherify-get-voucher.json';
import listVouchersBody from '../fixtures/voucherify-list-vouchers.json';
import { awkwardIdentity, copyOf, expectTrayError, fakeRequest, malformedBodies } from './fake-request.js';

/** A List Vouchers page with one voucher per code. */
function vouchersPage(codes: string[]) {
  const template = copyOf(listVouchersBody).vouchers[1];
  const vouchers = codes.map((code) => ({ ...copyOf(template), id: `v_${code}`, code }));
  return { object: 'list', data_ref: 'vouchers', vouchers, total: codes.length };
}

const range = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe('voucherifyVouchersAdapter', () => {
  it('defaults to the Voucherify API and reads its error bodies', () => {
    expect(voucherifyVouchersAdapter.defaultApiBase).to.equal('https://api.voucherify.io');
    expect(voucherifyVouchersAdapter.errorMessage?.(errorBody)).to.equal(
      'Resource not found: Cannot find voucher with id NOPE-123',
    );
  });

  it('lists the vouchers held by the customer, page 1 first, 100 at a time', async () => {
    const request = fakeRequest([listVouchersBody], { identity: awkwardIdentity });
    await voucherifyVouchersAdapter.fetchVouchers(request);
    expect(request.calls).to.deep.equal([
      { path: '/v1/vouchers', query: { customer: awkwardIdentity, limit: 100, page: 1 } },
    ]);
  });

  it('maps both vouchers of the sample field by field', async () => {
    const vouchers = await voucherifyVouchersAdapter.fetchVouchers(fakeRequest([listVouchersBody]));
    const common = {
      provider: 'voucherify-vouchers',
      status: 'active',
      image: undefined,
      qrUrl: undefined,
      barcodeUrl: undefined,
    };
    expect(vouchers).to.deep.equal([
      {
        ...common,
        id: 'v_hrMBBeT4sOP9VSGPmj5KAgJwX202UjiY',
        code: 'LOYALTY-CARD-xLPbpbXR',
        title: 'Loyalty Program Fall 2022',
        description: undefined,
        value: { kind: 'points', points: 100, expiringPoints: 100, expiringAt: new Date(2024, 0, 1).getTime() },
        startsAt: undefined,
        expiresAt: undefined,
      },
      {
        ...common,
        id: 'v_OBVfpTVf24DBz0HZmKVZa5UEl1DUg2bn',
        code: 'AmountDiscount',
        title: 'First',
        description:
          'This voucher discount is based on a formula, payment must be using VISA, and order must be over $100.',
        // A formula decides the amount: 400 cents is no promise.
        value: { kind: 'computed', basis: 'amount' },
        startsAt: Date.UTC(2022, 8, 1),
        expiresAt: Date.UTC(2022, 9, 31),
        validity: { days: [1, 2, 3, 4, 5] },
      },
    ]);
  });

  it('asks for the next page while a page comes back full', async () => {
    const request = fakeRequest([vouchersPage(range('A', 100)), vouchersPage(range('B', 100)), vouchersPage(['LAST'])]);
    const vouchers = await voucherifyVouchersAdapter.fetchVouchers(request);
    expect(request.calls.map((c) => c.query.page)).to.deep.equal([1, 2, 3]);
    expect(vouchers).to.have.length(201);
    expect(vouchers.at(-1)?.code).to.equal('LAST');
  });

  it('stops after an empty page', async () => {
    const request = fakeRequest([vouchersPage(range('A', 100)), vouchersPage([])]);
    expect(await voucherifyVouchersAdapter.fetchVouchers(request)).to.have.length(100);
    expect(request.calls).to.have.length(2);
  });

  it(`never asks beyond page ${LAST_PAGE}, the highest the API accepts`, async () => {
    expect(LAST_PAGE).to.equal(99);
    const request = fakeRequest((_path, query) => vouchersPage(range(`P${query.page}-`, 100)));
    const vouchers = await voucherifyVouchersAdapter.fetchVouchers(request);
    expect(request.calls).to.have.length(LAST_PAGE);
    expect(request.calls.at(-1)?.query.page).to.equal(LAST_PAGE);
    expect(vouchers).to.have.length(LAST_PAGE * 100);
  });

  it('stops when a full page brings nothing new (a server that ignores page)', async () => {
    const request = fakeRequest(() => vouchersPage(range('SAME', 100)));
    expect(await voucherifyVouchersAdapter.fetchVouchers(request)).to.have.length(100);
    expect(request.calls).to.have.length(2);
  });

  it('uses Get Voucher for codes, naming this provider', async () => {
    const request = fakeRequest(
      (path) => (path === '/v1/vouchers/MISSING' ? new VoucherTrayError('http', 'not found', 404) : getVoucherBody),
      { identity: 'ignored', codes: ['LOYALTY-CARD-xLPbpbXR', 'MISSING'] },
    );
    const vouchers = await voucherifyVouchersAdapter.fetchVouchers(request);
    expect(request.calls.map((c) => c.path)).to.deep.equal([
      '/v1/vouchers/LOYALTY-CARD-xLPbpbXR',
      '/v1/vouchers/MISSING',
    ]);
    expect(vouchers.map((v) => [v.code, v.provider])).to.deep.equal([
      ['LOYALTY-CARD-xLPbpbXR', 'voucherify-vouchers'],
    ]);
  });

  it('skips malformed entries without throwing', async () => {
    const page = vouchersPage(['GOOD']) as Record<string, any>;
    page.vouchers.push(null, 'CODE', [], { code: 5 }, { code: '' }, { code: 'ODD', discount: 'x', expiration_date: 3 });
    const vouchers = await voucherifyVouchersAdapter.fetchVouchers(fakeRequest([page]));
    expect(vouchers.map((v) => v.code)).to.deep.equal(['GOOD', 'ODD']);
    expect(vouchers[1]).to.deep.include({ value: undefined, expiresAt: undefined, status: 'active' });
  });

  it('reports a body without a vouchers array as a parse error', async () => {
    for (const body of [...malformedBodies, { vouchers: {} }, { data: [] }, copyOf(errorBody)]) {
      const error = await expectTrayError(voucherifyVouchersAdapter.fetchVouchers(fakeRequest([body])));
      expect(error.kind, JSON.stringify(body)).to.equal('parse');
    }
  });

  it('passes getJson errors through', async () => {
    const thrown = new VoucherTrayError('http', 'Unauthorized', 401);
    const request = fakeRequest([vouchersPage(range('A', 100)), thrown]);
    expect(await expectTrayError(voucherifyVouchersAdapter.fetchVouchers(request))).to.equal(thrown);
  });
});
