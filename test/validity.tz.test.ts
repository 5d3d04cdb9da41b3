// Validity windows ("Mon–Fri", "12:00–14:00", "1 hour every 2 days") with a controlled clock.
// Re-run in far time zones: days and hours are the shopper's, so every moment here is built
// in local time.
import { expect } from '@open-wc/testing';
import { displayStatus } from '../src/format/status.js';
import { daysText, usesLeftText, validityLine, validityText } from '../src/format/validity.js';
import de from '../src/i18n/de.js';
import { englishStrings } from '../src/i18n/en-list.js';
import { isUsable, isUsableNow, nextVisibilityChange, usableFrom, type Voucher, type VoucherValidity } from '../src/model/voucher.js';
import { isWithinValidity, nextValidStart, nextValidityChange } from '../src/model/validity.js';
import { DAY, HOUR, MINUTE } from '../src/model/time.js';
import { nextChange } from '../src/runtime/runtime.js';

// June 2026: the 10th is a Wednesday, the 13th a Saturday, the 15th a Monday.
const local = (day: number, hours: number, minutes = 0) => new Date(2026, 5, day, hours, minutes).getTime();
const WED_9 = local(10, 9);
const v = (fields: Partial<Voucher> = {}): Voucher => ({ id: 'V', code: 'V', provider: 'test', status: 'active', ...fields });

const WEEKDAYS: VoucherValidity = { days: [1, 2, 3, 4, 5] };
const LUNCH: VoucherValidity = { hours: [{ from: 12 * 60, to: 14 * 60 }] };
const WEEKDAY_LUNCH: VoucherValidity = { hours: [{ from: 12 * 60, to: 14 * 60, days: [1, 2, 3, 4, 5] }] };
const NIGHT: VoucherValidity = { hours: [{ from: 22 * 60, to: 2 * 60 }] };

describe('validity windows (model)', () => {
  it('days of the week: inside on a weekday, outside at the weekend', () => {
    expect(isWithinValidity(WEEKDAYS, WED_9)).to.equal(true);
    expect(isWithinValidity(WEEKDAYS, local(13, 12))).to.equal(false);
    expect(isWithinValidity(WEEKDAYS, local(15, 0))).to.equal(true);
    expect(isWithinValidity(undefined, WED_9)).to.equal(true);
  });

  it('hours: from included, to excluded; a window past midnight belongs to the day it opens', () => {
    expect(isWithinValidity(LUNCH, local(10, 11, 59))).to.equal(false);
    expect(isWithinValidity(LUNCH, local(10, 12))).to.equal(true);
    expect(isWithinValidity(LUNCH, local(10, 13, 59))).to.equal(true);
    expect(isWithinValidity(LUNCH, local(10, 14))).to.equal(false);
    expect(isWithinValidity(NIGHT, local(10, 23))).to.equal(true);
    expect(isWithinValidity(NIGHT, local(11, 1, 30))).to.equal(true);
    expect(isWithinValidity(NIGHT, local(11, 2))).to.equal(false);
  });

  it('hours on some days only', () => {
    expect(isWithinValidity(WEEKDAY_LUNCH, local(10, 12, 30))).to.equal(true);
    expect(isWithinValidity(WEEKDAY_LUNCH, local(13, 12, 30))).to.equal(false);
  });

  it('a repeating period counted from its start: 1 hour every 2 days', () => {
    const every = { every: { from: local(10, 10), durationMs: HOUR, intervalMs: 2 * DAY } };
    expect(isWithinValidity(every, local(10, 9, 59))).to.equal(false);
    expect(isWithinValidity(every, local(10, 10, 30))).to.equal(true);
    expect(isWithinValidity(every, local(11, 10, 30))).to.equal(false);
    expect(isWithinValidity(every, local(12, 10, 30))).to.equal(true);
  });

  it('finds the next window and the next edge', () => {
    expect(nextValidStart(LUNCH, WED_9)).to.equal(local(10, 12));
    expect(nextValidStart(LUNCH, local(10, 12, 30))).to.equal(local(10, 12, 30));
    expect(nextValidStart(WEEKDAY_LUNCH, local(12, 15))).to.equal(local(15, 12));
    expect(nextValidStart(WEEKDAYS, local(13, 12))).to.equal(local(15, 0));
    expect(nextValidityChange(LUNCH, WED_9)).to.equal(local(10, 12));
    expect(nextValidityChange(LUNCH, local(10, 12, 30))).to.equal(local(10, 14));
    // Friday evening: nothing turns at Saturday's midnight, only on Monday.
    expect(nextValidityChange(WEEKDAY_LUNCH, local(12, 15))).to.equal(local(15, 12));
    expect(nextValidityChange(undefined, WED_9)).to.equal(undefined);
  });

  it('a window that never opens gives no next start', () => {
    const never = { days: [1], every: { from: local(10, 0), durationMs: HOUR, intervalMs: 7 * DAY } };
    // Every Wednesday 00:00–01:00, but only on Mondays: never.
    expect(nextValidStart(never, WED_9)).to.equal(undefined);
  });
});

