import { englishStates, TEXT_KEYS } from './en.js';
import type { englishList } from './en-list.js';
import { translationFor } from './load.js';
import type { TrayStrings } from './types.js';

/** `listLabel` → `text-list-label`: the attribute that overrides a text without JavaScript. */
export const textAttribute = (key: string): string => `text-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** `text-list-label`, `text-empty`…: one attribute per built-in text. */
export const TEXT_ATTRIBUTES = TEXT_KEYS.map(textAttribute);

/**
 * English, under the locale's translation, under the `text-*` attributes, under `overrides`.
 * `list` is the cards' English, once the runtime that brings it has loaded: before that a tray
 * shows only its states, whose English is always here.
 */
export function resolveStrings(
  host: Element,
  locale: string,
  overrides: Partial<TrayStrings>,
  list?: typeof englishList,
): TrayStrings {
  const strings = { ...englishStates, ...list, ...translationFor(locale) } as TrayStrings;
  TEXT_KEYS.forEach((key, i) => (strings[key] = host.getAttribute(TEXT_ATTRIBUTES[i]!) ?? strings[key]));
  return { ...strings, ...overrides };
}
