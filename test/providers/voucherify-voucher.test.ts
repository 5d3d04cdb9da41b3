import { expect } from '@open-wc/testing';
import { mapVoucherifyVoucher, voucherifyErrorMessage } from '../../src/providers/voucherify/voucher.js';
import errorBody from '../fixtures/voucherify-error.json';
import getVoucherBody from '../fixtures/voucherify-get-voucher.json';
import listVouchersBody from '../fixtures/voucherify-list-vouchers.json';
import { copyOf } from './fake-request.js';

/** The Get Voucher sample with some top-level fields replaced. */
function sample(changes: Record<string, unknown>): Record<string, any> {
  return { ...copyOf(getVoucherBody), ...changes };
}

const map = (json: unknown, status?: unknown) => mapVoucherifyVoucher(json, status);

describe('mapVoucherifyVoucher', () => {
  it('maps the Get Voucher sample (a loyalty card) field by field', () => {
    expect(map(getVoucherBody)).to.deep.equal({
      id: 'v_hrMBBeT4sOP9VSGPmj5KAgJwX202UjiY',
      code: 'LOYALTY-CARD-xLPbpbXR',
      provider: 'voucherify',
      title: 'Loyalty Program Fall 2022',
      description: undefined,
      // 100 of them expire with 31 Dec 2023, read on the shopper's clock.
      value: { kind: 'points', points: 100, expiringPoints: 100, expiringAt: new Date(2024, 0, 1).getTime() },
      startsAt: undefined,
      expiresAt: undefined,
      status: 'active',
      image: undefined,
      qrUrl: undefined,
      barcodeUrl: undefined,
    });
  });

  it('maps the dated amount discount of the List Vouchers sample', () => {
    expect(map(listVouchersBody.vouchers[1], undefined)).to.deep.equal({
      id: 'v_OBVfpTVf24DBz0HZmKVZa5UEl1DUg2bn',
      code: 'AmountDiscount',
      provider: 'voucherify',
      // No campaign: the category names it.
      title: 'First',
      description:
        'This voucher discount is based on a formula, payment must be using VISA, and order must be over $100.',
      // amount_off 400 is what the formula falls back to, not what the shopper gets.
      value: { kind: 'computed', basis: 'amount' },
      startsAt: Date.UTC(2022, 8, 1),
      expiresAt: Date.UTC(2022, 9, 31),
      status: 'active',
      image: undefined,
      qrUrl: undefined,
      barcodeUrl: undefined,
      validity: { days: [1, 2, 3, 4, 5] },
    });
  });

  it('names the provider it is told to', () => {
    expect(mapVoucherifyVoucher(getVoucherBody, undefined, 'voucherify-vouchers')?.provider).to.equal(
      'voucherify-vouchers',
    );
  });

  it('reads every kind of value', () => {
    // The sample is a loyalty card; without a type, the object present is the value.
    const valueOf = (changes: Record<string, unknown>) => map(sample({ type: null, ...changes }))?.value;
    expect(valueOf({ discount: { type: 'AMOUNT', amount_off: 1999 } })).to.deep.equal(
      { kind: 'amount', amount: 19.99 },
    );
    expect(valueOf({ discount: { type: 'AMOUNT', amount_off: '1000' } })).to.deep.equal(
      { kind: 'amount', amount: 10 },
    );
    expect(valueOf({ discount: { type: 'FIXED', fixed_amount: 2500 } })).to.deep.equal(
      { kind: 'fixed-price', amount: 25 },
    );
    expect(valueOf({ discount: { type: 'PERCENT', percent_off: 15 } })).to.deep.equal(
      { kind: 'percent', percent: 15 },
    );
    // A product or SKU id is no name a shopper can read: the unit type is left out.
    expect(valueOf({ discount: { type: 'UNIT', unit_off: 2, unit_type: 'prod_coffee' } })).to.deep.equal({ kind: 'units', units: 2 });
    expect(valueOf({ discount: { type: 'UNIT', unit_off: 2, unit_type: 'sku_0b1621b319d248b79f' } })).to.deep.equal({ kind: 'units', units: 2 });
    expect(valueOf({ discount: { type: 'UNIT', unit_off: 3, unit_type: 'car wash' } })).to.deep.equal({
      kind: 'units',
      units: 3,
      unitType: 'car wash',
    });
    expect(valueOf({ discount: { type: 'UNIT', unit_off: 1, unit_type: 'prod_5h1pp1ng' } })).to.deep.equal({
      kind: 'free-shipping',
    });
    // A gift card's balance, out of what it held.
    expect(valueOf({ loyalty_card: null, gift: { amount: 10000, balance: 500 } })).to.deep.equal({
      kind: 'balance',
      amount: 5,
      total: 100,
    });
  });

  it('leaves out values it cannot trust', () => {
    const valueOf = (changes: Record<string, unknown>) => map(sample({ type: null, ...changes }))?.value;
    expect(valueOf({ discount: { type: 'PERCENT', percent_off: 150 } })).to.equal(undefined);
    expect(valueOf({ discount: { type: 'AMOUNT', amount_off: -100 } })).to.equal(undefined);
    expect(valueOf({ discount: { type: 'AMOUNT', amount_off: 'lots' } })).to.equal(undefined);
    expect(valueOf({ discount: { type: 'UNIT', unit_type: 'prod_coffee' } })).to.equal(undefined);
    expect(valueOf({ discount: { type: 'MYSTERY', amount_off: 100 } })).to.equal(undefined);
    expect(valueOf({ discount: 'AMOUNT', loyalty_card: null })).to.equal(undefined);
    expect(valueOf({ loyalty_card: { balance: null } })).to.equal(undefined);
  });

  it('takes the redeemable status when there is one', () => {
    const statusOf = (status: unknown) => map(getVoucherBody, status)?.status;
    expect(statusOf('ACTIVE')).to.equal('active');
    expect(statusOf('NOT_ACTIVE_YET')).to.equal('scheduled');
    expect(statusOf('USED')).to.equal('used');
    expect(statusOf('EXPIRED')).to.equal('expired');
    expect(statusOf('DISABLED')).to.equal('disabled');
    expect(statusOf('NO_BALANCE')).to.equal('no-balance');
    // Unknown or odd values fall back to what the voucher itself says.
    expect(statusOf('SOMETHING_NEW')).to.equal('active');
    expect(statusOf('constructor')).to.equal('active');
    expect(statusOf(3)).to.equal('active');
  });

  it('keeps the start of a voucher that is not active yet', () => {
    const voucher = map(sample({ start_date: '2030-01-01T00:00:00Z' }), 'NOT_ACTIVE_YET');
    expect(voucher?.status).to.equal('scheduled');
    expect(voucher?.startsAt).to.equal(Date.UTC(2030, 0, 1));
  });

  it('treats active: false as disabled, unless the redeemable says something stronger', () => {
    expect(map(sample({ active: false }))?.status).to.equal('disabled');
    expect(map(sample({ active: false }), 'ACTIVE')?.status).to.equal('disabled');
    expect(map(sample({ active: false }), 'USED')?.status).to.equal('used');
    expect(map(sample({ active: null }))?.status).to.equal('active');
  });

  it('works the status out from redemptions and balance without a redeemable status', () => {
    const statusOf = (changes: Record<string, unknown>) => map(sample(changes))?.status;
    expect(statusOf({ redemption: { quantity: 1, redeemed_quantity: 1 } })).to.equal('used');
    expect(statusOf({ redemption: { quantity: 3, redeemed_quantity: 5 } })).to.equal('used');
    expect(statusOf({ redemption: { quantity: 3, redeemed_quantity: 2 } })).to.equal('active');
    // quantity null = unlimited (the sample has redeemed_quantity 1 with quantity null).
    expect(statusOf({})).to.equal('active');
    expect(statusOf({ redemption: 'n/a' })).to.equal('active');
    expect(statusOf({ type: 'GIFT_VOUCHER', loyalty_card: null, gift: { amount: 5000, balance: 0 } })).to.equal('no-balance');
    // The type decides: a loyalty card's stray gift object says nothing about it.
    expect(statusOf({ gift: { amount: 5000, balance: 0 } })).to.equal('active');
    expect(statusOf({ loyalty_card: { balance: 0 } })).to.equal('active');
  });

  it('titles from campaign, then category, then the first category name, else nothing', () => {
    expect(map(sample({ campaign: null }))?.title).to.equal('First');
    expect(map(sample({ campaign: null, category: null }))?.title).to.equal('First');
    expect(map(sample({ campaign: '', category: null, categories: [] }))?.title).to.equal(undefined);
    expect(map(sample({ campaign: 12, category: null }))?.title).to.equal('12');
  });

  it('keeps only https asset and image links, dropping the docs placeholder', () => {
    const assets = {
      qr: { id: 'q', url: 'https://dl.voucherify.io/api/v1/assets/qr/abc%2Bdef' },
      barcode: { id: 'b', url: 'https://dl.voucherify.io/api/v1/assets/barcode/xyz' },
    };
    const linked = map(sample({ assets, metadata: { image_url: 'https://cdn.example.com/v.png' } }));
    expect(linked?.qrUrl).to.equal('https://dl.voucherify.io/api/v1/assets/qr/abc%2Bdef');
    expect(linked?.barcodeUrl).to.equal('https://dl.voucherify.io/api/v1/assets/barcode/xyz');
    expect(linked?.image).to.equal('https://cdn.example.com/v.png');
    expect(map(sample({ metadata: { image: 'https://cdn.example.com/alt.png' } }))?.image).to.equal(
      'https://cdn.example.com/alt.png',
    );
    const unsafe = map(
      sample({
        assets: { qr: { url: 'http://insecure.example.com/qr' }, barcode: { url: 'javascript:alert(1)' } },
        metadata: { image_url: 'data:image/png;base64,AAAA', image: '{{image}}' },
      }),
    );
    expect([unsafe?.qrUrl, unsafe?.barcodeUrl, unsafe?.image]).to.deep.equal([undefined, undefined, undefined]);
    expect(map(getVoucherBody)?.qrUrl).to.equal(undefined);
  });

  it('skips anything without a string code and survives wrong types', () => {
    for (const value of [null, undefined, 'CODE', 42, [], {}, { code: '' }, { code: '  ' }, { code: 404 }]) {
      expect(map(value), JSON.stringify(value)).to.equal(undefined);
    }
    // The error body carries a numeric `code`; it must not become a voucher "404".
    expect(map(errorBody)).to.equal(undefined);
    const odd = map({
      code: 'ODD',
      id: null,
      campaign: {},
      additional_info: 5,
      start_date: 'yesterday',
      expiration_date: 17,
      discount: [],
      gift: 'x',
      loyalty_card: 1,
      metadata: 'm',
      assets: [],
      redemption: null,
    });
    expect(odd).to.deep.equal({
      id: 'ODD',
      code: 'ODD',
      provider: 'voucherify',
      title: undefined,
      description: '5',
      value: undefined,
      startsAt: undefined,
      expiresAt: undefined,
      status: 'active',
      image: undefined,
      qrUrl: undefined,
      barcodeUrl: undefined,
    });
  });
});

describe('voucherifyErrorMessage', () => {
  it('joins message and details', () => {
    expect(voucherifyErrorMessage(errorBody)).to.equal('Resource not found: Cannot find voucher with id NOPE-123');
  });

  it('uses what there is and ignores other shapes', () => {
    expect(voucherifyErrorMessage({ code: 401, message: 'Unauthorized' })).to.equal('Unauthorized');
    expect(voucherifyErrorMessage({ details: 'Only details' })).to.equal('Only details');
    expect(voucherifyErrorMessage({ code: 500 })).to.equal(undefined);
    expect(voucherifyErrorMessage('<html>')).to.equal(undefined);
    expect(voucherifyErrorMessage(null)).to.equal(undefined);
  });
});