describe('usable now, usable from', () => {
  it('outside its hours a voucher is shown (isUsable) but not usable now, with when it is next', () => {
    const lunch = v({ validity: LUNCH });
    expect(isUsable(lunch, WED_9)).to.equal(true);
    expect(isUsableNow(lunch, WED_9)).to.equal(false);
    expect(usableFrom(lunch, WED_9)).to.equal(local(10, 12));
    expect(isUsableNow(lunch, local(10, 12))).to.equal(true);
    expect(usableFrom(lunch, local(10, 12))).to.equal(undefined);
  });

  it('not before its start, and never again once the next window would open after expiry', () => {
    const later = v({ startsAt: local(12, 9), validity: LUNCH });
    expect(usableFrom(later, WED_9)).to.equal(local(12, 12));
    const closing = v({ validity: LUNCH, expiresAt: local(10, 11) });
    expect(usableFrom(closing, WED_9)).to.equal(undefined);
  });

  it('scheduled by the provider (NOT_ACTIVE_YET): shown, never usable now', () => {
    const scheduled = v({ status: 'scheduled' });
    expect(isUsable(scheduled, WED_9)).to.equal(true);
    expect(isUsableNow(scheduled, WED_9)).to.equal(false);
    expect(usableFrom(scheduled, WED_9)).to.equal(undefined);
    expect(usableFrom(v({ status: 'scheduled', startsAt: local(11, 8) }), WED_9)).to.equal(local(11, 8));
  });

  it('locked or unclaimed: shown, not usable now, no time given', () => {
    for (const blocked of ['locked', 'unclaimed'] as const) {
      expect(isUsable(v({ blocked }), WED_9)).to.equal(true);
      expect(isUsableNow(v({ blocked }), WED_9)).to.equal(false);
      expect(usableFrom(v({ blocked }), WED_9)).to.equal(undefined);
    }
  });

  it('the shared timer wakes the tray when a window opens or closes, and when points expire', () => {
    expect(nextVisibilityChange([v({ validity: LUNCH })], WED_9)).to.equal(local(10, 12));
    expect(nextChange([v({ validity: LUNCH })], [v({ validity: LUNCH })], local(10, 12, 5))).to.equal(local(10, 14));
    const points = v({ value: { kind: 'points', points: 10, expiringPoints: 5, expiringAt: local(11, 0) } });
    expect(nextVisibilityChange([points], WED_9)).to.equal(local(11, 0));
  });
});

