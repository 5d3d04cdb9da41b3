import { expect } from '@open-wc/testing';
import { epochSecondsToMs, parseIsoTime, parseSpaazaExpiry } from '../../src/providers/dates.js';

describe('parseIsoTime', () => {
  it('reads the timestamps of the Voucherify samples', () => {
    expect(parseIsoTime('2022-10-31T00:00:00.000Z')).to.equal(Date.UTC(2022, 9, 31));
    expect(parseIsoTime('2024-03-22T17:48:18.57+00:00')).to.equal(Date.UTC(2024, 2, 22, 17, 48, 18, 570));
    expect(parseIsoTime('2024-03-21T12:43:02.915953+00:00')).to.equal(
      Date.UTC(2024, 2, 21, 12, 43, 2, 915),
    );
    expect(parseIsoTime('2023-12-31')).to.equal(Date.UTC(2023, 11, 31));
  });

  it('accepts fractions of 1 to 9 digits, truncated to milliseconds', () => {
    const base = Date.UTC(2024, 0, 2, 3, 4, 5);
    expect(parseIsoTime('2024-01-02T03:04:05.9Z')).to.equal(base + 900);
    expect(parseIsoTime('2024-01-02T03:04:05.12Z')).to.equal(base + 120);
    expect(parseIsoTime('2024-01-02T03:04:05.1239Z')).to.equal(base + 123);
    expect(parseIsoTime('2024-01-02T03:04:05.999999999Z')).to.equal(base + 999);
    expect(parseIsoTime('2024-01-02T03:04:05.1234567890Z')).to.equal(undefined);
    expect(parseIsoTime('2024-01-02T03:04:05.Z')).to.equal(undefined);
  });

  it('applies zone offsets in every written form', () => {
    const noon = Date.UTC(2024, 5, 1, 12);
    expect(parseIsoTime('2024-06-01T12:00:00Z')).to.equal(noon);
    expect(parseIsoTime('2024-06-01T12:00:00+00:00')).to.equal(noon);
    expect(parseIsoTime('2024-06-01T17:30:00+05:30')).to.equal(noon);
    expect(parseIsoTime('2024-06-01T17:30:00+0530')).to.equal(noon);
    expect(parseIsoTime('2024-06-01T04:00:00-08:00')).to.equal(noon);
    expect(parseIsoTime('2024-06-01T14:00:00+02')).to.equal(noon);
    // Crossing midnight and the year boundary.
    expect(parseIsoTime('2024-01-01T01:00:00+02:00')).to.equal(Date.UTC(2023, 11, 31, 23));
  });

  it('reads a time without a zone, or without seconds, as UTC', () => {
    expect(parseIsoTime('2024-06-01T12:00:00')).to.equal(Date.UTC(2024, 5, 1, 12));
    expect(parseIsoTime('2024-06-01 12:00:00')).to.equal(Date.UTC(2024, 5, 1, 12));
    expect(parseIsoTime('2024-06-01T12:30')).to.equal(Date.UTC(2024, 5, 1, 12, 30));
  });

  it('handles leap years and years before 100', () => {
    expect(parseIsoTime('2024-02-29')).to.equal(Date.UTC(2024, 1, 29));
    expect(parseIsoTime('2000-02-29')).to.equal(Date.UTC(2000, 1, 29));
    expect(parseIsoTime('2023-02-29')).to.equal(undefined);
    expect(parseIsoTime('1900-02-29')).to.equal(undefined);
    // Date.UTC would turn year 50 into 1950.
    const early = new Date(0);
    early.setUTCFullYear(50, 0, 1);
    expect(parseIsoTime('0050-01-01T00:00:00Z')).to.equal(early.getTime());
  });

  it('rejects impossible dates and times', () => {
    for (const text of [
      '2024-13-01',
      '2024-00-10',
      '2024-02-30',
      '2024-04-31',
      '2024-01-00',
      '2024-01-01T24:00:00Z',
      '2024-01-01T23:60:00Z',
      '2024-01-01T23:59:60Z',
      '2024-01-01T12:00:00+24:00',
      '2024-01-01T12:00:00+05:60',
    ]) {
      expect(parseIsoTime(text), text).to.equal(undefined);
    }
  });

  it('rejects malformed text and other types without throwing', () => {
    for (const value of [
      '',
      'soon',
      '2024-1-01',
      '24-01-01',
      '2024/01/01',
      '2024-01-01T',
      '2024-01-01Z',
      '2024-01-01T12:00:00 UTC',
      '2024-01-01T12:00:00+5:30',
      '{{expiration_date}}',
      1700000000000,
      null,
      undefined,
      {},
      [],
      true,
    ]) {
      expect(parseIsoTime(value), String(value)).to.equal(undefined);
    }
  });
});

describe('parseSpaazaExpiry', () => {
  it('reads the zone-less Spaaza format as UTC', () => {
    expect(parseSpaazaExpiry('2018-07-30 00:00:00')).to.equal(Date.UTC(2018, 6, 30));
    expect(parseSpaazaExpiry('2031-12-31 23:59:59')).to.equal(Date.UTC(2031, 11, 31, 23, 59, 59));
    expect(parseSpaazaExpiry('2031-12-31T23:59:59')).to.equal(Date.UTC(2031, 11, 31, 23, 59, 59));
  });

  it('rejects impossible and malformed values', () => {
    for (const value of [
      '2018-02-30 00:00:00',
      '2018-13-01 00:00:00',
      '2018-07-30 25:00:00',
      '2018-07-30',
      '2018-07-30 00:00',
      '2018-07-30 00:00:00Z',
      '2018-07-30 00:00:00+02:00',
      'never',
      null,
      1532908800,
      {},
    ]) {
      expect(parseSpaazaExpiry(value), String(value)).to.equal(undefined);
    }
  });
});

describe('epochSecondsToMs', () => {
  it('turns CleverTap epoch seconds into milliseconds', () => {
    expect(epochSecondsToMs(1750789800)).to.equal(1750789800000);
    expect(epochSecondsToMs('1750789800')).to.equal(1750789800000);
    expect(epochSecondsToMs(1750789800.5)).to.equal(1750789800500);
    expect(epochSecondsToMs(0)).to.equal(0);
  });

  it('rejects negative, non-finite, non-numeric and out-of-range values', () => {
    for (const value of [-1, '-1', NaN, Infinity, '', 'abc', '1e3', '0x10', null, undefined, {}, [], 9e12]) {
      expect(epochSecondsToMs(value), String(value)).to.equal(undefined);
    }
  });
});
