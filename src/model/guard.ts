import { isUsable, type Voucher, type VoucherStatus, type VoucherValidity, type VoucherValue } from './voucher.js';
import { VoucherTrayError } from '../providers/errors.js';
import { asLabel, asObject, asString as text, type JsonObject } from './json.js';
import { httpUrl } from './urls.js';
import { MINUTE, isTime } from './time.js';

/**
 * The boundary between adapters (including ones a page registers) and the element: whatever
 * an adapter returns, only well-formed vouchers leave here. Each has a non-empty code and a
 * unique id; times are finite and within `Date`'s range or absent; text fields are strings;
 * counts, weekdays and minutes are whole numbers in range; enums hold one of their values;
 * image and asset links are `https:` or same-origin, else dropped. Fresh objects are built,
 * so nothing else an adapter put on them (getters, prototypes, huge extras) comes along,
 * and frozen: trays sharing one load share the objects, so a page's listener that edits one
 * would change what another tray shows and copies.
 */
export function checkedVouchers(values: unknown, provider: string, pageUrl: string, now = Date.now()): Voucher[] {
  if (!Array.isArray(values)) throw new VoucherTrayError('parse', 'The provider answer could not be read');
  const seenIds = new Set<string>();
  const usable: Voucher[] = [];
  const others: Voucher[] = [];
  for (const value of values) {
    const voucher = checkedVoucher(asObject(value), provider, pageUrl);
    // Ids key the rendered list; a repeated id would make two entries share one row.
    if (!voucher || seenIds.has(voucher.id)) continue;
    seenIds.add(voucher.id);
    (isUsable(voucher, now) ? usable : others).push(voucher);
    // Past the cap, only usable ones can still take the place of an unusable one.
    if (usable.length >= MAX_VOUCHERS) break;
  }
  // Usable first, so a cut drops expired and used entries before any the shopper can use.
  const kept = usable;
  for (let i = 0; i < others.length && kept.length < MAX_VOUCHERS; i++) kept.push(others[i]!);
  return kept;
}

/**
 * Caps on what one load keeps, whatever a server sends: the entries (rendering is the cost
 * that grows with them) and each text's length in UTF-16 units. A longer free text is cut
 * (ending in `…`); a longer code drops its voucher, a longer id gives way to the code, and a
 * longer link is dropped: none of them would still be what it claims to be.
 */
export const MAX_VOUCHERS = 500;
export const MAX_TEXT = { code: 200, id: 1000, name: 300, description: 2000, url: 2048 } as const;

/** `value` as text of at most `max` units (cut at a character, ending in `…`), else undefined. */
function capped(value: unknown, max: number): string | undefined {
  const raw = text(value);
  if (raw === undefined || raw.length <= max) return raw;
  // Never end on the first half of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(raw[max - 2]!) ? max - 2 : max - 1;
  return `${raw.slice(0, end)}…`;
}

/** `value` as text of at most `max` units, else undefined: never cut. */
const whole = (value: unknown, max: number): string | undefined => {
  const raw = text(value);
  return raw !== undefined && raw.length <= max ? raw : undefined;
};

const STATUSES: ReadonlySet<unknown> = new Set<VoucherStatus>(['active', 'used', 'expired', 'disabled', 'no-balance', 'scheduled']);

function checkedVoucher(raw: JsonObject | undefined, provider: string, pageUrl: string): Voucher | undefined {
  const code = whole(raw?.code, MAX_TEXT.code);
  if (!raw || !code) return undefined;
  const voucher: Voucher = {
    id: whole(raw.id, MAX_TEXT.id) ?? code,
    code,
    provider: whole(raw.provider, MAX_TEXT.name) ?? provider,
    status: STATUSES.has(raw.status) ? (raw.status as VoucherStatus) : 'active',
  };
  const fields: Partial<Voucher> = {
    title: capped(raw.title, MAX_TEXT.name),
    description: capped(raw.description, MAX_TEXT.description),
    brand: capped(raw.brand, MAX_TEXT.name),
    value: checkedValue(asObject(raw.value)),
    startsAt: time(raw.startsAt),
    expiresAt: time(raw.expiresAt),
    image: assetUrl(raw.image, pageUrl),
    qrUrl: assetUrl(raw.qrUrl, pageUrl),
    barcodeUrl: assetUrl(raw.barcodeUrl, pageUrl),
    role: raw.role === 'referrer' ? 'referrer' : undefined,
    usesLeft: count(raw.usesLeft),
    validity: checkedValidity(asObject(raw.validity)),
    blocked: raw.blocked === 'locked' || raw.blocked === 'unclaimed' ? raw.blocked : undefined,
  };
  for (const [key, field] of Object.entries(fields)) {
    if (field !== undefined) (voucher as unknown as Record<string, unknown>)[key] = field;
  }
  if (voucher.value) Object.freeze(voucher.value);
  if (voucher.validity) {
    for (const part of Object.values(voucher.validity)) if (typeof part === 'object' && part) Object.freeze(part);
    Object.freeze(voucher.validity);
  }
  return Object.freeze(voucher);
}

