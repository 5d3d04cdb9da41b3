import { textChanged } from './lang-observer.js';
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
// A translation that takes longer than this is shown when it arrives; English meanwhile.
const TRANSLATION_WAIT_MS = 1500;
// A failed load is remembered as an empty translation, so it is not tried on every render.
const loaded = new Map<string, Partial<TrayStrings>>();
// Languages asked for, to the wait for them (gone once it is over: in, failed or too late).
const waits = new Map<string, Promise<unknown> | undefined>();

const languageOf = (locale: string) => locale.split('-')[0]!.toLowerCase();

/** The built-in translation for `locale` ("pt-BR" → Portuguese), once loaded; undefined for English. */
export function translationFor(locale: string): Partial<TrayStrings> | undefined {
  return loaded.get(languageOf(locale));
}

/**
 * Starts loading the translation `locale` needs. While it is worth waiting for (at most
 * TRANSLATION_WAIT_MS), returns a promise that settles when the wait is over; undefined when
 * there is nothing to wait for. Every tray on the page re-renders when the wait ends and
 * when the translation arrives (`textChanged`).
 */
export function loadTranslation(locale: string): Promise<unknown> | undefined {
  const language = languageOf(locale);
  const load = loaders.get(language);
  if (load && !waits.has(language)) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const over = () => (clearTimeout(timer), waits.set(language, undefined), textChanged());
    const arrived = load().then(
      (module) => loaded.set(language, module.default),
      () => loaded.set(language, {}),
    );
    const waited = new Promise((resolve) => (timer = setTimeout(resolve, TRANSLATION_WAIT_MS)));
    waits.set(language, Promise.race([arrived, waited]).then(over));
    void arrived.then(textChanged);
  }
  return waits.get(language);
}
