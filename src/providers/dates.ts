/**
 * Provider timestamps to epoch milliseconds. Hand-written parsers on purpose: `Date.parse`
 * disagrees across engines on 6-digit fractions, and on zone-less strings it means local
 * time, while every provider here means UTC. Each returns `undefined` for anything
 * malformed (including impossible dates such as Feb 30) and never throws.
 */

import { MAX_TIME_MS } from '../model/time.js';

// Date, optionally a time (`T` or space), optional 1–9 digit fraction, optional zone.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

// Spaaza's `voucher_expiry_datetime_utc`: `2050-01-01 00:00:00`, UTC with no zone marker.
const SPAAZA_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})$/;

const ZONE_OFFSET = /^([+-])(\d{2})(?::?(\d{2}))?$/;


/** ISO 8601 (`Z`, `±hh:mm`, `±hhmm`, `±hh`, or no zone = UTC; date-only = UTC midnight). */
export function parseIsoTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_8601.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  // Fractions beyond milliseconds are truncated, as every engine does for 3 digits.
  const millis = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  const local = utcMillis(
    Number(year),
    Number(month),
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(second ?? 0),
    millis,
  );
  const offset = zoneOffsetMs(zone);
  if (local === undefined || offset === undefined) return undefined;
  return local - offset;
}

/** Spaaza `YYYY-MM-DD HH:MM:SS` (a `T` separator is accepted too), read as UTC. */
export function parseSpaazaExpiry(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = SPAAZA_DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number, number, number, number, number, number,
  ];
  return utcMillis(year, month, day, hour, minute, second, 0);
}

/** CleverTap `listExpiry`: epoch seconds, as a number or a decimal string. */
export function epochSecondsToMs(value: unknown): number | undefined {
  let seconds: number;
  if (typeof value === 'number') seconds = value;
  else if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) seconds = Number(value);
  else return undefined;
  if (!Number.isFinite(seconds) || seconds < 0) return undefined;
  const ms = Math.round(seconds * 1000);
  return ms <= MAX_TIME_MS ? ms : undefined;
}

/** Milliseconds of a UTC wall-clock time, or undefined when no such time exists. */
function utcMillis(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `Z` or no zone = 0; `±hh[:mm]` within ±23:59; anything else undefined. */
function zoneOffsetMs(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0;
  const match = ZONE_OFFSET.exec(zone);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (hours * 60 + minutes) * 60_000;
}
