import { expect } from '@open-wc/testing';
import { VoucherTrayError } from '../../src/providers/errors.js';
import { MAX_PAGES, voucherifyAdapter } from '../../src/providers/voucherify/redeemables.js';
import errorBody from '../fixtures/voucherify-error.json';
import redeemables from '../fixtures/voucherify-customer-redeemables.json';
import getVoucherBody from '../fixtures/voucherify-get-voucher.json';
import { awkwardIdentity, copyOf, expectTrayError, fakeRequest, malformedBodies } from './fake-request.js';

const REDEEMABLES_PATH = '/v1/customers/shopper-1/redeemables';

/** A redeemables page holding one voucher per code, entry ids `rh_<code>`. */
function redeemablesPage(codes: string[], extra: Record<string, unknown> = {}) {
  const template = copyOf(redeemables).data[0];
  const data: any[] = codes.map((code) => {
    const entry = copyOf(template);
    entry.id = `rh_${code}`;
    entry.redeemable.voucher.code = code;
    entry.redeemable.voucher.id = `v_${code}`;
    return entry;
  });
  return { object: 'list', data_ref: 'data', data, total: codes.length, has_more: false, ...extra };
}

const codesOf = (vouchers: { code: string }[]) => vouchers.map((v) => v.code);

describe('voucherifyAdapter: customer redeemables', () => {
  it('defaults to the Voucherify API and reads its error bodies', () => {
    expect(voucherifyAdapter.defaultApiBase).to.equal('https://api.voucherify.io');
    expect(voucherifyAdapter.errorMessage?.(errorBody)).to.equal(
      'Resource not found: Cannot find voucher with id NOPE-123',
    );
  });

  it('puts the percent-encoded identity in the path and asks for 100 per page', async () => {
    const request = fakeRequest([redeemables], { identity: awkwardIdentity });
    await voucherifyAdapter.fetchVouchers(request);
    expect(request.calls).to.deep.equal([
      { path: '/v1/customers/a%2Bb%2Fc%3Fd%23e%20..%2F%20%C3%A9/redeemables', query: { limit: 100 } },
    ]);
  });

  it('maps both redeemables of the sample field by field', async () => {
    const vouchers = await voucherifyAdapter.fetchVouchers(fakeRequest([redeemables]));
    const common = {
      provider: 'voucherify',
      description: undefined,
      startsAt: undefined,
      expiresAt: undefined,
      status: 'active',
      image: undefined,
      qrUrl: undefined,
      barcodeUrl: undefined,
    };
    expect(vouchers).to.deep.equal([
      {
        ...common,
        id: 'v_GXVguPhq2khgFxH7GrRXWA91gDr1LiA1',
        code: '3xRUnMVG',
        title: 'Gaz6Q29w1d',
        value: { kind: 'amount', amount: 10 },
      },
      {
        ...common,
        id: 'v_nnxc1aFzFZCAhRlG6sm0kSO4jKUohc9b',
        code: 'PBF3ZYfS',
        title: 'REFER_2',
        value: { kind: 'amount', amount: 888 },
        // holder_role REFERRER: the shopper's code to share.
        role: 'referrer',
      },
    ]);
  });

  it('uses each redeemable status', async () => {
    const page = redeemablesPage(['A', 'B', 'C', 'D', 'E', 'F']);
    ['ACTIVE', 'USED', 'EXPIRED', 'DISABLED', 'NO_BALANCE', 'NOT_ACTIVE_YET'].forEach((status, i) => {
      page.data[i].redeemable.status = status;
    });
    page.data[5].redeemable.voucher.start_date = '2031-05-01T08:00:00.000Z';
    const vouchers = await voucherifyAdapter.fetchVouchers(fakeRequest([page]));
    expect(vouchers.map((v) => v.status)).to.deep.equal([
      'active',
      'used',
      'expired',
      'disabled',
      'no-balance',
      'scheduled',
    ]);
    expect(vouchers[5]?.startsAt).to.equal(Date.UTC(2031, 4, 1, 8));
  });

  it('follows has_more with more_starting_after', async () => {
    const request = fakeRequest([
      redeemablesPage(['A', 'B'], { has_more: true, more_starting_after: 'rh_cursor_1' }),
      redeemablesPage(['C'], { has_more: false }),
    ]);
    expect(codesOf(await voucherifyAdapter.fetchVouchers(request))).to.deep.equal(['A', 'B', 'C']);
    expect(request.calls).to.deep.equal([
      { path: REDEEMABLES_PATH, query: { limit: 100 } },
      { path: REDEEMABLES_PATH, query: { limit: 100, starting_after_id: 'rh_cursor_1' } },
    ]);
  });

  it("follows has_more with the last entry's id when there is no more_starting_after", async () => {
    const request = fakeRequest([
      redeemablesPage(['A', 'B'], { has_more: true }),
      redeemablesPage(['C', 'D'], { has_more: true }),
      redeemablesPage(['E']),
    ]);
    expect(codesOf(await voucherifyAdapter.fetchVouchers(request))).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    expect(request.calls.map((c) => c.query.starting_after_id)).to.deep.equal([undefined, 'rh_B', 'rh_D']);
  });

  it('stops when the cursor repeats', async () => {
    const request = fakeRequest(() => redeemablesPage(['SAME'], { has_more: true, more_starting_after: 'rh_loop' }));
    const vouchers = await voucherifyAdapter.fetchVouchers(request);
    expect(request.calls).to.have.length(2);
    expect(codesOf(vouchers)).to.deep.equal(['SAME']);
  });

  it('stops at an empty page or a page without a usable cursor', async () => {
    const empty = fakeRequest([redeemablesPage([], { has_more: true, more_starting_after: 'rh_x' })]);
    expect(await voucherifyAdapter.fetchVouchers(empty)).to.deep.equal([]);
    expect(empty.calls).to.have.length(1);
    const noCursor = redeemablesPage(['A'], { has_more: true });
    delete noCursor.data[0].id;
    const request = fakeRequest([noCursor]);
    expect(codesOf(await voucherifyAdapter.fetchVouchers(request))).to.deep.equal(['A']);
    expect(request.calls).to.have.length(1);
  });

  it(`never follows more than ${MAX_PAGES} pages`, async () => {
    expect(MAX_PAGES).to.equal(50);
    let page = 0;
    const request = fakeRequest(() => {
      page++;
      return redeemablesPage([`P${page}`], { has_more: true, more_starting_after: `rh_after_${page}` });
    });
    const vouchers = await voucherifyAdapter.fetchVouchers(request);
    expect(request.calls).to.have.length(MAX_PAGES);
    expect(vouchers).to.have.length(MAX_PAGES);
    expect(request.calls.at(-1)?.query.starting_after_id).to.equal(`rh_after_${MAX_PAGES - 1}`);
  });

  it('skips redeemables that are not vouchers, and duplicate codes', async () => {
    const page = redeemablesPage(['A', 'B', 'C', 'A']);
    page.data[1].redeemable_object = 'campaign';
    delete page.data[2].redeemable.voucher;
    const vouchers = await voucherifyAdapter.fetchVouchers(fakeRequest([page]));
    expect(codesOf(vouchers)).to.deep.equal(['A']);
  });

  it('skips malformed entries without throwing', async () => {
    const page = redeemablesPage(['GOOD']);
    page.data.push(
      null,
      'voucher',
      [],
      { redeemable_object: 'voucher' },
      { redeemable_object: 'voucher', redeemable: 'x' },
      { redeemable_object: 'voucher', redeemable: { voucher: { code: 7 } } },
      { redeemable_object: 'voucher', redeemable: { voucher: { code: '' }, status: 'ACTIVE' } },
    );
    expect(codesOf(await voucherifyAdapter.fetchVouchers(fakeRequest([page])))).to.deep.equal(['GOOD']);
  });

  it('reports a body without a data array as a parse error', async () => {
    for (const body of [...malformedBodies, { data: {} }, { object: 'list', has_more: false }]) {
      const error = await expectTrayError(voucherifyAdapter.fetchVouchers(fakeRequest([body])));
      expect(error.kind, JSON.stringify(body)).to.equal('parse');
    }
  });

  it('passes getJson errors through, including on a later page', async () => {
    const thrown = new VoucherTrayError('http', 'Too many requests', 429);
    const request = fakeRequest([redeemablesPage(['A'], { has_more: true }), thrown]);
    expect(await expectTrayError(voucherifyAdapter.fetchVouchers(request))).to.equal(thrown);
  });
});

