import { englishStrings } from './en.js';
import { translationFor } from './load.js';
import type { TrayStrings } from './types.js';

/** `listLabel` → `text-list-label`: the attribute that overrides a text without JavaScript. */
export const textAttribute = (key: string): string => `text-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const KEYS = Object.keys(englishStrings) as (keyof TrayStrings)[];
/** `text-list-label`, `text-empty`…: one attribute per built-in text. */
export const TEXT_ATTRIBUTES = KEYS.map(textAttribute);

/** English, under the locale's translation, under the `text-*` attributes, under `overrides`. */
export function resolveStrings(host: Element, locale: string, overrides: Partial<TrayStrings>): TrayStrings {
  const strings = { ...englishStrings, ...translationFor(locale) };
  KEYS.forEach((key, i) => (strings[key] = host.getAttribute(TEXT_ATTRIBUTES[i]!) ?? strings[key]));
  return { ...strings, ...overrides };
}
