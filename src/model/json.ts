import { httpUrl } from './urls.js';

/**
 * Small readers for untrusted JSON. Each returns `undefined` for anything of the wrong
 * type, so adapters can map whatever arrives without throwing on surprises.
 */
export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

export function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** A non-empty, trimmed string, or undefined (numbers too). */
export function asString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** `asString`, but numbers are accepted and stringified (ids often are). */
export function asText(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : asString(value);
}

/** A finite number; numeric strings ("200.00") are accepted. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** An absolute `https:` URL, or undefined (placeholders like `{{…}}`, `javascript:`, http). */
export function asHttpsUrl(value: unknown): string | undefined {
  const text = asString(value);
  const url = text ? httpUrl(text) : undefined;
  return url?.protocol === 'https:' ? url.href : undefined;
}

// Controls, format characters (bidi overrides and isolates, zero-width marks) and line
// separators: invisible, yet able to reorder or hide the text around them.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

function hasInvisibleCharacters(text: string): boolean {
  return INVISIBLE.test(text);
}

/**
 * A short label shown inside other text (a currency sign, a unit): `asText`, at most
 * `maxLength` long and free of invisible characters, else undefined. Free text (titles,
 * descriptions) is isolated where it is shown instead; a label shares a line with a number.
 */
export function asLabel(value: unknown, maxLength: number): string | undefined {
  const text = asText(value);
  return text !== undefined && text.length <= maxLength && !hasInvisibleCharacters(text) ? text : undefined;
}
