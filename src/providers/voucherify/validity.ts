import type { VoucherValidity } from '../../model/voucher.js';
import { asArray, asObject, type JsonObject } from '../../model/json.js';
import { parseIsoTime } from '../dates.js';
import { DAY, HOUR, MINUTE } from '../../model/time.js';

/**
 * `validity_day_of_week`, `validity_hours.daily` and `validity_timeframe` as recurring windows.
 * The API names no time zone for them (they follow the project's); the tray reads them on the
 * shopper's clock, where "Mon–Fri, 12:00–14:00" is what a shopper expects them to mean.
 */
export function voucherValidity(voucher: JsonObject): VoucherValidity | undefined {
  const validity: VoucherValidity = {};
  const days = weekdays(voucher.validity_day_of_week);
  if (days) validity.days = days;
  const hours = (asArray(asObject(voucher.validity_hours)?.daily) ?? []).flatMap((value) => {
    const entry = asObject(value);
    const from = minuteOfDay(entry?.start_time);
    const to = minuteOfDay(entry?.expiration_time);
    // 24:00 may end a window, never open one.
    if (from === undefined || to === undefined || from === 24 * 60) return [];
    const onDays = weekdays(entry?.days_of_week);
    return [onDays ? { from, to, days: onDays } : { from, to }];
  });
  if (hours.length > 0) validity.hours = hours;
  // The schema requires start_date with a timeframe: the periods are counted from it.
  const timeframe = asObject(voucher.validity_timeframe);
  const from = parseIsoTime(voucher.start_date);
  const durationMs = isoDuration(timeframe?.duration);
  const intervalMs = isoDuration(timeframe?.interval);
  // Periods shorter than a minute are no shopper's schedule (and would re-render without pause).
  if (from !== undefined && durationMs !== undefined && intervalMs !== undefined && durationMs >= MINUTE && intervalMs >= MINUTE) {
    validity.every = { from, durationMs, intervalMs };
  }
  return Object.keys(validity).length > 0 ? validity : undefined;
}

/** Weekdays 0 (Sunday) – 6, each once; undefined for none (an empty list restricts nothing). */
function weekdays(value: unknown): number[] | undefined {
  const days = (asArray(value) ?? []).filter((day): day is number => Number.isInteger(day) && (day as number) >= 0 && (day as number) <= 6);
  return days.length > 0 ? [...new Set(days)].sort((a, b) => a - b) : undefined;
}

/** `HH:mm` (seconds allowed and dropped) as minutes after midnight; `24:00` ends a day. */
function minuteOfDay(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim()) : null;
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= 24 * 60 ? minutes : undefined;
}

// Weeks, days, hours, minutes, seconds: years and months have no fixed length, so are refused.
const ISO_DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** An ISO 8601 duration (`PT1H`, `P2D`, `P1W`) in ms; undefined when empty, zero or unsupported. */
export function isoDuration(value: unknown): number | undefined {
  const match = typeof value === 'string' ? ISO_DURATION.exec(value.trim()) : null;
  if (!match || value === 'P' || value === 'PT') return undefined;
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const ms = (weeks! * 7 + days!) * DAY + hours! * HOUR + minutes! * MINUTE + seconds! * 1000;
  return ms > 0 && Number.isFinite(ms) ? ms : undefined;
}
