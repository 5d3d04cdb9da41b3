// What every provider's demo data is built from: the seed fixtures, a random source seeded
// by the shopper's identity (so each shopper sees their own, stable codes), and moments
// computed from now (so the data never goes stale however long ago it was written).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Identities with a special behaviour, the same for every provider. */
export const SPECIAL = Object.freeze({
  /** Empty voucher lists. */
  nobody: 'nobody',
  /** The provider answers 500 with its error body. */
  error: 'error',
  /** The provider answers after two seconds. */
  slow: 'slow',
  /** 230 vouchers, so pagination is exercised. */
  many: 'many',
  /** The token endpoint answers 503. */
  tokenDown: 'token-down',
});

/** How many vouchers `many` has: three pages of List Vouchers at `limit=100`. */
export const MANY_COUNT = 230;

/** @type {Map<string, unknown>} */
const fixtureCache = new Map();

/**
 * A fresh deep copy of a seed fixture from `test/fixtures/`, to clone records from.
 * @param {string} name file name without `.json`
 * @returns {any}
 */
export function fixture(name) {
  let parsed = fixtureCache.get(name);
  if (parsed === undefined) {
    const url = new URL(`../../test/fixtures/${name}.json`, import.meta.url);
    parsed = JSON.parse(readFileSync(url, 'utf8'));
    fixtureCache.set(name, parsed);
  }
  return structuredClone(parsed);
}

/**
 * A deterministic random source for one shopper: the same identity and purpose always give
 * the same sequence, different identities different ones (mulberry32 over a SHA-256 seed).
 * @param {string} identity
 * @param {string} purpose keeps the sequences of different providers apart
 */
export function randomFor(identity, purpose) {
  let state = createHash('sha256').update(`${purpose}\0${identity}`).digest().readUInt32LE(0);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** @param {number} n */
    int: (n) => Math.floor(next() * n),
    /** @template T @param {readonly T[]} items @returns {T} */
    pick: (items) => /** @type {T} */ (items[Math.floor(next() * items.length)]),
    /** @param {number} length @param {string} [alphabet] */
    chars(length, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
      return out;
    },
  };
}
/** @typedef {ReturnType<typeof randomFor>} Random */

export const MIXED_CASE = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const HEX = '0123456789abcdef';

/**
 * The voucher that expires while the viewer watches: 45 s to 165 s ahead, fixed within each
 * two-minute window so that reloads and the pages of one listing agree on it.
 * @param {number} now epoch ms
 */
export function soonExpiry(now) {
  return Math.ceil((now + 45 * SECOND) / (2 * MINUTE)) * 2 * MINUTE;
}

/**
 * A whole hour at least `ms` after now (or before it, for negative `ms`); stable within
 * the hour so repeated requests agree.
 * @param {number} now
 * @param {number} ms
 */
export function hourFrom(now, ms) {
  return ms >= 0 ? Math.ceil((now + ms) / HOUR) * HOUR : Math.floor((now + ms) / HOUR) * HOUR;
}

/** @param {number} ms */
export function isoTime(ms) {
  return new Date(ms).toISOString();
}

/** `YYYY-MM-DD` in UTC. @param {number} ms */
export function isoDate(ms) {
  return isoTime(ms).slice(0, 10);
}

/** Spaaza's zone-less UTC form, `YYYY-MM-DD HH:MM:SS`. @param {number} ms */
export function spaazaTime(ms) {
  return isoTime(ms).slice(0, 19).replace('T', ' ');
}
