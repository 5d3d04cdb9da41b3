/**
 * Calls each watcher whenever a tray's text may read differently: a `lang` attribute changed
 * anywhere in the document (`<html lang>`, an ancestor's, a tray's own), or a translation
 * arrived. One MutationObserver for the page, made for the first watcher and released with
 * the last. `lang` inside another component's shadow root is not seen (a document observer
 * does not reach into shadow roots).
 */
const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Tells every watcher (a translation arrived, a `lang` changed). */
export const textChanged = (): void => watchers.forEach((watch) => watch());

/** Starts watching; returns the function that stops. */
export function watchLang(update: () => void): () => void {
  watchers.add(update);
  if (!observer) {
    observer = new MutationObserver(textChanged);
    observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    watchers.delete(update);
    if (!watchers.size) observer = void observer?.disconnect();
  };
}