function time(value: unknown): number | undefined {
  return isTime(value) ? value : undefined;
}

/** A whole number, 0 or more (a count of uses, a weekday, a minute of the day). */
function count(value: unknown, max = Number.MAX_SAFE_INTEGER): number | undefined {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max ? (value as number) : undefined;
}

/** Weekdays 0–6, each once, in order; undefined when none is valid. */
function weekdays(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const days = [...new Set(value.map((day) => count(day, 6)).filter((day) => day !== undefined))].sort((a, b) => a! - b!) as number[];
  return days.length > 0 ? days : undefined;
}

const DAY_MINUTES = 24 * 60;
const MAX_HOUR_WINDOWS = 28;

function checkedValidity(raw: JsonObject | undefined): VoucherValidity | undefined {
  if (!raw) return undefined;
  const validity: VoucherValidity = {};
  const days = weekdays(raw.days);
  if (days) validity.days = days;
  const hours = (Array.isArray(raw.hours) ? raw.hours : []).flatMap((value) => {
    const entry = asObject(value);
    const from = count(entry?.from, DAY_MINUTES - 1);
    const to = count(entry?.to, DAY_MINUTES);
    if (from === undefined || to === undefined) return [];
    const onDays = weekdays(entry?.days);
    return [onDays ? { from, to, days: onDays } : { from, to }];
  });
  // Every window is looked at on each render: a schedule, not a list of thousands.
  if (hours.length > 0) validity.hours = hours.slice(0, MAX_HOUR_WINDOWS);
  const every = asObject(raw.every);
  const from = time(every?.from);
  const durationMs = count(every?.durationMs);
  const intervalMs = count(every?.intervalMs);
  // A minute at least: each edge re-renders the tray, and a period of a few ms would make it
  // render without pause.
  if (from !== undefined && durationMs !== undefined && intervalMs !== undefined && durationMs >= MINUTE && intervalMs >= MINUTE) {
    validity.every = { from, durationMs, intervalMs };
  }
  return Object.keys(validity).length > 0 ? validity : undefined;
}

function amount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Short labels shown inside the value (a currency sign, a unit): visible characters only. */
function label(value: unknown, maxLength: number): string | undefined {
  return typeof value === 'string' ? asLabel(value, maxLength) : undefined;
}

function currency(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? value : undefined;
}

const BASES: ReadonlySet<unknown> = new Set(['amount', 'percent', 'fixed-price', 'units']);

function checkedValue(raw: JsonObject | undefined): VoucherValue | undefined {
  switch (raw?.kind) {
    case 'amount':
    case 'balance':
    case 'fixed-price': {
      const money = amount(raw.amount);
      if (money === undefined) return undefined;
      const value: Extract<VoucherValue, { kind: 'amount' | 'balance' | 'fixed-price' }> = { kind: raw.kind, amount: money };
      const total = amount(raw.total);
      if (value.kind === 'balance' && total !== undefined && total >= money) value.total = total;
      const code = currency(raw.currency);
      const symbol = label(raw.currencySymbol, 8);
      if (code) value.currency = code;
      if (symbol) value.currencySymbol = symbol;
      return value;
    }
    case 'percent': {
      const percent = amount(raw.percent);
      if (percent === undefined || percent > 100) return undefined;
      const value: Extract<VoucherValue, { kind: 'percent' }> = { kind: 'percent', percent };
      const maxAmount = amount(raw.maxAmount);
      const code = currency(raw.currency);
      if (maxAmount !== undefined) value.maxAmount = maxAmount;
      if (maxAmount !== undefined && code) value.currency = code;
      return value;
    }
    case 'points': {
      const points = amount(raw.points);
      if (points === undefined) return undefined;
      const expiringPoints = amount(raw.expiringPoints);
      const expiringAt = time(raw.expiringAt);
      return expiringPoints && expiringAt !== undefined ? { kind: 'points', points, expiringPoints, expiringAt } : { kind: 'points', points };
    }
    case 'units': {
      const units = amount(raw.units);
      if (units === undefined) return undefined;
      const value: Extract<VoucherValue, { kind: 'units' }> = { kind: 'units', units };
      const unitType = label(raw.unitType, 80);
      if (unitType) value.unitType = unitType;
      if (raw.freeShipping === true) value.freeShipping = true;
      return value;
    }
    case 'free-shipping':
      return { kind: 'free-shipping' };
    case 'computed':
      return BASES.has(raw.basis) ? { kind: 'computed', basis: raw.basis as 'amount' } : undefined;
    default:
      return undefined;
  }
}

/**
 * An image or asset link the page may load: absolute `https:`, or same-origin with the page
 * (a relative path from a registered adapter). Never `javascript:`, `data:`, `blob:` or a
 * plain-http host, which would leak the shopper's visit or mix content into an https page.
 */
function assetUrl(value: unknown, pageUrl: string): string | undefined {
  const raw = whole(value, MAX_TEXT.url);
  const url = raw ? httpUrl(raw, pageUrl) : undefined;
  if (!url) return undefined;
  return url.protocol === 'https:' || url.origin === new URL(pageUrl).origin ? url.href : undefined;
}
