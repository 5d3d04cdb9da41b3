import { expect } from '@open-wc/testing';
import { checkedVouchers } from '../src/model/guard.js';

const PAGE = 'https://shop.invalid/page';
const one = (fields: Record<string, unknown>) => checkedVouchers([{ code: 'C', ...fields }], 'test', PAGE)[0]!;

describe('the guard: the fields added for provider fidelity', () => {
  it('keeps well-formed ones as given', () => {
    const validity = { days: [1, 2, 3, 4, 5], hours: [{ from: 720, to: 840, days: [1] }], every: { from: 0, durationMs: 3_600_000, intervalMs: 172_800_000 } };
    expect(one({ role: 'referrer', usesLeft: 2, blocked: 'locked', status: 'scheduled', validity })).to.deep.equal({
      id: 'C', code: 'C', provider: 'test', status: 'scheduled', role: 'referrer', usesLeft: 2, blocked: 'locked', validity,
    });
    expect(one({ value: { kind: 'percent', percent: 20, maxAmount: 50, currency: 'EUR' } }).value).to.deep.equal({ kind: 'percent', percent: 20, maxAmount: 50, currency: 'EUR' });
    expect(one({ value: { kind: 'balance', amount: 1, total: 5 } }).value).to.deep.equal({ kind: 'balance', amount: 1, total: 5 });
    expect(one({ value: { kind: 'points', points: 9, expiringPoints: 3, expiringAt: 1e12 } }).value).to.deep.equal({ kind: 'points', points: 9, expiringPoints: 3, expiringAt: 1e12 });
    expect(one({ value: { kind: 'units', units: 2, freeShipping: true } }).value).to.deep.equal({ kind: 'units', units: 2, freeShipping: true });
    expect(one({ value: { kind: 'computed', basis: 'percent' } }).value).to.deep.equal({ kind: 'computed', basis: 'percent' });
  });

  it('drops what is out of range or of the wrong type', () => {
    const odd = one({
      role: 'REFERRER',
      usesLeft: -1,
      blocked: 'yes',
      status: 'NOT_ACTIVE_YET',
      validity: { days: [7, -1, 1.5, '1'], hours: [{ from: 1440, to: 10 }, { from: 60 }, 'x'], every: { from: 0, durationMs: 0, intervalMs: 1 } },
    });
    expect(odd).to.deep.equal({ id: 'C', code: 'C', provider: 'test', status: 'active' });
    expect(one({ usesLeft: 1.5 }).usesLeft).to.equal(undefined);
    // A period of milliseconds would re-render the tray without pause.
    expect(one({ validity: { every: { from: 0, durationMs: 1, intervalMs: 2 } } }).validity).to.equal(undefined);
    expect(one({ validity: { every: { from: 0, durationMs: 60_000.5, intervalMs: 120_000 } } }).validity).to.equal(undefined);
    expect(one({ value: { kind: 'balance', amount: 5, total: 1 } }).value).to.deep.equal({ kind: 'balance', amount: 5 });
    expect(one({ value: { kind: 'percent', percent: 20, maxAmount: -5, currency: 'EUR' } }).value).to.deep.equal({ kind: 'percent', percent: 20 });
    expect(one({ value: { kind: 'points', points: 9, expiringPoints: 3, expiringAt: 'soon' } }).value).to.deep.equal({ kind: 'points', points: 9 });
    expect(one({ value: { kind: 'units', units: 2, freeShipping: 'yes' } }).value).to.deep.equal({ kind: 'units', units: 2 });
    expect(one({ value: { kind: 'computed', basis: 'magic' } }).value).to.equal(undefined);
  });

  it('keeps a schedule, not thousands of hour windows', () => {
    const hours = Array.from({ length: 5000 }, (_, i) => ({ from: i % 1440, to: (i + 1) % 1440 }));
    expect(one({ validity: { hours } }).validity?.hours).to.have.length(28);
  });

  it('builds fresh validity objects, sorted and de-duplicated', () => {
    const days = [5, 1, 1, 3];
    const voucher = one({ validity: { days } });
    expect(voucher.validity).to.deep.equal({ days: [1, 3, 5] });
    days.push(6);
    expect(voucher.validity?.days).to.deep.equal([1, 3, 5]);
  });
});
