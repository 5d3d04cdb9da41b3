import { expect } from '@open-wc/testing';
import { visibleVouchers, nextVisibilityChange, type Voucher } from '../src/model/voucher.js';

const v = (code: string, extra: Partial<Voucher> = {}): Voucher => ({
  id: code,
  code,
  provider: 'test',
  status: 'active',
  ...extra,
});

describe('visibleVouchers', () => {
  const now = Date.UTC(2026, 0, 1);
  const all = [
    v('NEVER'),
    v('LATER', { expiresAt: now + 2000 }),
    v('SOON', { expiresAt: now + 1000 }),
    v('GONE', { expiresAt: now - 1 }),
    v('EXACT', { expiresAt: now }),
    v('USED', { status: 'used', expiresAt: now + 500 }),
    v('OFF', { status: 'disabled' }),
    v('EMPTY', { status: 'no-balance' }),
    v('NOT-YET', { startsAt: now + 10_000 }),
  ];

  it('hides expired and unusable entries and orders by soonest expiry', () => {
    expect(visibleVouchers(all, now).map((x) => x.code)).to.deep.equal([
      'SOON',
      'LATER',
      'NEVER',
      'NOT-YET',
    ]);
  });

  it('keeps everything with showExpired: the usable first, then the unusable, each soonest expiry first', () => {
    const codes = visibleVouchers(all, now, true).map((x) => x.code);
    expect(codes).to.deep.equal(['SOON', 'LATER', 'NEVER', 'NOT-YET', 'GONE', 'EXACT', 'USED', 'OFF', 'EMPTY']);
  });

  it('names the next moment an entry expires or starts', () => {
    expect(nextVisibilityChange(all, now)).to.equal(now + 500);
    expect(nextVisibilityChange(all, now + 2000)).to.equal(now + 10_000);
    expect(nextVisibilityChange(all, now + 10_000)).to.equal(undefined);
  });
});
