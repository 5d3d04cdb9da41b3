import type { TrayStrings } from './types.js';

type Translation = Promise<{ default: TrayStrings }>;

// English is built in; every other language is a small module of its own, fetched the first
// time a tray's locale asks for it and then shared by every tray on the page. Every build
// splits them into chunks of their own: the ESM build and an app's bundler as modules, the
// script-tag build as files beside the script (scripts/script-chunks.mjs); only the
// standalone script-tag file carries them inside.
const loaders = new Map<string, () => Translation>([
  ['de', () => import('./de.js')],
  ['es', () => import('./es.js')],
  ['fr', () => import('./fr.js')],
  ['hi', () => import('./hi.js')],
  ['nl', () => import('./nl.js')],
  ['pt', () => import('./pt.js')],
]);
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