describe('voucherifyAdapter: codes', () => {
  const notFound = () => new VoucherTrayError('http', 'Resource not found', 404);

  it('fetches each code with Get Voucher, percent-encoded, instead of listing', async () => {
    const request = fakeRequest(() => getVoucherBody, { codes: ['LOYALTY-CARD-xLPbpbXR', 'a b/c?#%'] });
    const vouchers = await voucherifyAdapter.fetchVouchers(request);
    expect(request.calls.map((c) => c.path).sort()).to.deep.equal([
      '/v1/vouchers/LOYALTY-CARD-xLPbpbXR',
      '/v1/vouchers/a%20b%2Fc%3F%23%25',
    ]);
    expect(request.calls.every((c) => Object.keys(c.query).length === 0)).to.equal(true);
    // Both answers are the same voucher: shown once.
    expect(vouchers).to.have.length(1);
    expect(vouchers[0]).to.deep.include({
      code: 'LOYALTY-CARD-xLPbpbXR',
      provider: 'voucherify',
      title: 'Loyalty Program Fall 2022',
      value: { kind: 'points', points: 100, expiringPoints: 100, expiringAt: new Date(2024, 0, 1).getTime() },
      status: 'active',
    });
  });

  it('asks for all codes at once, before any answer arrives', async () => {
    const pending: string[] = [];
    const request = fakeRequest((path) => {
      pending.push(path);
      return new Promise((resolve) => setTimeout(() => resolve({ code: path.split('/').pop() }), 10));
    }, { codes: ['ONE', 'TWO', 'THREE'] });
    const loading = voucherifyAdapter.fetchVouchers(request);
    await Promise.resolve();
    expect(pending).to.have.length(3);
    expect(codesOf(await loading)).to.deep.equal(['ONE', 'TWO', 'THREE']);
  });

  it('skips codes that do not exist (404) and asks once per distinct code', async () => {
    const request = fakeRequest(
      (path) => (path.endsWith('/GONE') ? notFound() : { ...copyOf(getVoucherBody), code: 'HERE' }),
      { codes: ['GONE', 'HERE', 'GONE'] },
    );
    expect(codesOf(await voucherifyAdapter.fetchVouchers(request))).to.deep.equal(['HERE']);
    expect(request.calls).to.have.length(2);
  });

  it('fails the load for any other error', async () => {
    for (const thrown of [
      new VoucherTrayError('http', 'Unauthorized', 401),
      new VoucherTrayError('http', 'Server error', 500),
      new VoucherTrayError('network', 'offline'),
      new VoucherTrayError('parse', 'not JSON', 404),
    ]) {
      const request = fakeRequest((path) => (path.endsWith('/BAD') ? thrown : getVoucherBody), {
        codes: ['OK', 'BAD'],
      });
      expect(await expectTrayError(voucherifyAdapter.fetchVouchers(request))).to.equal(thrown);
    }
  });

  it('reports a non-object voucher as a parse error and skips one without a code', async () => {
    const error = await expectTrayError(voucherifyAdapter.fetchVouchers(fakeRequest(['nope'], { codes: ['X'] })));
    expect(error.kind).to.equal('parse');
    const skipped = fakeRequest([{ code: null }, copyOf(errorBody)], { codes: ['X', 'Y'] });
    expect(await voucherifyAdapter.fetchVouchers(skipped)).to.deep.equal([]);
  });
});
