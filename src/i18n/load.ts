import { englishStrings, textAttribute, type TrayStrings } from '../strings.js';

type Translation = Promise<{ default: TrayStrings }>;
const LANGUAGES = ['de', 'es', 'fr', 'hi', 'nl', 'pt'];

// English is built in; every other language is a small module of its own, fetched the first
// time a tray's locale asks for it and then shared by every tray on the page.
//
// Module builds import them by name, so the ESM build and an app's bundler split them into
// chunks of their own. The script-tag build (`vite build --mode script`, where Vite replaces
// import.meta.env.MODE and drops the other branch) is one classic script that cannot hold
// chunks: it imports the ESM build's `i18n/<language>.js`, published beside it, from the URL
// the script itself came from. Without those files the tray stays English.
// Spelled out in full each time: Vite replaces `import.meta.env.MODE`, not a copy of `env`.
type Meta = { env?: { MODE: string } };
const SCRIPT_BUILD = typeof (import.meta as Meta).env !== 'undefined' && (import.meta as Meta).env!.MODE === 'script';

function scriptTranslations(): [string, () => Translation][] {
  // Captured while the script runs: later, document.currentScript is another script or null
  // (and it is null from the start when a page loads the file with type="module").
  const script = (document.currentScript ?? document.querySelector('script[src*="voucher-tray"]')) as HTMLScriptElement | null;
  return LANGUAGES.map((language) => [language, () => import(/* @vite-ignore */ new URL(`i18n/${language}.js`, script?.src).href)]);
}

const loaders = new Map<string, () => Translation>(
  SCRIPT_BUILD
    ? scriptTranslations()
    : [
        ['de', () => import('./de.js')],
        ['es', () => import('./es.js')],
        ['fr', () => import('./fr.js')],
        ['hi', () => import('./hi.js')],
        ['nl', () => import('./nl.js')],
        ['pt', () => import('./pt.js')],
      ],
);
// A failed load is remembered as an empty translation, so it is not tried on every render.
const loaded = new Map<string, Partial<TrayStrings> | Promise<unknown>>();

const languageOf = (locale: string) => locale.split('-')[0]!.toLowerCase();

/** The built-in translation for `locale` ("pt-BR" → Portuguese), once loaded; undefined for English. */
export function translationFor(locale: string): Partial<TrayStrings> | undefined {
  const strings = loaded.get(languageOf(locale));
  return strings instanceof Promise ? undefined : strings;
}

/**
 * Starts loading the translation `locale` needs; the promise settles once it is in (or failed
 * to load: the tray then stays English). Undefined when there is nothing to wait for.
 */
export function loadTranslation(locale: string): Promise<unknown> | undefined {
  const language = languageOf(locale);
  const load = loaders.get(language);
  let entry = loaded.get(language);
  if (!entry && load) {
    entry = load().then(
      (module) => loaded.set(language, module.default),
      () => loaded.set(language, {}),
    );
    loaded.set(language, entry);
  }
  return entry instanceof Promise ? entry : undefined;
}

const KEYS = Object.keys(englishStrings) as (keyof TrayStrings)[];
/** `text-list-label`, `text-empty`…: one attribute per built-in text. */
export const TEXT_ATTRIBUTES = KEYS.map(textAttribute);

/** English, under the locale's translation, under the `text-*` attributes, under `overrides`. */
export function resolveStrings(host: Element, locale: string, overrides: Partial<TrayStrings>): TrayStrings {
  const strings = { ...englishStrings, ...translationFor(locale) };
  KEYS.forEach((key, i) => (strings[key] = host.getAttribute(TEXT_ATTRIBUTES[i]!) ?? strings[key]));
  return { ...strings, ...overrides };
}