describe('validity texts', () => {
  const en = (voucher: Voucher, now = WED_9) => displayStatus(voucher, now, 'en-GB', englishStrings);

  it('days as ranges and lists, Monday first', () => {
    expect(daysText([1, 2, 3, 4, 5], 'en-GB')).to.equal('Mon–Fri');
    expect(daysText([6, 0], 'en-GB')).to.equal('Sat, Sun');
    expect(daysText([1, 3, 5], 'en-GB')).to.equal('Mon, Wed, Fri');
    expect(daysText([0, 1, 2, 3, 4, 5, 6], 'en-GB')).to.equal('');
    // Engines differ on the German abbreviation ("Mo" or "Mo.").
    expect(daysText([1, 2, 3, 4, 5], 'de')).to.match(/^Mo\.?–Fr\.?$/);
  });

  it('"Valid Mon–Fri", "Valid 12:00–14:00", both together', () => {
    expect(validityText(v({ validity: WEEKDAYS }), 'en-GB', englishStrings)).to.equal('Valid Mon–Fri');
    expect(validityText(v({ validity: LUNCH }), 'en-GB', englishStrings)).to.equal('Valid 12:00–14:00');
    expect(validityText(v({ validity: WEEKDAY_LUNCH }), 'en-GB', englishStrings)).to.equal('Valid Mon–Fri 12:00–14:00');
    expect(validityText(v({ validity: { ...WEEKDAYS, ...LUNCH } }), 'de', de)).to.match(/^Gültig Mo\.?–Fr\.?, 12:00–14:00$/);
    expect(validityText(v(), 'en-GB', englishStrings)).to.equal(undefined);
  });

  it('points about to expire, until they have', () => {
    const points = v({ value: { kind: 'points', points: 1240, expiringPoints: 100, expiringAt: new Date(2026, 6, 1).getTime() } });
    expect(validityLine(points, WED_9, 'en-GB', englishStrings)).to.equal('100 points expire on 30 Jun 2026');
    expect(validityLine(points, new Date(2026, 6, 1).getTime(), 'en-GB', englishStrings)).to.equal(undefined);
    const one = v({ value: { kind: 'points', points: 1, expiringPoints: 1, expiringAt: local(11, 0) } });
    expect(validityLine(one, WED_9, 'en-GB', englishStrings)).to.equal('1 point expires on 10 Jun 2026');
  });

  it('uses left, only while it is active', () => {
    expect(usesLeftText(v({ usesLeft: 2 }), 'en', englishStrings)).to.equal('2 uses left');
    expect(usesLeftText(v({ usesLeft: 1 }), 'en', englishStrings)).to.equal('1 use left');
    expect(usesLeftText(v({ usesLeft: 3 }), 'de', de)).to.equal('Noch 3-mal einlösbar');
    expect(usesLeftText(v({ usesLeft: 0, status: 'used' }), 'en', englishStrings)).to.equal(undefined);
    expect(usesLeftText(v(), 'en', englishStrings)).to.equal(undefined);
  });

  it('status: muted "Usable from …" outside its hours, "Starts on …" before its start, "Not active yet", why it is held back', () => {
    expect(en(v({ validity: LUNCH }))).to.deep.equal({ key: 'scheduled', label: `Usable from ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(local(10, 12))}` });
    expect(en(v({ validity: LUNCH }), local(10, 12, 30))).to.deep.equal({ key: 'active', label: '' });
    expect(en(v({ startsAt: local(11, 8) })).label).to.match(/^Starts /);
    expect(en(v({ status: 'scheduled' }))).to.deep.equal({ key: 'scheduled', label: 'Not active yet' });
    expect(en(v({ blocked: 'locked' }))).to.deep.equal({ key: 'blocked', label: 'Locked for now' });
    expect(en(v({ blocked: 'unclaimed' }))).to.deep.equal({ key: 'blocked', label: 'Claim it to use it' });
    expect(en(v({ role: 'referrer' }))).to.deep.equal({ key: 'active', label: 'Referral code to share' });
    expect(en(v({ status: 'used', role: 'referrer' }))).to.deep.equal({ key: 'used', label: 'Used' });
    expect(en(v({ expiresAt: WED_9 - MINUTE }))).to.deep.equal({ key: 'expired', label: 'Expired 1 minute ago' });
  });
});
