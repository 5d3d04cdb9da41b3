import { expect } from '@open-wc/testing';
import { epochSecondsToMs, parseIsoTime, parseSpaazaExpiry } from '../../src/providers/dates.js';

// Re-run by web-test-runner with the browser in Pacific/Kiritimati (UTC+14) and
// Pacific/Pago_Pago (UTC-11): a parser that slipped into local time fails here. That the
// zone really took effect is asserted by test/timezone.tz.test.ts in the same groups.
describe('provider dates, whatever the browser time zone', () => {
  it('reads a zone-less Spaaza expiry as UTC', () => {
    expect(parseSpaazaExpiry('2050-01-01 00:00:00')).to.equal(Date.UTC(2050, 0, 1));
    expect(parseSpaazaExpiry('2018-07-30T00:00:00')).to.equal(Date.UTC(2018, 6, 30));
  });

  it('reads ISO times with +00:00 and 6-digit fractions as UTC', () => {
    expect(parseIsoTime('2024-03-22T17:48:25.910974+00:00')).to.equal(
      Date.UTC(2024, 2, 22, 17, 48, 25, 910),
    );
    expect(parseIsoTime('2024-03-22T17:48:25.910974')).to.equal(Date.UTC(2024, 2, 22, 17, 48, 25, 910));
  });

  it('reads a date-only value as UTC midnight', () => {
    expect(parseIsoTime('2023-12-31')).to.equal(Date.UTC(2023, 11, 31));
    expect(parseIsoTime('2024-02-29')).to.equal(Date.UTC(2024, 1, 29));
  });

  it('keeps epoch seconds independent of the zone', () => {
    expect(epochSecondsToMs(1750789800)).to.equal(Date.UTC(2025, 5, 24, 18, 30));
  });
});
