// Units of time in milliseconds, and the range a `Date` can hold: one copy for the adapters,
// the guard, the token client and the formatters.
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** The last moment a `Date` can hold (±100,000,000 days around the epoch). */
export const MAX_TIME_MS = 8.64e15;

/** True for an epoch-ms time a `Date` can hold. */
export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_TIME_MS;
